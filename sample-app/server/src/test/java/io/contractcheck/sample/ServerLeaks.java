package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.function.IntSupplier;

/** What a server holds, for the fault tests: sessions, runs, scheduled tasks and heap. */
final class ServerLeaks {

  private ServerLeaks() {}

  /** Waits until {@code count} reaches {@code expected}, then asserts it. */
  static void awaitCount(String what, IntSupplier count, int expected, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count.getAsInt() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, count.getAsInt(), what);
  }

  /** Asserts the server holds no session, run or scheduled task. */
  static void awaitNothingHeld(ChatServer server) throws InterruptedException {
    awaitCount("open sessions", server::openSessionCount, 0, Duration.ofSeconds(10));
    awaitCount("active runs", server::activeRunCount, 0, Duration.ofSeconds(10));
    awaitCount("scheduled tasks", server::scheduledTaskCount, 0, Duration.ofSeconds(10));
  }

  /** The heap in use after full collections (this JVM runs the server and its test clients). */
  static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Asserts the heap, after GC, is back within {@code slackBytes} of {@code baseline}. */
  static void assertHeapBackTo(long baseline, long slackBytes) throws InterruptedException {
    long after = heapAfterGc();
    System.out.printf(
        "heap after GC: baseline %.1f MB, now %.1f MB%n", baseline / 1e6, after / 1e6);
    assertTrue(
        after <= baseline + slackBytes,
        String.format(
            "heap after GC is %.1f MB, baseline %.1f MB (allowed %.1f MB more)",
            after / 1e6, baseline / 1e6, slackBytes / 1e6));
  }
}
