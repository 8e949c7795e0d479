package io.contractcheck.sample.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracker's checks, on event sequences the server must never send. */
class RunTrackerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String THREAD = "thread_00000000000000aa";
  private static final String RUN = "run_" + THREAD + "_0000000000000001";

  private final RunLedger ledger = new RunLedger();
  private final RunTracker tracker = new RunTracker("alice", ledger);

  @Test
  void aCompleteRunInOrderIsCountedWithItsLatency() {
    tracker.expect("alice run 0", 1_000_000L);
    ledger.started.incrementAndGet();

    String completed = null;
    for (String type : RunTracker.RUN_EVENTS) {
      completed = tracker.accept(event(type, RUN, THREAD, "alice run 0"), 5_000_000L);
    }

    assertEquals("alice run 0", completed);
    assertEquals(1, ledger.completed.get());
    assertEquals(0, ledger.lost());
    assertTrue(ledger.clean());
    assertEquals(4.0, ledger.latency().getValueAtPercentile(50) / 1_000.0, 0.01);
  }

  @Test
  void aRunThisUserDidNotStartIsCrossUser() {
    assertNull(tracker.accept(event("agent_started", RUN, THREAD, "bob run 0"), 0));
    assertNull(tracker.accept(event("agent_thinking", RUN, THREAD, null), 0));

    assertEquals(2, ledger.crossUser.get());
    assertEquals(0, ledger.completed.get());
  }

  @Test
  void anEventOfAnotherThreadIsCrossUser() {
    tracker.expect("alice run 0", 0);
    tracker.accept(event("agent_started", RUN, THREAD, "alice run 0"), 0);
    tracker.accept(event("agent_thinking", RUN, "thread_00000000000000bb", null), 0);

    assertEquals(1, ledger.crossUser.get());
  }

  @Test
  void eventsOutOfOrderAreCountedAndTheRunIsNotCompleted() {
    tracker.expect("alice run 0", 0);
    ledger.started.incrementAndGet();
    for (String type : List.of("agent_started", "tool_executing", "agent_thinking", "agent_completed")) {
      tracker.accept(event(type, RUN, THREAD, "alice run 0"), 0);
    }

    assertEquals(3, ledger.outOfOrder.get());
    assertEquals(0, ledger.completed.get());
    assertEquals(1, ledger.lost());
  }

  @Test
  void anotherUsersConnectionAndServerErrorsAreCounted() throws Exception {
    tracker.accept(JSON.readTree("{\"type\":\"connection_ready\",\"payload\":{\"user_id\":\"bob\"}}"), 0);
    tracker.accept(JSON.readTree("{\"type\":\"error\",\"payload\":{\"reason\":\"too many\"}}"), 0);

    assertEquals(1, ledger.crossUser.get());
    assertEquals(1, ledger.errors.get());
  }

  private static JsonNode event(String type, String runId, String threadId, String request) {
    var event = JSON.createObjectNode().put("type", type).put("run_id", runId).put("thread_id", threadId);
    var payload = event.putObject("payload");
    if (request != null) {
      payload.put("user_request", request);
    }
    return event;
  }
}
