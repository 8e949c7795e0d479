package io.contractcheck.sample.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.ChatServer;
import io.contractcheck.sample.ServerConfig;
import io.contractcheck.sample.auth.TokenService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tool, briefly, against a real server on a free port: both modes, every run checked. */
class LoadToolTest {

  private ChatServer server;

  @BeforeEach
  void startServer() throws Exception {
    server =
        ChatServer.start(
            new ServerConfig(0, TokenService.randomKey(), true, true, Duration.ofMinutes(5), Duration.ZERO));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void openLoopStartsRunsAtTheRateAndReportsThem() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    RunLedger runs = LoadTool.run(options("open", "--rate", "100"), new PrintStream(output, true, StandardCharsets.UTF_8));
    String report = output.toString(StandardCharsets.UTF_8);

    assertEquals(200, runs.started.get(), report);
    assertEquals(200, runs.completed.get(), report);
    assertEquals(200, runs.latency().getTotalCount(), report);
    assertTrue(runs.clean(), report);
    assertTrue(report.contains("runs: 200 started, 200 completed, 0 lost, 0 cross-user, 0 out of order"), report);
    assertTrue(report.contains("latency ms (scheduled start to agent_completed): p50 "), report);
    assertTrue(report.contains("connected 50 users"), report);
    assertEquals(0, server.openSessionCount(), "the users left");
  }

  @Test
  void closedLoopKeepsEveryUserBusy() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    RunLedger runs = LoadTool.run(options("closed"), new PrintStream(output, true, StandardCharsets.UTF_8));
    String report = output.toString(StandardCharsets.UTF_8);

    assertTrue(runs.completed.get() > 50, report);
    assertEquals(runs.started.get(), runs.completed.get(), report);
    assertTrue(runs.clean(), report);
    assertTrue(report.contains("result: every run complete and isolated"), report);
  }

  @Test
  void invalidOptionsAreRejectedWithTheReason() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--mode", "fast"), Map.of()));
    assertEquals("--mode must be open, closed or flood, got 'fast'", e.getMessage());
  }

  private LoadOptions options(String mode, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--mode", mode, "--users", "50", "--duration", "2", "--drain", "30",
                "--url", "http://127.0.0.1:" + server.port()));
    args.addAll(List.of(more));
    return LoadOptions.parse(args, Map.of());
  }
}
