package io.contractcheck.bench.corpus;

/** Counts the call sites the renderer writes whose callee is a contract. */
final class ContractCalls {

  private long count;

  /** Notes one call of a member with the given contract kind. */
  void record(ContractKind callee) {
    if (callee.isContract()) {
      count++;
    }
  }

  long count() {
    return count;
  }
}
