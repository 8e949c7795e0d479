package io.contractcheck.sample;

import static io.contractcheck.sample.AgentEvents.assertCompleteRun;
import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractcheck.sample.AgentEvents.RunIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserIsolationTest {

  private static final int RUNS_PER_USER = 10;

  private TestServer server;

  @BeforeEach
  void startServer() {
    server = TestServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void twoUsersAtOnceEachSeeOnlyTheirOwnEvents() {
    try (ChatClient alice = server.connect("alice");
        ChatClient bob = server.connect("bob")) {
      CompletableFuture<List<JsonNode>> aliceEvents =
          CompletableFuture.supplyAsync(() -> runMany(alice, "alice"));
      CompletableFuture<List<JsonNode>> bobEvents =
          CompletableFuture.supplyAsync(() -> runMany(bob, "bob"));

      Set<String> aliceThreads = threadsOf(aliceEvents.join(), "alice");
      Set<String> bobThreads = threadsOf(bobEvents.join(), "bob");

      assertEquals(RUNS_PER_USER, aliceThreads.size());
      assertEquals(RUNS_PER_USER, bobThreads.size());
      assertTrue(aliceThreads.stream().noneMatch(bobThreads::contains));
      alice.assertQuietFor(Duration.ofMillis(200));
      bob.assertQuietFor(Duration.ofMillis(200));
    }
  }

  @Test
  void eventsReachEveryConnectionOfTheUserAndNoOneElse() {
    try (ChatClient aliceLaptop = server.connect("alice");
        ChatClient alicePhone = server.connect("alice");
        ChatClient bob = server.connect("bob")) {
      aliceLaptop.send("start_agent", payload("user_request", "seen on both devices"));

      RunIds onLaptop = assertCompleteRun(aliceLaptop.next(5), "seen on both devices");
      RunIds onPhone = assertCompleteRun(alicePhone.next(5), "seen on both devices");

      assertEquals(onLaptop, onPhone);
      bob.assertQuietFor(Duration.ofMillis(300));
    }
  }

  @Test
  void anErrorGoesOnlyToTheConnectionThatSentTheBadMessage() {
    try (ChatClient aliceLaptop = server.connect("alice");
        ChatClient alicePhone = server.connect("alice")) {
      aliceLaptop.send("{ not json");

      assertTrue(aliceLaptop.nextErrorReason().startsWith("malformed JSON"));
      alicePhone.assertQuietFor(Duration.ofMillis(300));
    }
  }

  @Test
  void theUsersSessionIsReleasedWhenTheirLastConnectionCloses() throws Exception {
    ChatClient laptop = server.connect("alice");
    ChatClient phone = server.connect("alice");
    laptop.send("start_agent", payload("user_request", "remember this thread"));
    String threadId = assertCompleteRun(laptop.next(5), "remember this thread").threadId();
    assertEquals(1, server.chatServer().openSessionCount());

    laptop.close();
    phone.send("user_message", payload("thread_id", threadId, "content", "still here?"));
    assertEquals(threadId, assertCompleteRun(phone.next(10).subList(5, 10), "still here?").threadId());
    assertEquals(1, server.chatServer().openSessionCount());

    phone.close();
    awaitOpenSessions(0);
    try (ChatClient again = server.connect("alice")) {
      again.send("user_message", payload("thread_id", threadId, "content", "and now?"));
      assertTrue(again.nextErrorReason().contains("is not one of your threads"));
    }
  }

  private List<JsonNode> runMany(ChatClient client, String user) {
    List<JsonNode> events = new ArrayList<>();
    for (int i = 0; i < RUNS_PER_USER; i++) {
      client.send("start_agent", payload("user_request", user + " request " + i));
    }
    for (int i = 0; i < RUNS_PER_USER * AgentEvents.RUN_EVENT_TYPES.size(); i++) {
      events.add(client.next());
    }
    return events;
  }

  /** Asserts every event belongs to {@code user}'s runs; returns the threads they were in. */
  private static Set<String> threadsOf(List<JsonNode> events, String user) {
    Set<String> threads = new HashSet<>();
    for (JsonNode event : events) {
      threads.add(event.path("thread_id").asText());
      JsonNode request = event.path("payload").path("user_request");
      if (!request.isMissingNode()) {
        assertTrue(request.asText().startsWith(user + " request "), event::toString);
      }
    }
    assertEquals(RUNS_PER_USER * AgentEvents.RUN_EVENT_TYPES.size(), events.size());
    return threads;
  }

  private void awaitOpenSessions(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.chatServer().openSessionCount() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, server.chatServer().openSessionCount());
  }
}

