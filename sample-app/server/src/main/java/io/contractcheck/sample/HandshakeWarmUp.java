package io.contractcheck.sample;

import io.contractcheck.sample.auth.TokenService;
import io.contractcheck.sample.chat.ChatSocketCreator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends WebSocket handshakes to the server's own socket before it announces itself, so that the JIT
 * has compiled the handshake path (Jetty's parsing and upgrade, the token check, the endpoint's
 * open and close, and the 401 refusal) before real clients arrive. A freshly started JVM runs that
 * path interpreted: it answered its first flood of 2,000 handshakes in 3–4 s where a warm one
 * needed under 1 s (docs/sample-load.md, "Handshakes under a flood").
 *
 * <p>Every other handshake carries a token signed with a key of its own and must be refused with
 * 401; the server does not log those refusals, which it recognises by {@link ChatSocketCreator#WARM_UP_HEADER} with
 * a value only this process knows. Each accepted connection is closed at once, with a close frame.
 */
final class HandshakeWarmUp {

  /** Handshakes in flight at once: enough to keep the pool busy, few enough to never flood it. */
  private static final int IN_FLIGHT = 64;
  private static final long TIMEOUT_SECONDS = 30;
  private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);

  /**
   * What a warm-up did: of its {@code valid} handshakes how many were {@code accepted}, of its
   * {@code forged} ones how many were {@code refused} with 401, and how many {@code failed}
   * otherwise.
   */
  record Result(
      int valid, int forged, int accepted, int refused, int failed, String firstFailure, long millis) {

    /** Every valid handshake accepted and every forged one refused. */
    boolean asExpected() {
      return accepted == valid && refused == forged;
    }
  }

  private HandshakeWarmUp() {}

  /**
   * Sends {@code handshakes} handshakes to {@code socket}, every other one (the first included)
   * with a valid token of {@code tokens}, closes each accepted connection, and returns once every
   * handshake is answered (or after {@value #TIMEOUT_SECONDS} s).
   */
  static Result run(URI socket, TokenService tokens, String marker, int handshakes)
      throws InterruptedException {
    long start = System.nanoTime();
    TokenService forger = new TokenService(TokenService.randomKey(), Clock.systemUTC());
    ExecutorService executor = Executors.newFixedThreadPool(2, daemonThreads());
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>("");
    try {
      HttpClient client = HttpClient.newBuilder().executor(executor).connectTimeout(TIMEOUT).build();
      Semaphore window = new Semaphore(IN_FLIGHT);
      List<CompletableFuture<Void>> all = new ArrayList<>(handshakes);
      for (int i = 0; i < handshakes; i++) {
        window.acquire();
        boolean valid = i % 2 == 0;
        String user = "warm-up-" + i;
        String token = (valid ? tokens : forger).issue(user, Duration.ofMinutes(1));
        CompletableFuture<Void> one =
            client
                .newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .header(ChatSocketCreator.WARM_UP_HEADER, marker)
                .buildAsync(URI.create(socket + "?token=" + token), new WebSocket.Listener() {})
                .thenCompose(
                    webSocket -> {
                      accepted.incrementAndGet();
                      return webSocket
                          .sendClose(WebSocket.NORMAL_CLOSURE, "warm-up")
                          .thenAccept(closed -> closed.abort());
                    })
                .handle(
                    (ignored, error) -> {
                      if (error != null && isRefusal(error)) {
                        refused.incrementAndGet();
                      } else if (error != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet("", cause(error).toString());
                      }
                      window.release();
                      return null;
                    });
        all.add(one);
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
          .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .exceptionally(timeout -> null)
          .join();
    } finally {
      executor.shutdownNow();
    }
    int valid = (handshakes + 1) / 2;
    return new Result(
        valid,
        handshakes - valid,
        accepted.get(),
        refused.get(),
        failed.get(),
        firstFailure.get(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  private static Throwable cause(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  private static boolean isRefusal(Throwable error) {
    return cause(error) instanceof WebSocketHandshakeException handshake
        && handshake.getResponse().statusCode() == 401;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "chat-warm-up-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
