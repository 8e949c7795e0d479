package io.contractcheck.bench.harness;

/** One verdict line: what was checked, the measured value, the limit and the verdict. */
record Check(Category category, String name, String measured, String limit, Verdict verdict) {

  enum Category {
    /** A time or memory budget: noisy by nature, reported, fails the run only on request. */
    BUDGET,
    /** The checker must be silent on a correct corpus and every compile must succeed. */
    CORRECTNESS
  }

  enum Verdict {
    PASS,
    FAIL,
    /** The sizes or configurations needed for this check were not run. */
    NOT_EVALUATED
  }

  static Check notEvaluated(Category category, String name, String limit, String why) {
    return new Check(category, name, why, limit, Verdict.NOT_EVALUATED);
  }

  static Check of(Category category, String name, String measured, String limit, boolean pass) {
    return new Check(category, name, measured, limit, pass ? Verdict.PASS : Verdict.FAIL);
  }

  boolean failed() {
    return verdict == Verdict.FAIL;
  }
}
