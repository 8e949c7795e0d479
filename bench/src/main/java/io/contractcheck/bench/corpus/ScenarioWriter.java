package io.contractcheck.bench.corpus;

import java.util.List;
import java.util.Random;

/**
 * Writes the statements of one scenario method: calls of every shape on the class itself and on
 * its collaborators, each result added to {@code sink}.
 */
final class ScenarioWriter {

  private static final Parameter FIRST = new Parameter("first", JavaType.INT);
  private static final Parameter SECOND = new Parameter("second", JavaType.INT);
  private static final Parameter THIRD = new Parameter("third", JavaType.INT);
  private static final Parameter LABEL = new Parameter("label", JavaType.STRING);
  private static final Parameter SEPARATOR = new Parameter("separator", JavaType.STRING);
  private static final Parameter FROM_INDEX = new Parameter("fromIndex", JavaType.INT);
  private static final Parameter INPUT = new Parameter("input", JavaType.STRING);
  private static final Parameter FALLBACK = new Parameter("fallback", JavaType.STRING);
  private static final List<String> MAPPERS = List.of(
      "s -> s.toUpperCase(Locale.ROOT)", "String::trim", "s -> s + \"!\"", "String::strip",
      "s -> s.replace('-', '_')");
  private static final List<String> MERGERS = List.of(
      "String::concat", "(a, b) -> a + \"-\" + b", "(a, b) -> b.isEmpty() ? a : b");

  private final Random random;
  private final List<Receiver> receivers;
  private final ArgumentWriter arguments;
  private final NestedExpressions nested;
  private final ContractCalls contractCalls;

  ScenarioWriter(Random random, List<Receiver> receivers, ContractCalls contractCalls) {
    this.random = random;
    this.receivers = List.copyOf(receivers);
    this.contractCalls = contractCalls;
    this.nested = new NestedExpressions(random, receivers, contractCalls);
    this.arguments = new ArgumentWriter(random, nested);
    nested.use(arguments);
  }

  /** Writes {@code count} statements into {@code out}. */
  void writeStatements(SourceBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      Locals locals = new Locals();
      String statement = statement(Vocabulary.pick(receivers, random), locals);
      if (locals.isEmpty()) {
        out.line(statement);
      } else {
        out.open("");
        locals.declarations().forEach(out::line);
        out.line(statement);
        out.close();
      }
    }
  }

  private String statement(Receiver receiver, Locals locals) {
    int roll = random.nextInt(100);
    if (roll < 34) {
      return businessCall(receiver, locals);
    } else if (roll < 44) {
      return factoryChain(receiver, locals);
    } else if (roll < 54) {
      return constructorCall(receiver, locals);
    } else if (roll < 66) {
      return overloads(receiver, locals);
    } else if (roll < 78) {
      return varargs(receiver, locals);
    } else if (roll < 88) {
      return generics(receiver);
    } else {
      return lambdas(receiver, locals);
    }
  }

  private String businessCall(Receiver receiver, Locals locals) {
    BusinessMethod method = Vocabulary.pick(receiver.plan().businessMethods(), random);
    contractCalls.record(method.contract());
    return "sink.add(" + receiver.instancePrefix() + method.name() + "("
        + arguments.arguments(method.parameters(), method.contract(), locals, 0) + "));";
  }

  private String factoryChain(Receiver receiver, Locals locals) {
    ClassPlan plan = receiver.plan();
    return "sink.add(" + plan.simpleName() + ".create("
        + arguments.arguments(plan.factoryParameters(), ContractKind.NONE, locals, 0) + ")"
        + ".withEntry(" + JavaType.STRING.literal(random) + ")"
        + ".withEntry(" + nested.expression(JavaType.STRING, locals, 1) + ").summary());";
  }

  private String constructorCall(Receiver receiver, Locals locals) {
    ClassPlan plan = receiver.plan();
    contractCalls.record(plan.constructorContract());
    return "sink.add(new " + plan.simpleName() + "("
        + arguments.arguments(plan.constructorParameters(), plan.constructorContract(), locals, 0)
        + ").describe(" + JavaType.STRING.literal(random) + ", " + JavaType.INT.literal(random) + "));";
  }

  private String overloads(Receiver receiver, Locals locals) {
    String instance = receiver.instancePrefix();
    if (random.nextBoolean()) {
      return "sink.add(" + instance + "describe(" + arguments.argument(LABEL, ContractKind.NONE, locals, 0)
          + ", " + instance + "total(" + JavaType.INT.literal(random) + ", " + JavaType.INT.literal(random) + ")));";
    }
    ContractKind totalOfThree = receiver.plan().totalOfThreeContract();
    contractCalls.record(totalOfThree);
    return "sink.add(" + instance + "describe(" + ArgumentWriter.labelled(LABEL, JavaType.STRING.literal(random))
        + ", " + JavaType.LONG.literal(random) + " + " + instance + "total("
        + arguments.arguments(List.of(FIRST, SECOND, THIRD), totalOfThree, locals, 0) + ")));";
  }

  private String varargs(Receiver receiver, Locals locals) {
    contractCalls.record(receiver.plan().joinContract());
    String call = receiver.staticPrefix() + "join(" + arguments.argument(SEPARATOR, ContractKind.NONE, locals, 0);
    return switch (random.nextInt(3)) {
      case 0 -> "sink.add(" + call + "));";
      case 1 -> "sink.add(" + call + ", " + JavaType.STRING.literal(random) + ", "
          + nested.expression(JavaType.STRING, locals, 1) + ", " + JavaType.STRING.literal(random) + "));";
      default -> "sink.add(" + call + ", new String[] {" + JavaType.STRING.literal(random) + ", "
          + JavaType.STRING.literal(random) + "}));";
    };
  }

  private String generics(Receiver receiver) {
    String statics = receiver.staticPrefix();
    String instance = receiver.instancePrefix();
    return switch (random.nextInt(4)) {
      case 0 -> "sink.addAll(" + statics + "window(" + JavaType.STRING_LIST.literal(random) + ", "
          + ArgumentWriter.labelled(FROM_INDEX, "0") + ", 2));";
      case 1 -> "sink.add(" + statics + "larger(" + JavaType.STRING.literal(random) + ", " + instance + "summary()));";
      case 2 -> "sink.add(String.valueOf(" + receiver.plan().simpleName() + ".<Integer>larger("
          + JavaType.INT.literal(random) + ", " + instance + "size())));";
      default -> "sink.add(String.valueOf(" + statics + "window(List.of(" + JavaType.LONG.literal(random) + ", "
          + JavaType.LONG.literal(random) + "), 0, 1).size()));";
    };
  }

  private String lambdas(Receiver receiver, Locals locals) {
    String instance = receiver.instancePrefix();
    if (random.nextInt(3) == 0) {
      return "sink.add(" + instance + "combine(" + Vocabulary.pick(MERGERS, random) + ", "
          + JavaType.STRING.literal(random) + ", " + nested.expression(JavaType.STRING, locals, 1) + "));";
    }
    ContractKind transform = receiver.plan().transformContract();
    contractCalls.record(transform);
    String mapper = Vocabulary.pick(MAPPERS, random);
    String mapperArgument = transform == ContractKind.NAMED || random.nextBoolean()
        ? ArgumentWriter.labelled("mapper", mapper)
        : mapper;
    return "sink.add(" + instance + "transform(" + mapperArgument + ", "
        + arguments.arguments(List.of(INPUT, FALLBACK), transform, locals, 0) + "));";
  }
}
