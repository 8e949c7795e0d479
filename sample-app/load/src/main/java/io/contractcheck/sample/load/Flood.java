package io.contractcheck.sample.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One flood, from one thread and one NIO selector: all connects are started at once (the release),
 * and each handshake's request goes out as soon as its connection is up. Each is timed to its
 * answer's status line, from the release and from its own connect call. The valid handshakes'
 * connections stay open until {@link Result#closeConnections()}.
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
      List<SocketChannel> connections) {

    int connected() {
      return (int) validMicros.getTotalCount();
    }

    /** Every valid handshake connected, every forged one got 401, nothing else happened. */
    boolean countsRight() {
      return connected() == valid && refused401 == forged && wrongAnswers == 0 && failures == 0;
    }

    void closeConnections() {
      connections.forEach(Flood::closeQuietly);
    }
  }

  /** One handshake in flight. */
  private static final class Handshake {
    final int number;
    final Attempt attempt;
    final ByteBuffer request;
    final ByteBuffer response = ByteBuffer.allocate(FloodHandshake.MAX_STATUS_LINE);
    long connectNanos;

    Handshake(int number, Attempt attempt, ByteBuffer request) {
      this.number = number;
      this.attempt = attempt;
      this.request = request;
    }
  }

  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);
  private static final int MAX_SAMPLES = 5;

  private final InetSocketAddress server;
  private final List<Handshake> handshakes = new ArrayList<>();
  private final Histogram validMicros = new Histogram(3);
  private final Histogram validFromConnectMicros = new Histogram(3);
  private final Histogram refusedMicros = new Histogram(3);
  private final List<String> samples = new ArrayList<>();
  private final List<SocketChannel> connections = new ArrayList<>();
  private int refused401;
  private int wrongAnswers;
  private int failures;
  private int pending;
  private long releasedNanos;

  Flood(URI server, String path, List<Attempt> attempts) {
    this.server = new InetSocketAddress(server.getHost(), server.getPort());
    String hostAndPort = server.getHost() + ":" + server.getPort();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      handshakes.add(new Handshake(i, attempt, FloodHandshake.request(hostAndPort, path, attempt.token())));
    }
  }

  /** Runs {@code beforeRelease}, starts every handshake and waits for the last answer. */
  Result run(Runnable beforeRelease) throws IOException {
    try (Selector selector = Selector.open()) {
      beforeRelease.run();
      releasedNanos = System.nanoTime();
      for (Handshake handshake : handshakes) {
        connect(selector, handshake);
      }
      long deadline = releasedNanos + TIMEOUT_NANOS;
      while (pending > 0 && System.nanoTime() < deadline) {
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          step(key);
        }
        selector.selectedKeys().clear();
      }
      long wall = System.nanoTime() - releasedNanos;
      if (pending > 0) {
        samples.add(pending + " handshakes had no answer after " + TimeUnit.NANOSECONDS.toSeconds(TIMEOUT_NANOS) + " s");
        failures += pending;
        for (SelectionKey key : selector.keys()) {
          if (key.interestOps() != 0) {
            closeQuietly(key.channel());
          }
        }
      }
      int valid = (int) handshakes.stream().filter(h -> h.attempt.valid()).count();
      return new Result(
          valid, handshakes.size() - valid, validMicros, validFromConnectMicros, refusedMicros,
          refused401, wrongAnswers, failures, List.copyOf(samples), wall, List.copyOf(connections));
    }
  }

  private void connect(Selector selector, Handshake handshake) {
    pending++;
    SocketChannel channel = null;
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      handshake.connectNanos = System.nanoTime();
      boolean connected = channel.connect(server);
      channel.register(selector, connected ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, handshake);
    } catch (IOException e) {
      fail(handshake, channel, e);
    }
  }

  private void step(SelectionKey key) {
    Handshake handshake = (Handshake) key.attachment();
    SocketChannel channel = (SocketChannel) key.channel();
    try {
      if (key.isConnectable() && channel.finishConnect()) {
        key.interestOps(SelectionKey.OP_WRITE);
      } else if (key.isWritable()) {
        channel.write(handshake.request);
        if (!handshake.request.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ);
        }
      } else if (key.isReadable()) {
        if (channel.read(handshake.response) == -1) {
          throw new IOException("the server closed the connection without a status line");
        }
        String statusLine = FloodHandshake.statusLine(handshake.response.duplicate().flip());
        if (statusLine != null) {
          key.interestOps(0);
          answered(handshake, channel, FloodHandshake.statusCode(statusLine));
        }
      }
    } catch (IOException e) {
      key.cancel();
      fail(handshake, channel, e);
    }
  }

  private void answered(Handshake handshake, SocketChannel channel, int status) {
    pending--;
    long end = System.nanoTime();
    if (handshake.attempt.valid() && status == 101) {
      validMicros.recordValue((end - releasedNanos) / 1_000);
      validFromConnectMicros.recordValue((end - handshake.connectNanos) / 1_000);
      connections.add(channel);
      return;
    }
    if (!handshake.attempt.valid() && status == 401) {
      refusedMicros.recordValue((end - releasedNanos) / 1_000);
      refused401++;
    } else {
      wrongAnswers++;
      sample(handshake, "status " + status);
    }
    closeQuietly(channel);
  }

  private void fail(Handshake handshake, SocketChannel channel, IOException e) {
    pending--;
    failures++;
    sample(handshake, e.toString());
    if (channel != null) {
      closeQuietly(channel);
    }
  }

  private void sample(Handshake handshake, String what) {
    if (samples.size() < MAX_SAMPLES) {
      samples.add(
          "handshake " + handshake.number + " (" + (handshake.attempt.valid() ? "valid" : "forged")
              + " token): " + what);
    }
  }

  private static void closeQuietly(java.nio.channels.Channel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // already gone: nothing to release
    }
  }
}
