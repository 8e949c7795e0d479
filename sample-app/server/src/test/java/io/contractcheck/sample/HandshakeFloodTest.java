package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.auth.TokenService;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value #HANDSHAKES} handshakes at once against the run command's server in its own JVM, half
 * with forged tokens: the forged ones get 401, the valid ones connect, and the server logs one line
 * per refused handshake and nothing else.
 *
 * <p>It prints the valid handshakes' latency but asserts none: a timed assertion in a test suite
 * measures the machine it runs on. The latency under a flood is measured by the load tool's flood
 * mode ({@code docs/sample-load.md}, "Handshakes under a flood").
 */
class HandshakeFloodTest {

  private static final int HANDSHAKES = 2_000;
  private static final String SECRET = "sample-app-test-secret-of-at-least-32-bytes";
  /**
   * The flood comes from several clients: one JDK HttpClient drives all its connections from one
   * selector thread, and alone it made each handshake wait seconds on the client's side.
   */
  private static final int CLIENTS = 8;

  @TempDir Path tempDir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void halfForgedFloodIsRefusedOneLogLineEachAndEveryValidHandshakeConnects() throws Exception {
    Path log = tempDir.resolve("server.log");
    Process server =
        ServerJvm.launch(log, Map.of("CONTRACTCHECK_JWT_SECRET", SECRET), "--port", "0", "--no-dev-tokens");
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(HttpClient.newHttpClient());
    }
    List<WebSocket> connected = Collections.synchronizedList(new ArrayList<>());
    try {
      int port = Integer.parseInt(ServerJvm.awaitLine(log, ServerJvm.PAGE_URL).group(2));
      TokenService valid = new TokenService(TokenService.keyFromSecret(SECRET), Clock.systemUTC());
      TokenService forger = new TokenService(TokenService.randomKey(), Clock.systemUTC());
      List<URI> uris = new ArrayList<>();
      for (int i = 0; i < HANDSHAKES; i++) {
        TokenService signer = i % 2 == 0 ? valid : forger;
        uris.add(socketUri(port, signer.issue(String.format("flood-%04d", i), Duration.ofMinutes(5))));
      }

      ConcurrentLinkedQueue<Long> validNanos = new ConcurrentLinkedQueue<>();
      AtomicInteger refused401 = new AtomicInteger();
      AtomicInteger otherFailures = new AtomicInteger();
      List<CompletableFuture<?>> handshakes = new ArrayList<>();
      for (int i = 0; i < uris.size(); i++) {
        URI uri = uris.get(i);
        long start = System.nanoTime();
        handshakes.add(
            clients.get(i % CLIENTS).newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {})
                .handle(
                    (socket, failure) -> {
                      if (socket != null) {
                        validNanos.add(System.nanoTime() - start);
                        connected.add(socket);
                      } else if (failure.getCause() instanceof WebSocketHandshakeException refused
                          && refused.getResponse().statusCode() == 401) {
                        refused401.incrementAndGet();
                      } else {
                        otherFailures.incrementAndGet();
                        failure.printStackTrace();
                      }
                      return null;
                    }));
      }
      CompletableFuture.allOf(handshakes.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

      List<Long> sorted = new ArrayList<>(validNanos);
      Collections.sort(sorted);
      Duration p50 = Duration.ofNanos(sorted.get(sorted.size() / 2));
      Duration p99 = Duration.ofNanos(sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
      double loadPerCpu =
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
              / Runtime.getRuntime().availableProcessors();
      System.out.printf(
          "Flood: %d handshakes at once, %d valid connected (p50 %d ms, p99 %d ms, max %d ms),"
              + " %d refused with 401; load average per CPU %.1f%n",
          HANDSHAKES, sorted.size(), p50.toMillis(), p99.toMillis(),
          sorted.get(sorted.size() - 1) / 1_000_000, refused401.get(), loadPerCpu);
      assertEquals(0, otherFailures.get(), "handshakes that failed otherwise");
      assertEquals(HANDSHAKES / 2, sorted.size(), "valid handshakes connected");
      assertEquals(HANDSHAKES / 2, refused401.get(), "forged handshakes refused with 401");

      List<String> lines = Files.readAllLines(log);
      long refusalLines = lines.stream().filter(l -> l.contains("Refused WebSocket handshake from 127.0.0.1:")).count();
      List<String> problems = lines.stream().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
      assertEquals(HANDSHAKES / 2, refusalLines, "one log line per refused handshake");
      assertTrue(
          lines.stream()
              .filter(l -> l.contains("Refused WebSocket handshake"))
              .allMatch(l -> l.endsWith(": invalid token")),
          "refusals name the reason");
      assertEquals(List.of(), problems, "warnings or errors in the server log");
    } finally {
      connected.forEach(WebSocket::abort);
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  private static URI socketUri(int port, String token) {
    return URI.create(
        "ws://127.0.0.1:" + port + ChatServer.SOCKET_PATH + "?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }
}
