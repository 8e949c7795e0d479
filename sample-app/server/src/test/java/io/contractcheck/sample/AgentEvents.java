package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.util.List;

/** Assertions about the events of agent runs as a client receives them. */
final class AgentEvents {

  static final List<String> RUN_EVENT_TYPES =
      List.of("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed");

  private AgentEvents() {}

  /** The ids of one complete run, as every one of its events carries them. */
  record RunIds(String runId, String threadId) {}

  /**
   * Asserts that {@code events} are one complete run for {@code userRequest}: the five event types
   * in order, all with the same run id and thread id, the run id embedding the thread id.
   */
  static RunIds assertCompleteRun(List<JsonNode> events, String userRequest) {
    assertEquals(RUN_EVENT_TYPES, events.stream().map(e -> e.path("type").asText()).toList(),
        events::toString);
    String runId = events.get(0).path("run_id").asText();
    String threadId = events.get(0).path("thread_id").asText();
    assertTrue(UnifiedIdGenerator.isValidRunId(runId), runId);
    assertEquals(threadId, UnifiedIdGenerator.threadIdOf(runId).orElseThrow());
    for (JsonNode event : events) {
      assertEquals(runId, event.path("run_id").asText(), event::toString);
      assertEquals(threadId, event.path("thread_id").asText(), event::toString);
    }
    assertEquals(userRequest, events.get(0).path("payload").path("user_request").asText());
    return new RunIds(runId, threadId);
  }
}
