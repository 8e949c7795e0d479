package io.contractcheck.bench.harness;

/**
 * Waits, before a compile, until other processes leave the machine nearly idle, for at most a
 * given time: on a shared machine this keeps other work out of the measurement where possible.
 */
final class QuietHost {

  /** Busy cores (averaged over one sample) below which the machine counts as quiet. */
  private static final double QUIET_CORES = 0.25;
  private static final long SAMPLE_MILLIS = 1000;

  private final long maxWaitMillis;

  QuietHost(long maxWaitSeconds) {
    this.maxWaitMillis = maxWaitSeconds * 1000;
  }

  /** Returns true once the machine is quiet, false if {@code maxWaitSeconds} ran out first. */
  boolean await() throws InterruptedException {
    if (maxWaitMillis <= 0) {
      return true;
    }
    long deadline = System.currentTimeMillis() + maxWaitMillis;
    do {
      long before = HostCpu.busyNanos();
      Thread.sleep(SAMPLE_MILLIS);
      long after = HostCpu.busyNanos();
      if (before < 0 || after < 0) {
        return true;
      }
      double busyCores = (after - before) / (SAMPLE_MILLIS * 1e6);
      if (busyCores < QUIET_CORES) {
        return true;
      }
    } while (System.currentTimeMillis() < deadline);
    return false;
  }
}
