package io.contractcheck.bench.corpus;

/**
 * A class whose members a scenario may call: the class itself (members called unqualified) or a
 * collaborator held in a parameter.
 */
record Receiver(ClassPlan plan, boolean self) {

  /** Prefix for an instance call: empty for the class itself, {@code "name."} otherwise. */
  String instancePrefix() {
    return self ? "" : plan.variableName() + ".";
  }

  /** Prefix for a static call: empty for the class itself, {@code "Type."} otherwise. */
  String staticPrefix() {
    return self ? "" : plan.simpleName() + ".";
  }
}
