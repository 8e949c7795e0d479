package io.contractcheck.bench.corpus;

import java.util.List;
import java.util.Random;

/**
 * Call expressions used as arguments of other calls: getters, arithmetic helpers, chained calls,
 * generic and varargs calls, and calls of other business methods. Their names (method and
 * receiver words) never coincide with a parameter name.
 */
final class NestedExpressions {

  private final Random random;
  private final List<Receiver> receivers;
  private final ContractCalls contractCalls;
  private ArgumentWriter arguments;

  NestedExpressions(Random random, List<Receiver> receivers, ContractCalls contractCalls) {
    this.random = random;
    this.receivers = List.copyOf(receivers);
    this.contractCalls = contractCalls;
  }

  /** Completes the mutual dependency with the writer of the nested calls' own arguments. */
  void use(ArgumentWriter argumentWriter) {
    this.arguments = argumentWriter;
  }

  String expression(JavaType type, Locals locals, int depth) {
    Receiver receiver = Vocabulary.pick(receivers, random);
    String instance = receiver.instancePrefix();
    String statics = receiver.staticPrefix();
    int choice = random.nextInt(3);
    return switch (type) {
      case STRING -> switch (choice) {
        case 0 -> instance + "summary()";
        case 1 -> businessCall(receiver, locals, depth);
        default -> join(receiver);
      };
      case INT -> switch (choice) {
        case 0 -> instance + "size()";
        case 1 -> instance + "total(" + JavaType.INT.literal(random) + ", " + JavaType.INT.literal(random) + ")";
        default -> JavaType.STRING.literal(random) + ".length()";
      };
      case LONG -> choice == 0
          ? "Long.sum(" + JavaType.LONG.literal(random) + ", " + JavaType.LONG.literal(random) + ")"
          : instance + "checksum(" + JavaType.STRING.literal(random) + ", " + JavaType.LONG.literal(random) + ")";
      case BOOLEAN -> choice == 0
          ? "Boolean.parseBoolean(" + JavaType.STRING.literal(random) + ")"
          : instance + "summary().isEmpty()";
      case DOUBLE -> "Double.sum(" + JavaType.DOUBLE.literal(random) + ", " + JavaType.DOUBLE.literal(random) + ")";
      case STRING_LIST -> choice == 0
          ? "List.of(" + instance + "summary(), " + JavaType.STRING.literal(random) + ")"
          : statics + "window(" + JavaType.STRING_LIST.literal(random) + ", 0, 1)";
    };
  }

  private String businessCall(Receiver receiver, Locals locals, int depth) {
    BusinessMethod method = Vocabulary.pick(receiver.plan().businessMethods(), random);
    contractCalls.record(method.contract());
    return receiver.instancePrefix() + method.name() + "("
        + arguments.arguments(method.parameters(), method.contract(), locals, depth) + ")";
  }

  private String join(Receiver receiver) {
    contractCalls.record(receiver.plan().joinContract());
    return receiver.staticPrefix() + "join(\"-\", " + JavaType.STRING.literal(random) + ", "
        + JavaType.STRING.literal(random) + ")";
  }
}
