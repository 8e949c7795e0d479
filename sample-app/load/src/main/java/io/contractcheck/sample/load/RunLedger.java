package io.contractcheck.sample.load;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** What all users saw: run latencies and the counts of everything that went wrong. Thread-safe. */
final class RunLedger {

  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);
  private static final int MAX_SAMPLES = 5;

  final AtomicLong started = new AtomicLong();
  final AtomicLong completed = new AtomicLong();
  final AtomicLong crossUser = new AtomicLong();
  final AtomicLong outOfOrder = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong sendFailures = new AtomicLong();
  private final Histogram latency = new ConcurrentHistogram(MAX_MICROS, 3);
  private final Queue<String> samples = new ConcurrentLinkedQueue<>();
  private final AtomicLong sampled = new AtomicLong();
  private final AtomicLong lastCompletionNanos = new AtomicLong();

  void completed(long latencyNanos) {
    lastCompletionNanos.accumulateAndGet(System.nanoTime(), Math::max);
    completed.incrementAndGet();
    latency.recordValue(Math.min(MAX_MICROS, Math.max(0, latencyNanos / 1_000)));
  }

  /** Counts a problem in {@code counter} and keeps the first few descriptions for the report. */
  void problem(AtomicLong counter, String description) {
    counter.incrementAndGet();
    if (sampled.incrementAndGet() <= MAX_SAMPLES) {
      samples.add(description);
    }
  }

  /** When the last run completed ({@link System#nanoTime()}). */
  long lastCompletionNanos() {
    return lastCompletionNanos.get();
  }

  /** Runs started and not completed. */
  long lost() {
    return started.get() - completed.get();
  }

  /** Whether every run completed, in order, with nothing from another user and no error. */
  boolean clean() {
    return lost() == 0
        && crossUser.get() == 0
        && outOfOrder.get() == 0
        && errors.get() == 0
        && sendFailures.get() == 0;
  }

  /** Latencies in microseconds. */
  Histogram latency() {
    return latency;
  }

  Iterable<String> samples() {
    return samples;
  }
}
