package io.contractcheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/** Writes the source of one planned class: fixed members of every call shape plus scenarios. */
final class ClassRenderer {

  private static final int SCENARIOS = 2;
  private static final int MIN_STATEMENTS = 7;
  private static final int MAX_STATEMENTS = 11;
  private static final long RENDER_SALT = 0x9E3779B97F4A7C15L;

  private final List<ClassPlan> plans;
  private final long seed;
  private final boolean namedCalls;

  /** @param namedCalls every contract asks for a named call ({@code namedCall = true}) */
  ClassRenderer(List<ClassPlan> plans, long seed, boolean namedCalls) {
    this.plans = List.copyOf(plans);
    this.seed = seed;
    this.namedCalls = namedCalls;
  }

  /** The source of {@code plan}; the contract call sites it contains are added to {@code calls}. */
  String render(ClassPlan plan, ContractCalls calls) {
    Random random = new Random(seed ^ (RENDER_SALT * (plan.index() + 1)));
    SourceBuilder out = new SourceBuilder();
    header(plan, out);
    out.open("public final class " + plan.simpleName());
    fields(plan, out);
    constructorAndFactory(plan, out, calls);
    businessMethods(plan, out, calls);
    FixedMembers.write(plan, namedCalls, out);
    scenarios(plan, out, random, calls);
    out.close();
    return out.toString();
  }

  private void header(ClassPlan plan, SourceBuilder out) {
    out.line("package " + plan.packageName() + ";").blank();
    TreeSet<String> imports = new TreeSet<>(List.of(
        "io.contractcheck.Contract", "java.util.ArrayList", "java.util.List", "java.util.Locale",
        "java.util.function.BiFunction", "java.util.function.Function"));
    for (ClassPlan collaborator : collaborators(plan)) {
      if (!collaborator.packageName().equals(plan.packageName())) {
        imports.add(collaborator.qualifiedName());
      }
    }
    imports.forEach(name -> out.line("import " + name + ";"));
    out.blank();
    out.line("/** Generated benchmark class " + plan.index() + ": a " + plan.simpleName() + " and its scenarios. */");
  }

  private static void fields(ClassPlan plan, SourceBuilder out) {
    out.blank();
    for (Parameter parameter : plan.constructorParameters()) {
      out.line("private final " + parameter.declaration() + ";");
    }
    out.line("private final List<String> entries = new ArrayList<>();");
  }

  private void constructorAndFactory(ClassPlan plan, SourceBuilder out, ContractCalls calls) {
    out.blank();
    annotate(plan.constructorContract(), namedCalls, out);
    out.open("public " + plan.simpleName() + "(" + declarations(plan.constructorParameters()) + ")");
    for (Parameter parameter : plan.constructorParameters()) {
      out.line("this." + parameter.name() + " = " + parameter.name() + ";");
    }
    out.close().blank();
    out.open("public static " + plan.simpleName() + " create(" + declarations(plan.factoryParameters()) + ")");
    calls.record(plan.constructorContract());
    out.line("return new " + plan.simpleName() + "(" + names(plan.constructorParameters()) + ").withEntry("
        + plan.factoryExtra().name() + ");");
    out.close();
  }

  private void businessMethods(ClassPlan plan, SourceBuilder out, ContractCalls calls) {
    for (BusinessMethod method : plan.businessMethods()) {
      out.blank();
      annotate(method.contract(), namedCalls, out);
      out.open("public String " + method.name() + "(" + declarations(method.parameters()) + ")");
      List<String> parts = new ArrayList<>();
      for (Parameter parameter : method.parameters()) {
        parts.add(parameter.type().toStringExpression(parameter.name()));
      }
      Parameter first = method.parameters().get(0);
      out.line("entries.add(" + first.type().toStringExpression(first.name()) + ");");
      calls.record(plan.joinContract());
      out.line("return join(\"/\", " + String.join(", ", parts) + ");");
      out.close();
    }
  }

  private void scenarios(ClassPlan plan, SourceBuilder out, Random random, ContractCalls calls) {
    List<Receiver> receivers = new ArrayList<>();
    receivers.add(new Receiver(plan, true));
    List<String> parameters = new ArrayList<>();
    for (ClassPlan collaborator : collaborators(plan)) {
      receivers.add(new Receiver(collaborator, false));
      parameters.add(collaborator.simpleName() + " " + collaborator.variableName());
    }
    parameters.add("List<String> sink");
    ScenarioWriter writer = new ScenarioWriter(random, receivers, calls);
    for (int i = 1; i <= SCENARIOS; i++) {
      out.blank();
      out.open("public void scenario" + i + "(" + String.join(", ", parameters) + ")");
      writer.writeStatements(out, MIN_STATEMENTS + random.nextInt(MAX_STATEMENTS - MIN_STATEMENTS + 1));
      out.close();
    }
  }

  private List<ClassPlan> collaborators(ClassPlan plan) {
    List<ClassPlan> result = new ArrayList<>();
    for (int index : plan.collaborators()) {
      result.add(plans.get(index));
    }
    return result;
  }

  static void annotate(ContractKind kind, boolean namedCall, SourceBuilder out) {
    if (kind.isContract()) {
      out.line(kind.annotation(namedCall));
    }
  }

  private static String declarations(List<Parameter> parameters) {
    List<String> declarations = new ArrayList<>();
    parameters.forEach(parameter -> declarations.add(parameter.declaration()));
    return String.join(", ", declarations);
  }

  private static String names(List<Parameter> parameters) {
    List<String> names = new ArrayList<>();
    parameters.forEach(parameter -> names.add(parameter.name()));
    return String.join(", ", names);
  }
}
