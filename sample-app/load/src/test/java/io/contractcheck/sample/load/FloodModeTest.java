package io.contractcheck.sample.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.ChatServer;
import io.contractcheck.sample.ServerConfig;
import io.contractcheck.sample.auth.TokenService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flood mode against a real server (in the test's JVM, known secret, no dev tokens): it counts
 * connections, 401s and failures right, and fails when the counts are wrong. No timing asserted.
 */
class FloodModeTest {

  private static final String SECRET = "flood-mode-test-secret-of-at-least-32-bytes";

  private ChatServer server;

  @BeforeEach
  void startServer() throws Exception {
    server =
        ChatServer.start(
            new ServerConfig(
                0, TokenService.keyFromSecret(SECRET), false, false, Duration.ofMinutes(5), Duration.ZERO));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void everyValidHandshakeConnectsAndEveryForgedOneGets401InEachFlood() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    FloodRun.Outcome outcome = flood(SECRET, output);
    String report = output.toString(StandardCharsets.UTF_8);

    assertTrue(outcome.clean(), report);
    assertEquals(2, outcome.floods().size(), report);
    for (Flood.Result flood : outcome.floods()) {
      assertEquals(50, flood.connected(), report);
      assertEquals(50, flood.refused401(), report);
      assertEquals(0, flood.wrongAnswers() + flood.failures(), report);
      assertTrue(flood.countsRight(), report);
    }
    assertTrue(report.contains("flood 1 of 2 (fresh server): 100 handshakes at once"), report);
    assertTrue(report.contains("  valid: 50 of 50 connected; ms from the release: p50 "), report);
    assertTrue(report.contains("  forged: 50 of 50 refused with 401 (ms from the release: p50 "), report);
    assertTrue(report.contains("); other answers 0, failures 0"), report);
    assertTrue(report.contains("result: every count right"), report);
    awaitNoSessions();
  }

  @Test
  void validTokensTheServerRefusesMakeTheRunFail() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    FloodRun.Outcome outcome = flood("another-secret-than-the-servers-of-32-bytes", output);
    String report = output.toString(StandardCharsets.UTF_8);

    assertFalse(outcome.clean(), report);
    Flood.Result first = outcome.floods().get(0);
    assertEquals(0, first.connected(), report);
    assertEquals(50, first.refused401(), report);
    assertEquals(50, first.wrongAnswers(), report);
    assertEquals(0, first.validMicros().getTotalCount(), report);
    assertTrue(report.contains("  valid: 0 of 50 connected; ms from the release: none"), report);
    assertTrue(report.matches("(?s).*\n    handshake \\d+ \\(valid token\\): status 401\n.*"), report);
    assertTrue(report.contains("goal (valid handshakes under the flood: p99 < 1000 ms): NOT MET"), report);
    assertTrue(report.contains("result: FAILED"), report);
  }

  /**
   * The server from its jar, as the README's flood command starts it, with a warm-up and a JVM
   * option: both reach it, and its own 20 refused warm-up handshakes are not among the refusal
   * lines the tool counts (it requires exactly one per forged token of the flood).
   */
  @Test
  void aServerTheToolStartsGetsItsWarmUpAndJvmOptions() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    LoadOptions options =
        LoadOptions.parse(
            List.of(
                "--mode", "flood", "--handshakes", "40", "--floods", "1",
                "--server-jar", "../server/target/contractcheck-sample-app.jar",
                "--server-warm-up", "40", "--server-java-option", "-XX:TieredStopAtLevel=1"),
            Map.of());
    FloodRun.Outcome outcome = FloodRun.run(options, new PrintStream(output, true, StandardCharsets.UTF_8));
    String report = output.toString(StandardCharsets.UTF_8);

    assertTrue(outcome.clean(), report);
    assertTrue(
        report.contains("(started by the tool in its own JVM, agent step delay 0 ms, --warm-up 40,"
            + " JVM options -XX:TieredStopAtLevel=1)"),
        report);
    assertTrue(
        report.contains("server log: 20 \"Refused WebSocket handshake from ...\" lines for 20 forged"
            + " tokens; 0 other warnings or errors"),
        report);
  }

  @Test
  void aStatusLineIsReadAndAnythingElseIsRejected() throws IOException {
    ByteBuffer partial = ByteBuffer.wrap("HTTP/1.1 401 Unauth".getBytes(StandardCharsets.US_ASCII));
    assertEquals(null, FloodHandshake.statusLine(partial));
    ByteBuffer whole =
        ByteBuffer.wrap("HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain".getBytes(StandardCharsets.US_ASCII));
    assertEquals("HTTP/1.1 401 Unauthorized", FloodHandshake.statusLine(whole));
    assertEquals(101, FloodHandshake.statusCode("HTTP/1.1 101 Switching Protocols"));
    assertEquals(401, FloodHandshake.statusCode("HTTP/1.1 401 Unauthorized"));
    IOException e = assertThrows(IOException.class, () -> FloodHandshake.statusCode("hello there"));
    assertEquals("not an HTTP status line: 'hello there'", e.getMessage());
  }

  @Test
  void floodOptionsAreChecked() {
    IllegalArgumentException odd =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoadOptions.parse(List.of("--mode", "flood", "--handshakes", "201"), Map.of()));
    assertEquals("--handshakes must be even (half are forged), got 201", odd.getMessage());
    IllegalArgumentException noSecret =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoadOptions.parse(List.of("--mode", "flood", "--url", "http://127.0.0.1:1"), Map.of()));
    assertEquals(
        "--mode flood with --url needs the server's secret in CONTRACTCHECK_JWT_SECRET",
        noSecret.getMessage());
    IllegalArgumentException warmUpWithUrl =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoadOptions.parse(
                List.of("--url", "http://127.0.0.1:1", "--server-warm-up", "100"), Map.of()));
    assertEquals(
        "--server-warm-up and --server-java-option are for a server the tool starts, not with --url",
        warmUpWithUrl.getMessage());
    IllegalArgumentException notAnOption =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoadOptions.parse(List.of("--server-java-option", "Xmx1g"), Map.of()));
    assertEquals(
        "--server-java-option takes one JVM option starting with '-', got 'Xmx1g'",
        notAnOption.getMessage());
  }

  private FloodRun.Outcome flood(String secret, ByteArrayOutputStream output) throws Exception {
    LoadOptions options =
        LoadOptions.parse(
            List.of(
                "--mode", "flood", "--handshakes", "100", "--floods", "2",
                "--url", "http://127.0.0.1:" + server.port()),
            Map.of("CONTRACTCHECK_JWT_SECRET", secret));
    return FloodRun.run(options, new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  private void awaitNoSessions() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.openSessionCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(0, server.openSessionCount(), "the flood's connections were closed");
  }
}
