package io.contractcheck.sample;

import static io.contractcheck.sample.AgentEvents.assertCompleteRun;
import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractcheck.sample.AgentEvents.RunIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentRunTest {

  @RegisterExtension static final TestServer server = TestServer.perClass();

  @Test
  void startAgentStreamsTheFiveEventsInOrderWithConsistentIds() {
    try (ChatClient alice = server.connect("alice")) {
      alice.send("start_agent", payload("user_request", "count these four words"));

      List<JsonNode> events = alice.next(5);

      assertCompleteRun(events, "count these four words");
      JsonNode result = events.get(3).path("payload").path("result");
      assertEquals(4, result.path("words").asInt());
      assertEquals(22, result.path("characters").asInt());
      assertEquals(
          "Your message has 4 words and 22 characters; the longest word is \"count\".",
          events.get(4).path("payload").path("response").asText());
      alice.assertQuietFor(Duration.ofMillis(200));
    }
  }

  @Test
  void theSameRequestYieldsTheSamePayloads() {
    try (ChatClient alice = server.connect("alice")) {
      alice.send("start_agent", payload("user_request", "same words twice"));
      List<JsonNode> first = alice.next(5);
      alice.send("start_agent", payload("user_request", "same words twice"));
      List<JsonNode> second = alice.next(5);

      assertEquals(payloads(first), payloads(second));
      assertNotEquals(
          assertCompleteRun(first, "same words twice"), assertCompleteRun(second, "same words twice"));
    }
  }

  @Test
  void userMessageStartsANewRunInTheSameThread() {
    try (ChatClient alice = server.connect("alice")) {
      alice.send("start_agent", payload("user_request", "first"));
      RunIds first = assertCompleteRun(alice.next(5), "first");

      alice.send("user_message", payload("thread_id", first.threadId(), "content", "second"));
      RunIds second = assertCompleteRun(alice.next(5), "second");

      assertEquals(first.threadId(), second.threadId());
      assertNotEquals(first.runId(), second.runId());
    }
  }

  @Test
  void startAgentWithAThreadIdContinuesThatThread() {
    try (ChatClient alice = server.connect("alice")) {
      alice.send("start_agent", payload("user_request", "open a thread"));
      RunIds first = assertCompleteRun(alice.next(5), "open a thread");

      alice.send(
          "start_agent", payload("user_request", "again", "thread_id", first.threadId()));

      assertEquals(first.threadId(), assertCompleteRun(alice.next(5), "again").threadId());
    }
  }

  @Test
  void stopAgentEndsTheRunWithAgentStoppedAndNothingAfter() {
    try (TestServer slow = TestServer.start(Duration.ofMillis(500), true);
        ChatClient alice = slow.connect("alice")) {
      alice.send("start_agent", payload("user_request", "a long task"));
      JsonNode started = alice.next();
      assertEquals("agent_started", started.path("type").asText());
      String runId = started.path("run_id").asText();
      String threadId = started.path("thread_id").asText();

      alice.send("stop_agent", payload("thread_id", threadId, "run_id", runId));

      List<JsonNode> rest = new ArrayList<>();
      JsonNode event;
      do {
        event = alice.next();
        rest.add(event);
      } while (!event.path("type").asText().equals("agent_stopped"));
      assertTrue(
          rest.stream().noneMatch(e -> e.path("type").asText().equals("agent_completed")),
          rest::toString);
      assertEquals(runId, event.path("run_id").asText());
      assertEquals(threadId, event.path("thread_id").asText());
      alice.assertQuietFor(Duration.ofMillis(1_200));

      alice.send("stop_agent", payload("thread_id", threadId, "run_id", runId));
      assertTrue(alice.nextErrorReason().contains("is not running"));
    }
  }

  private static List<JsonNode> payloads(List<JsonNode> events) {
    return events.stream().map(e -> e.path("payload")).toList();
  }
}
