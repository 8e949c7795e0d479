package io.contractcheck.bench.corpus;

/** Whether a generated method is a contract, and of which kind. */
enum ContractKind {
  NONE(""),
  PLAIN("@Contract"),
  NAMED("@Contract(requireNamedArguments = true)");

  private final String annotation;

  ContractKind(String annotation) {
    this.annotation = annotation;
  }

  boolean isContract() {
    return this != NONE;
  }

  /** The annotation line to put above the declaration; empty for {@link #NONE}. */
  String annotation() {
    return annotation;
  }
}
