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

  /**
   * The annotation line to put above the declaration, with {@code namedCall = true} added when {@code namedCall} (the corpus
   * option that asks for a named call of every contract); empty for {@link #NONE}.
   */
  String annotation(boolean namedCall) {
    if (!namedCall || this == NONE) {
      return annotation;
    }
    return annotation.endsWith(")")
        ? annotation.substring(0, annotation.length() - 1) + ", namedCall = true)"
        : annotation + "(namedCall = true)";
  }
}
