package io.contractcheck.sample;

import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that keeps sending but stops reading. The server queues at most a bounded number of
 * frames for it, then closes its connection with 1013 (try again later); other users chat on and
 * the server's heap stays bounded.
 */
class SlowReaderTest {

  private static final String LARGE_REQUEST = "word ".repeat(790);
  /** 24 M characters of events for the stalled client: far beyond any socket buffer. */
  private static final int REQUESTS = 3_000;
  private static final long HEAP_SLACK_BYTES = 16_000_000;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aClientThatStopsReadingIsClosedAndOthersAreUnaffected() throws Exception {
    try (TestServer server = TestServer.start()) {
      ChatServer chat = server.chatServer();
      try (ChatClient warmUp = server.connect("warm-up")) {
        warmUp.send("start_agent", payload("user_request", LARGE_REQUEST));
        warmUp.next(5);
      }
      ServerLeaks.awaitNothingHeld(chat);
      long baseline = ServerLeaks.heapAfterGc();

      NotReading listener = new NotReading();
      WebSocket stalled =
          server.http.newWebSocketBuilder()
              .buildAsync(server.socketUri(server.token("stalled")), listener)
              .get(10, TimeUnit.SECONDS);
      stalled.sendText(
          "{\"type\":\"start_agent\",\"payload\":{\"user_request\":\"first\"}}", true);
      String threadId = listener.threadId.get(10, TimeUnit.SECONDS); // it reads no more after this run
      String message =
          "{\"type\":\"user_message\",\"payload\":{\"thread_id\":\"" + threadId
              + "\",\"content\":\"" + LARGE_REQUEST + "\"}}";
      long generatedChars = 0;
      try (ChatClient other = server.connect("other")) {
        for (int sent = 1; sent <= REQUESTS && chat.slowClientsClosed() == 0; sent++) {
          try {
            stalled.sendText(message, true).get(10, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            assertEquals(1, chat.slowClientsClosed(), "the server stopped reading, yet did not close");
            break; // the server has closed the connection and reads no more messages from it
          }
          generatedChars += 2L * LARGE_REQUEST.length(); // agent_started and tool_executing echo it
          if (sent % 250 == 0) {
            other.send("start_agent", payload("user_request", "still there? " + sent));
            AgentEvents.assertCompleteRun(other.next(5), "still there? " + sent);
          }
        }
        assertEquals(1, chat.slowClientsClosed(), "connections closed for not reading");
        long stalledHeap = ServerLeaks.heapAfterGc();
        System.out.printf(
            "stalled client: %.1f M characters of events for it; heap after GC %.1f MB (baseline %.1f MB)%n",
            generatedChars / 1e6, stalledHeap / 1e6, baseline / 1e6);
        assertTrue(stalledHeap <= baseline + HEAP_SLACK_BYTES, "server memory bounded");

        // The close frame (1013) waits behind what was queued: a client that reads again may get it,
        // or find the connection dropped; either way the connection ends and nothing more is queued.
        listener.readAgain(stalled);
        Integer closeCode = listener.closeCode.handle((code, failure) -> code).get(40, TimeUnit.SECONDS);
        assertTrue(closeCode == null || closeCode == 1013, "close status " + closeCode);
        System.out.printf(
            "stalled client: read %.1f M characters after it read again, close status %s%n",
            listener.received.get() / 1e6, closeCode == null ? "none (connection dropped)" : closeCode);
        assertTrue(
            listener.received.get() < generatedChars * 4 / 5,
            "the client received " + listener.received.get() + " of " + generatedChars
                + " characters: the server must have stopped queueing");
        ServerLeaks.awaitCount("open sessions", chat::openSessionCount, 1, Duration.ofSeconds(20));

        other.send("start_agent", payload("user_request", "after the close"));
        AgentEvents.assertCompleteRun(other.next(5), "after the close");
      }
      ServerLeaks.awaitNothingHeld(chat);
      ServerLeaks.assertHeapBackTo(baseline, 4_000_000);
    }
  }

  /** Reads until its first run has completed, then nothing until told to. */
  private static final class NotReading implements WebSocket.Listener {
    private static final Pattern THREAD_ID = Pattern.compile("\"thread_id\":\"(thread_[0-9a-f]{16})\"");

    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    final CompletableFuture<String> threadId = new CompletableFuture<>();
    final AtomicLong received = new AtomicLong();
    volatile boolean reading = true;

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      String text = data.toString();
      if (threadId.isDone()) {
        received.addAndGet(text.length());
      } else if (text.contains("\"agent_completed\"")) {
        Matcher matcher = THREAD_ID.matcher(text);
        reading = false;
        threadId.complete(matcher.find() ? matcher.group(1) : "none");
      }
      if (reading) {
        webSocket.request(1);
      }
      return null;
    }

    void readAgain(WebSocket webSocket) {
      reading = true;
      webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}
