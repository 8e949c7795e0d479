package io.contractcheck.bench.corpus;

/**
 * The members every class has, each a call shape: overloads by count and by type, varargs,
 * generic methods, functional parameters, a fluent setter and small getters.
 */
final class FixedMembers {

  private FixedMembers() {}

  /** @param namedCalls every contract asks for a named call */
  static void write(ClassPlan plan, boolean namedCalls, SourceBuilder out) {
    overloads(plan, namedCalls, out);
    varargs(plan, namedCalls, out);
    generics(out);
    functional(plan, namedCalls, out);
    accessors(plan, out);
  }

  private static void overloads(ClassPlan plan, boolean namedCalls, SourceBuilder out) {
    out.blank().open("public int total(int first, int second)");
    out.line("return first + second;").close();
    out.blank();
    ClassRenderer.annotate(plan.totalOfThreeContract(), namedCalls, out);
    out.open("public int total(int first, int second, int third)");
    out.line("return total(first, second) + third;").close();
    out.blank().open("public String describe(String label, int amount)");
    out.line("return label + \"=\" + amount;").close();
    out.blank().open("public String describe(String label, long amount)");
    out.line("return label + \"=\" + amount + \"L\";").close();
  }

  private static void varargs(ClassPlan plan, boolean namedCalls, SourceBuilder out) {
    out.blank();
    ClassRenderer.annotate(plan.joinContract(), namedCalls, out);
    out.open("public static String join(String separator, String... parts)");
    out.line("StringBuilder builder = new StringBuilder();");
    out.open("for (String part : parts)");
    out.open("if (builder.length() > 0)").line("builder.append(separator);").close();
    out.line("builder.append(part);").close();
    out.line("return builder.toString();").close();
  }

  private static void generics(SourceBuilder out) {
    out.blank().open("public static <T> List<T> window(List<T> items, int fromIndex, int toIndex)");
    out.line("return new ArrayList<>(items.subList(fromIndex, Math.min(toIndex, items.size())));").close();
    out.blank().open("public static <T extends Comparable<T>> T larger(T first, T second)");
    out.line("return first.compareTo(second) >= 0 ? first : second;").close();
  }

  private static void functional(ClassPlan plan, boolean namedCalls, SourceBuilder out) {
    out.blank();
    ClassRenderer.annotate(plan.transformContract(), namedCalls, out);
    out.open("public String transform(Function<String, String> mapper, String input, String fallback)");
    out.line("String result = mapper.apply(input);");
    out.line("return result == null || result.isEmpty() ? fallback : result;").close();
    out.blank().open("public String combine(BiFunction<String, String, String> merger, String left, String right)");
    out.line("return merger.apply(left, right);").close();
  }

  private static void accessors(ClassPlan plan, SourceBuilder out) {
    out.blank().open("public " + plan.simpleName() + " withEntry(String entry)");
    out.line("entries.add(entry);").line("return this;").close();
    out.blank().open("public int size()").line("return entries.size();").close();
    out.blank().open("public long checksum(String input, long seed)");
    out.line("long hash = seed;");
    out.open("for (int i = 0; i < input.length(); i++)").line("hash = 31 * hash + input.charAt(i);").close();
    out.line("return hash;").close();
    StringBuilder summary = new StringBuilder();
    for (Parameter parameter : plan.constructorParameters()) {
      summary.append(parameter.name()).append(" + \"/\" + ");
    }
    out.blank().open("public String summary()");
    out.line("return " + summary + "entries.size();").close();
  }
}
