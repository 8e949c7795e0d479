package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.auth.TokenService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static final String SECRET = "a-production-secret-of-at-least-32-bytes";

  @Test
  void defaultsToPort8080WithDevTokensAndARandomKey() {
    ServerConfig config = CommandLine.parse(List.of(), Map.of());

    assertEquals(8080, config.port());
    assertTrue(config.devTokens());
    assertTrue(config.randomJwtKey());
  }

  @Test
  void thePortComesFromTheFlagBeforeTheEnvironment() {
    assertEquals(9000, CommandLine.parse(List.of(), Map.of("PORT", "9000")).port());
    assertEquals(9001, CommandLine.parse(List.of("--port", "9001"), Map.of("PORT", "9000")).port());
    assertEquals(9002, CommandLine.parse(List.of("--port=9002"), Map.of()).port());
  }

  @Test
  void devTokensCanBeTurnedOffByFlagOrEnvironment() {
    assertFalse(CommandLine.parse(List.of("--no-dev-tokens"), Map.of()).devTokens());
    assertFalse(
        CommandLine.parse(List.of(), Map.of("CONTRACTCHECK_DEV_TOKENS", "FALSE")).devTokens());
  }

  @Test
  void theAgentStepDelayComesFromTheFlagBeforeTheEnvironment() {
    assertEquals(Duration.ofMillis(400), CommandLine.parse(List.of(), Map.of()).agentStepDelay());
    Map<String, String> env = Map.of("CONTRACTCHECK_AGENT_STEP_DELAY_MS", "25");
    assertEquals(Duration.ofMillis(25), CommandLine.parse(List.of(), env).agentStepDelay());
    assertEquals(
        Duration.ZERO,
        CommandLine.parse(List.of("--agent-step-delay", "0"), env).agentStepDelay());
    assertEquals(
        Duration.ofMillis(7),
        CommandLine.parse(List.of("--agent-step-delay=7"), Map.of()).agentStepDelay());
  }

  @Test
  void theWarmUpComesFromTheFlagBeforeTheEnvironmentAndIsOffByDefault() {
    assertEquals(0, CommandLine.parse(List.of(), Map.of()).warmUpHandshakes());
    Map<String, String> env = Map.of("CONTRACTCHECK_WARM_UP_HANDSHAKES", "2000");
    assertEquals(2000, CommandLine.parse(List.of(), env).warmUpHandshakes());
    assertEquals(40, CommandLine.parse(List.of("--warm-up", "40"), env).warmUpHandshakes());
    assertEquals(0, CommandLine.parse(List.of("--warm-up=0"), env).warmUpHandshakes());
  }

  @Test
  void aSecretFromTheEnvironmentSignsTheTokens() {
    ServerConfig config =
        CommandLine.parse(List.of(), Map.of("CONTRACTCHECK_JWT_SECRET", SECRET));

    assertFalse(config.randomJwtKey());
    assertArrayEquals(
        TokenService.keyFromSecret(SECRET).getEncoded(), config.jwtKey().getEncoded());
  }

  @Test
  void invalidSettingsAreReportedClearly() {
    assertRejected(List.of("--port", "eighty"), Map.of(), "port must be a number, got 'eighty'");
    assertRejected(List.of("--port", "70000"), Map.of(), "port must be between 0 and 65535, got 70000");
    assertRejected(List.of("--port"), Map.of(), "--port needs a value");
    assertRejected(List.of("--verbose"), Map.of(), "unknown argument: --verbose");
    assertRejected(
        List.of(),
        Map.of("CONTRACTCHECK_DEV_TOKENS", "maybe"),
        "CONTRACTCHECK_DEV_TOKENS must be true or false, got 'maybe'");
    assertRejected(
        List.of("--agent-step-delay", "fast"),
        Map.of(),
        "--agent-step-delay must be a number of milliseconds, got 'fast'");
    assertRejected(List.of("--agent-step-delay"), Map.of(), "--agent-step-delay needs a value");
    assertRejected(
        List.of(),
        Map.of("CONTRACTCHECK_AGENT_STEP_DELAY_MS", "-1"),
        "CONTRACTCHECK_AGENT_STEP_DELAY_MS must be between 0 and 60000 ms, got -1");
    assertRejected(List.of("--warm-up"), Map.of(), "--warm-up needs a value");
    assertRejected(
        List.of("--warm-up", "lots"), Map.of(), "--warm-up must be a number of handshakes, got 'lots'");
    assertRejected(
        List.of(),
        Map.of("CONTRACTCHECK_WARM_UP_HANDSHAKES", "100001"),
        "CONTRACTCHECK_WARM_UP_HANDSHAKES must be between 0 and 100000, got 100001");
    assertRejected(
        List.of(),
        Map.of("CONTRACTCHECK_JWT_SECRET", "too-short"),
        "the JWT secret must be at least 32 bytes, got 9");
  }

  @Test
  void recognisesAskingForHelp() {
    assertTrue(CommandLine.wantsHelp(List.of("--port", "1", "--help")));
    assertFalse(CommandLine.wantsHelp(List.of("--port", "1")));
  }

  private static void assertRejected(List<String> args, Map<String, String> env, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(args, env));
    assertEquals(message, e.getMessage());
  }
}
