package io.contractcheck.sample.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the events one user receives. Each run the user started must arrive as its five events in
 * order, all with one run id and the user's thread id (the run id embedding it); anything that is
 * not one of this user's runs counts as cross-user. Called by one thread at a time (the socket's
 * listener); the user's requests are registered before they are sent.
 */
final class RunTracker {

  static final List<String> RUN_EVENTS =
      List.of("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed");

  private final String user;
  private volatile RunLedger ledger;
  private final Map<String, Long> startsByRequest = new ConcurrentHashMap<>();
  private final Map<String, Run> runsById = new HashMap<>();
  private volatile String threadId;

  RunTracker(String user, RunLedger ledger) {
    this.user = user;
    this.ledger = ledger;
  }

  /** Counts the runs completed from now on in {@code next} (after the warm-up run, for example). */
  void recordInto(RunLedger next) {
    ledger = next;
  }

  /** Expects a run for {@code request}, whose latency counts from {@code startNanos}. */
  void expect(String request, long startNanos) {
    startsByRequest.put(request, startNanos);
  }

  /** The thread this user's runs are in; known after its first run has started. */
  String threadId() {
    return threadId;
  }

  /**
   * Checks one event received at {@code nowNanos}; returns the request of a run it completed, or
   * null.
   */
  String accept(JsonNode event, long nowNanos) {
    String type = event.path("type").asText();
    switch (type) {
      case "connection_ready" -> {
        if (!user.equals(event.path("payload").path("user_id").asText())) {
          ledger.problem(ledger.crossUser, user + " got the connection of " + event);
        }
        return null;
      }
      case "error" -> {
        ledger.problem(ledger.errors, user + " got an error: " + event.path("payload").path("reason").asText());
        return null;
      }
      default -> {
        return runEvent(type, event, nowNanos);
      }
    }
  }

  private String runEvent(String type, JsonNode event, long nowNanos) {
    String runId = event.path("run_id").asText();
    String eventThread = event.path("thread_id").asText();
    Run run;
    if (type.equals("agent_started")) {
      String request = event.path("payload").path("user_request").asText();
      Long start = startsByRequest.remove(request);
      if (start == null) {
        ledger.problem(ledger.crossUser, user + " got a run it did not start: " + event);
        return null;
      }
      if (threadId == null) {
        threadId = eventThread;
      }
      run = new Run(request, start);
      runsById.put(runId, run);
    } else {
      run = runsById.get(runId);
      if (run == null) {
        ledger.problem(ledger.crossUser, user + " got an event of a run it did not start: " + event);
        return null;
      }
    }
    if (!eventThread.equals(threadId) || !runId.startsWith("run_" + eventThread + "_")) {
      ledger.problem(
          ledger.crossUser, user + " (thread " + threadId + ") got an event of another thread: " + event);
    }
    if (run.next >= RUN_EVENTS.size() || !RUN_EVENTS.get(run.next).equals(type)) {
      ledger.problem(
          ledger.outOfOrder,
          user + ": run " + runId + " sent " + type + " where "
              + (run.next < RUN_EVENTS.size() ? RUN_EVENTS.get(run.next) : "nothing") + " was due");
    }
    run.next++;
    if (!type.equals("agent_completed")) {
      return null;
    }
    runsById.remove(runId);
    if (run.next == RUN_EVENTS.size()) {
      ledger.completed(nowNanos - run.startNanos);
    }
    return run.request;
  }

  /** One of the user's runs in flight. */
  private static final class Run {
    final String request;
    final long startNanos;
    int next;

    Run(String request, long startNanos) {
      this.request = request;
      this.startNanos = startNanos;
    }
  }
}
