package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.auth.TokenService;
import io.contractcheck.sample.chat.ChatSocketCreator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command with {@code --warm-up}: the server sends its handshakes to itself before it
 * announces the page, says so in one line, leaves nobody connected, and logs none of its own
 * refusals, while a client's forged handshake is still refused and logged, also when it sends the
 * warm-up header with a value of its own.
 */
class WarmUpTest {

  private static final String SECRET = "sample-app-test-secret-of-at-least-32-bytes";
  private static final int HANDSHAKES = 40;

  @TempDir Path tempDir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theServerWarmsUpQuietlyBeforeItAnnouncesThePage() throws Exception {
    Path log = tempDir.resolve("server.log");
    Process server =
        ServerJvm.launch(
            log,
            Map.of("CONTRACTCHECK_JWT_SECRET", SECRET),
            "--port", "0", "--no-dev-tokens", "--warm-up", String.valueOf(HANDSHAKES));
    try {
      int port = Integer.parseInt(ServerJvm.awaitLine(log, ServerJvm.PAGE_URL).group(2));
      List<String> atStart = Files.readAllLines(log);
      int warmedUp = indexOf(atStart, "Warmed up with 40 WebSocket handshakes in ");
      int page = indexOf(atStart, "Chat page: ");
      assertTrue(warmedUp >= 0 && warmedUp < page, "the warm-up line comes before the page:\n" + atStart);
      assertTrue(
          atStart.get(warmedUp).endsWith("(20 accepted and closed, 20 refused on purpose and not logged)"),
          atStart.get(warmedUp));

      HttpClient client = HttpClient.newHttpClient();
      TokenService valid = new TokenService(TokenService.keyFromSecret(SECRET), Clock.systemUTC());
      TokenService forger = new TokenService(TokenService.randomKey(), Clock.systemUTC());
      URI socket = URI.create("ws://127.0.0.1:" + port + ChatServer.SOCKET_PATH);
      WebSocket alice =
          client.newWebSocketBuilder()
              .buildAsync(URI.create(socket + "?token=" + valid.issue("alice", Duration.ofMinutes(1))),
                  new WebSocket.Listener() {})
              .get(20, TimeUnit.SECONDS);
      alice.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(20, TimeUnit.SECONDS);
      assertEquals(401, refusal(client.newWebSocketBuilder(), socket, forger.issue("mallory", Duration.ofMinutes(1))));
      assertEquals(
          401,
          refusal(
              client.newWebSocketBuilder().header(ChatSocketCreator.WARM_UP_HEADER, "req_guessed"),
              socket,
              forger.issue("mallet", Duration.ofMinutes(1))));

      List<String> lines = awaitRefusalLines(log, 2);
      assertEquals(2, lines.stream().filter(l -> l.contains("Refused WebSocket handshake from 127.0.0.1:")).count(), String.join("\n", lines));
      assertEquals(
          List.of(),
          lines.stream().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList(),
          "warnings or errors in the server log");
    } finally {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  private static int refusal(WebSocket.Builder builder, URI socket, String token) {
    try {
      builder.buildAsync(URI.create(socket + "?token=" + token), new WebSocket.Listener() {}).join();
      return 101;
    } catch (CompletionException e) {
      return e.getCause() instanceof WebSocketHandshakeException refused
          ? refused.getResponse().statusCode()
          : -1;
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /** The log once it has {@code count} refusal lines (log lines are written asynchronously). */
  private static List<String> awaitRefusalLines(Path log, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<String> lines = Files.readAllLines(log);
    while (lines.stream().filter(l -> l.contains("Refused WebSocket handshake")).count() < count
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
      lines = Files.readAllLines(log);
    }
    return lines;
  }
}
