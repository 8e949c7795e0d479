package io.contractcheck.sample;

import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@value #CONNECTIONS} users connected at once, each sending {@value #MESSAGES_PER_CONNECTION}
 * messages one after another over loopback. Every run must arrive complete on its own user's
 * connection and nowhere else.
 */
class ChatLoadTest {

  private static final int CONNECTIONS = 200;
  private static final int MESSAGES_PER_CONNECTION = 20;
  private static final int EVENTS_PER_RUN = AgentEvents.RUN_EVENT_TYPES.size();

  private final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
  private final AtomicInteger eventsReceived = new AtomicInteger();
  private final AtomicInteger crossUserEvents = new AtomicInteger();
  private final AtomicInteger runsCompleted = new AtomicInteger();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyUsersAtOnceLoseNothingAndSeeOnlyTheirOwnEvents() throws Exception {
    ExecutorService users = Executors.newFixedThreadPool(CONNECTIONS);
    try (TestServer server = TestServer.start()) {
      CountDownLatch allConnected = new CountDownLatch(CONNECTIONS);
      List<Future<?>> sessions = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        String user = String.format("load-user-%03d", i);
        sessions.add(users.submit(() -> {
          try (ChatClient client = server.connect(user)) {
            allConnected.countDown();
            if (allConnected.await(60, TimeUnit.SECONDS)) {
              chat(client, user);
            }
          }
          return null;
        }));
      }
      assertTrue(allConnected.await(60, TimeUnit.SECONDS), "not all users could connect");
      long start = System.nanoTime();
      for (Future<?> session : sessions) {
        session.get(90, TimeUnit.SECONDS);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      int runs = CONNECTIONS * MESSAGES_PER_CONNECTION;
      report(runs, elapsed);
      assertEquals(runs, runsCompleted.get(), "runs completed");
      assertEquals(runs * EVENTS_PER_RUN, eventsReceived.get(), "events received (none lost)");
      assertEquals(0, crossUserEvents.get(), "events of another user");
    } finally {
      users.shutdownNow();
    }
  }

  /** Sends the messages one at a time, each after the previous run completed, checking each run. */
  private void chat(ChatClient client, String user) {
    String threadId = null;
    for (int m = 0; m < MESSAGES_PER_CONNECTION; m++) {
      String request = user + " message " + m;
      long sent = System.nanoTime();
      if (threadId == null) {
        client.send("start_agent", payload("user_request", request));
      } else {
        client.send("user_message", payload("thread_id", threadId, "content", request));
      }
      List<JsonNode> events = client.next(EVENTS_PER_RUN);
      latenciesNanos.add(System.nanoTime() - sent);
      eventsReceived.addAndGet(events.size());
      if (threadId == null) {
        threadId = events.get(0).path("thread_id").asText();
      }
      if (!isOwnRun(events, request, threadId)) {
        crossUserEvents.incrementAndGet();
      }
      AgentEvents.assertCompleteRun(events, request);
      runsCompleted.incrementAndGet();
    }
    client.poll(Duration.ofMillis(100)).ifPresent(stray -> crossUserEvents.incrementAndGet());
  }

  private static boolean isOwnRun(List<JsonNode> events, String request, String threadId) {
    return events.stream().allMatch(e -> e.path("thread_id").asText().equals(threadId))
        && events.get(0).path("payload").path("user_request").asText().equals(request);
  }

  private void report(int runs, Duration elapsed) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    Collections.sort(sorted);
    assertTrue(!sorted.isEmpty(), "no latencies recorded");
    double seconds = elapsed.toNanos() / 1e9;
    System.out.printf(
        "Load: %d connections x %d messages = %d runs, %d events in %.2f s;"
            + " throughput %.0f runs/s (%.0f events/s); round trip to agent_completed"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        CONNECTIONS, MESSAGES_PER_CONNECTION, runs, eventsReceived.get(), seconds,
        runs / seconds, eventsReceived.get() / seconds,
        percentileMillis(sorted, 50), percentileMillis(sorted, 99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentileMillis(List<Long> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
