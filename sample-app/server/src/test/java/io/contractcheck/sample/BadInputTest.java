package io.contractcheck.sample;

import static io.contractcheck.sample.AgentEvents.assertCompleteRun;
import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.AgentEvents.RunIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input is answered with an {@code error} event that says why; afterwards the same
 * connection still runs the agent.
 */
class BadInputTest {

  private static final String THREAD = "thread_00000000000000aa";
  private static final String OTHER_THREAD = "thread_00000000000000bb";
  private static final String RUN_IN_OTHER_THREAD = "run_" + OTHER_THREAD + "_0000000000000001";

  @RegisterExtension static final TestServer server = TestServer.perClass();

  static Stream<Arguments> badMessages() {
    return Stream.of(
        bad("malformed JSON", "{\"type\": \"start_agent\",", "malformed JSON"),
        bad("empty message", "", "empty message"),
        bad("not an object", "[1, 2, 3]", "a message must be a JSON object"),
        bad("duplicate key", "{\"type\":\"stop_agent\",\"type\":\"start_agent\"}", "malformed JSON"),
        bad("trailing data", "{\"type\":\"start_agent\"} {}", "malformed JSON"),
        bad("missing type", "{\"payload\": {}}", "type is required"),
        bad("type not a string", "{\"type\": 7}", "type must be a string"),
        bad("unknown type", "{\"type\": \"drop_tables\", \"payload\": {}}",
            "unknown message type 'drop_tables'; expected start_agent, user_message or stop_agent"),
        bad("missing payload", "{\"type\": \"start_agent\"}", "payload is required"),
        bad("payload not an object", "{\"type\": \"start_agent\", \"payload\": \"hi\"}",
            "payload must be a JSON object"),
        bad("missing user_request", message("start_agent", "{}"), "payload.user_request is required"),
        bad("user_request not a string", message("start_agent", "{\"user_request\": 42}"),
            "payload.user_request must be a string"),
        bad("blank user_request", message("start_agent", "{\"user_request\": \"  \"}"),
            "payload.user_request must not be empty"),
        bad("oversized user_request",
            message("start_agent", "{\"user_request\": \"" + "x".repeat(4_001) + "\"}"),
            "payload.user_request is longer than 4000 characters (4001)"),
        bad("missing thread_id", message("user_message", "{\"content\": \"hi\"}"),
            "payload.thread_id is required"),
        bad("malformed thread_id",
            message("user_message", "{\"thread_id\": \"t-1\", \"content\": \"hi\"}"),
            "thread_id does not follow expected format thread_<16 hex digits>: 't-1'"),
        bad("missing content", message("user_message", "{\"thread_id\": \"" + THREAD + "\"}"),
            "payload.content is required"),
        bad("unknown thread",
            message("user_message", "{\"thread_id\": \"" + THREAD + "\", \"content\": \"hi\"}"),
            "thread_id " + THREAD + " is not one of your threads"),
        bad("missing run_id", message("stop_agent", "{\"thread_id\": \"" + THREAD + "\"}"),
            "payload.run_id is required"),
        bad("malformed run_id",
            message("stop_agent", "{\"thread_id\": \"" + THREAD + "\", \"run_id\": \"run-42\"}"),
            "run_id does not follow expected format run_<thread_id>_<16 hex digits>: 'run-42'"),
        bad("run_id of another thread",
            message("stop_agent",
                "{\"thread_id\": \"" + THREAD + "\", \"run_id\": \"" + RUN_IN_OTHER_THREAD + "\"}"),
            "Thread ID mismatch in run_id: " + RUN_IN_OTHER_THREAD + " belongs to " + OTHER_THREAD
                + ", but the message is for " + THREAD),
        bad("message over the size limit", "x".repeat(16_385),
            "message is longer than 16384 characters (16385)"),
        bad("message far over the size limit", "x".repeat(2_000_000),
            "message is longer than 16384 characters (2000000)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badMessages")
  void isAnsweredWithAnErrorAndTheConnectionStaysUsable(
      String name, String message, String expectedReason) {
    try (ChatClient alice = server.connect("alice")) {
      alice.send(message);

      String reason = alice.nextErrorReason();
      assertTrue(reason.startsWith(expectedReason), () -> "reason was: " + reason);
      assertStillRunsTheAgent(alice);
    }
  }

  @Test
  void aBinaryMessageIsAnsweredWithAnError() {
    try (ChatClient alice = server.connect("alice")) {
      alice.sendBinary("{\"type\":\"start_agent\"}".getBytes(StandardCharsets.UTF_8));

      assertEquals("binary messages are not supported; send JSON text", alice.nextErrorReason());
      assertStillRunsTheAgent(alice);
    }
  }

  @Test
  void aMessageForAnotherUsersThreadIsRejectedAndLeaksNothing() {
    try (ChatClient alice = server.connect("alice");
        ChatClient mallory = server.connect("mallory")) {
      alice.send("start_agent", payload("user_request", "alice's secret plans"));
      RunIds alices = assertCompleteRun(alice.next(5), "alice's secret plans");

      mallory.send("user_message", payload("thread_id", alices.threadId(), "content", "hi"));
      String continueReason = mallory.nextErrorReason();
      mallory.send(
          "stop_agent", payload("thread_id", alices.threadId(), "run_id", alices.runId()));
      String stopReason = mallory.nextErrorReason();

      for (String reason : new String[] {continueReason, stopReason}) {
        assertEquals(
            "thread_id " + alices.threadId() + " is not one of your threads; start one with start_agent",
            reason);
        assertFalse(reason.contains("secret"));
      }
      alice.assertQuietFor(Duration.ofMillis(300));
      assertStillRunsTheAgent(mallory);
    }
  }

  @Test
  void tooManyActiveRunsIsRejectedWithoutDisturbingTheRunningOnes() {
    try (TestServer slow = TestServer.start(Duration.ofMillis(300), true);
        ChatClient alice = slow.connect("alice")) {
      for (int i = 0; i < 17; i++) {
        alice.send("start_agent", payload("user_request", "run " + i));
      }
      long errors =
          alice.next(16 * 5 + 1).stream()
              .filter(event -> event.path("type").asText().equals("error"))
              .peek(
                  event ->
                      assertTrue(
                          event.path("payload").path("reason").asText().startsWith("too many active runs (16)")))
              .count();
      assertEquals(1, errors);
    }
  }

  private static void assertStillRunsTheAgent(ChatClient client) {
    client.send("start_agent", payload("user_request", "still working?"));
    assertCompleteRun(client.next(5), "still working?");
  }

  private static Arguments bad(String name, String message, String expectedReason) {
    return Arguments.of(name, message, expectedReason);
  }

  private static String message(String type, String payloadJson) {
    return "{\"type\": \"" + type + "\", \"payload\": " + payloadJson + "}";
  }
}
