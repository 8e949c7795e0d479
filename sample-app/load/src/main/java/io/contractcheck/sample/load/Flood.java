package io.contractcheck.sample.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One flood: every handshake in a thread of its own, all released at once by one latch. Each is
 * timed twice, to the response's status line: from the release (what a client of the flood waits,
 * including any wait for a CPU on the client's side) and from just before its own connect. The
 * valid handshakes' connections stay open until {@link Result#closeConnections()}.
 */
final class Flood {

  /** A handshake to make: its token, and whether the server should accept it. */
  record Attempt(String token, boolean valid) {}

  /**
   * What one flood did. Latency in microseconds: valid handshakes from the release and from their
   * own connect, refused ones from the release.
   */
  record Result(
      int valid,
      int forged,
      Histogram validMicros,
      Histogram validFromConnectMicros,
      Histogram refusedMicros,
      int refused401,
      int wrongAnswers,
      int failures,
      List<String> samples,
      long wallNanos,
      List<Socket> connections) {

    int connected() {
      return (int) validMicros.getTotalCount();
    }

    /** Every valid handshake connected, every forged one got 401, nothing else happened. */
    boolean countsRight() {
      return connected() == valid && refused401 == forged && wrongAnswers == 0 && failures == 0;
    }

    void closeConnections() {
      for (Socket socket : connections) {
        try {
          socket.close();
        } catch (IOException e) {
          // already gone: nothing to release
        }
      }
    }
  }

  private static final long THREAD_STACK_BYTES = 256 * 1024;
  private static final long TIMEOUT_SECONDS = 120;
  private static final int MAX_SAMPLES = 5;

  private final InetSocketAddress server;
  private final String path;
  private final List<Attempt> attempts;
  private final ConcurrentHistogram validMicros = new ConcurrentHistogram(3);
  private final ConcurrentHistogram validFromConnectMicros = new ConcurrentHistogram(3);
  private final ConcurrentHistogram refusedMicros = new ConcurrentHistogram(3);
  /** When the flood was released; written before the latch opens, read after. */
  private long releasedNanos;
  private final AtomicInteger refused401 = new AtomicInteger();
  private final AtomicInteger wrongAnswers = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
  private final List<Socket> connections = Collections.synchronizedList(new ArrayList<>());

  Flood(URI server, String path, List<Attempt> attempts) {
    this.server = new InetSocketAddress(server.getHost(), server.getPort());
    this.path = path;
    this.attempts = List.copyOf(attempts);
  }

  /**
   * Starts a thread per handshake, waits until all are ready, runs {@code beforeRelease}, releases
   * them together and waits for the last answer.
   */
  Result run(Runnable beforeRelease) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(attempts.size());
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(attempts.size());
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      int number = i;
      Thread thread =
          new Thread(
              null,
              () -> {
                try {
                  ready.countDown();
                  go.await();
                  handshake(number, attempt);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "flood-" + i,
              THREAD_STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
    }
    ready.await();
    beforeRelease.run();
    long start = System.nanoTime();
    releasedNanos = start;
    go.countDown();
    if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      samples.add(done.getCount() + " handshakes had no answer after " + TIMEOUT_SECONDS + " s");
      failures.addAndGet((int) done.getCount());
    }
    long wall = System.nanoTime() - start;
    int valid = (int) attempts.stream().filter(Attempt::valid).count();
    return new Result(
        valid,
        attempts.size() - valid,
        validMicros,
        validFromConnectMicros,
        refusedMicros,
        refused401.get(),
        wrongAnswers.get(),
        failures.get(),
        List.copyOf(samples),
        wall,
        List.copyOf(connections));
  }

  private void handshake(int number, Attempt attempt) {
    Socket socket = new Socket();
    long start = System.nanoTime();
    boolean keep = false;
    try {
      int status = FloodHandshake.perform(socket, server, path, attempt.token());
      long end = System.nanoTime();
      if (attempt.valid() && status == 101) {
        validMicros.recordValue((end - releasedNanos) / 1_000);
        validFromConnectMicros.recordValue((end - start) / 1_000);
        connections.add(socket);
        keep = true;
      } else if (!attempt.valid() && status == 401) {
        refusedMicros.recordValue((end - releasedNanos) / 1_000);
        refused401.incrementAndGet();
      } else {
        wrongAnswers.incrementAndGet();
        sample(number, attempt, "status " + status);
      }
    } catch (IOException e) {
      failures.incrementAndGet();
      sample(number, attempt, e.toString());
    } finally {
      if (!keep) {
        try {
          socket.close();
        } catch (IOException e) {
          // nothing to release
        }
      }
    }
  }

  private void sample(int number, Attempt attempt, String what) {
    if (samples.size() < MAX_SAMPLES) {
      samples.add("handshake " + number + " (" + (attempt.valid() ? "valid" : "forged") + " token): " + what);
    }
  }
}
