package io.contractcheck.bench.harness;

import java.util.Arrays;

/**
 * Entry point of the compile-time benchmark. Prints the Markdown results on stdout (also written
 * to {@code <work>/results.md}), progress on stderr. Exit codes: 0 done; 1 ContractCheck reported
 * something on the correct corpus or a compile failed; 2 bad command line; 3 a budget check failed
 * and {@code --fail-on-budget} was given.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    BenchRun.Outcome outcome = new BenchRun(options).run();
    System.out.print(outcome.markdown());
    if (Budget.anyFailed(outcome.checks(), Check.Category.CORRECTNESS)) {
      System.err.println("FAIL: a correctness check failed (see 'Budget and correctness')");
      System.exit(1);
    }
    if (options.failOnBudget() && Budget.anyFailed(outcome.checks(), Check.Category.BUDGET)) {
      System.err.println("FAIL: a budget check failed");
      System.exit(3);
    }
  }
}
