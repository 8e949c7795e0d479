package io.contractcheck.sample;

import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@value #DROPPED} users start runs and drop their TCP connections in the middle of them, with no
 * close frame, while other users chat on. The server must release everything the dropped users
 * held and the others' runs must complete.
 */
class DisconnectMidRunTest {

  private static final int DROPPED = 100;
  private static final int STAYING = 10;
  /** The app's default: a run lasts 1.6 s after its first event, so the drops land mid-run. */
  private static final Duration STEP_DELAY = Duration.ofMillis(400);
  private static final long HEAP_SLACK_BYTES = 4_000_000;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void abruptDisconnectsMidRunLeakNothingAndOthersFinish() throws Exception {
    try (TestServer server = TestServer.start(STEP_DELAY, true)) {
      ChatServer chat = server.chatServer();
      dropMidRun(server, "warm-up"); // loads the code paths and fills Jetty's buffer pools
      ServerLeaks.awaitNothingHeld(chat);
      long baseline = ServerLeaks.heapAfterGc();

      List<ChatClient> staying = connect(server, "stays", STAYING);
      for (int i = 0; i < STAYING; i++) {
        staying.get(i).send("start_agent", payload("user_request", "stays " + i));
      }
      dropMidRun(server, "drops");
      for (int i = 0; i < STAYING; i++) {
        AgentEvents.assertCompleteRun(staying.get(i).next(5), "stays " + i);
      }

      ServerLeaks.awaitCount("open sessions", chat::openSessionCount, STAYING, Duration.ofSeconds(10));
      ServerLeaks.awaitCount("active runs", chat::activeRunCount, 0, Duration.ofSeconds(10));
      // What is left scheduled: one token expiry per open connection, nothing of the dropped users.
      ServerLeaks.awaitCount("scheduled tasks", chat::scheduledTaskCount, STAYING, Duration.ofSeconds(10));
      staying.forEach(ChatClient::close);
      ServerLeaks.awaitNothingHeld(chat);
      ServerLeaks.assertHeapBackTo(baseline, HEAP_SLACK_BYTES);
    }
  }

  /** Connects {@value #DROPPED} users, starts a run for each and drops them after its first event. */
  private static void dropMidRun(TestServer server, String prefix) throws InterruptedException {
    ChatServer chat = server.chatServer();
    List<ChatClient> clients = connect(server, prefix, DROPPED);
    for (int i = 0; i < DROPPED; i++) {
      clients.get(i).send("start_agent", payload("user_request", prefix + " " + i));
    }
    for (ChatClient client : clients) {
      JsonNode first = client.next();
      assertEquals("agent_started", first.path("type").asText(), first::toString);
    }
    // Every run has sent one event and waits for its next step: abort all in the middle of a run.
    assertTrue(chat.activeRunCount() > 0, "no run in flight when the users dropped");
    clients.forEach(ChatClient::abort);
  }

  private static List<ChatClient> connect(TestServer server, String prefix, int count) {
    List<ChatClient> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      clients.add(server.connect(prefix + "-" + i));
    }
    return clients;
  }
}
