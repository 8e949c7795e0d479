package io.contractcheck.sample.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * One connected user: sends its runs over its own WebSocket and hands what arrives to its
 * {@link RunTracker}. No thread of its own: the JDK client calls the listener on its executor, one
 * call at a time per socket.
 */
final class VirtualUser implements WebSocket.Listener {

  private static final ObjectMapper JSON = new ObjectMapper();

  final String name;
  private final RunTracker tracker;
  private final RunLedger sendLedger;
  private final StringBuilder text = new StringBuilder();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile BiConsumer<VirtualUser, String> onRunCompleted = (user, request) -> {};
  private WebSocket socket;
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
  private long sequence;

  VirtualUser(String name, RunLedger ledger) {
    this.name = name;
    this.tracker = new RunTracker(name, ledger);
    this.sendLedger = ledger;
  }

  void connected(WebSocket socket) {
    this.socket = socket;
  }

  RunTracker tracker() {
    return tracker;
  }

  void onRunCompleted(BiConsumer<VirtualUser, String> callback) {
    onRunCompleted = callback;
  }

  /** Starts a run: in a new thread for the user's first, in that thread after. */
  void startRun(long scheduledNanos, RunLedger ledger) {
    String request;
    synchronized (this) {
      request = name + " run " + (sequence++) + " measures this message";
    }
    ObjectNode message = JSON.createObjectNode();
    ObjectNode payload = JSON.createObjectNode();
    String thread = tracker.threadId();
    if (thread == null) {
      message.put("type", "start_agent");
      payload.put("user_request", request);
    } else {
      message.put("type", "user_message");
      payload.put("thread_id", thread).put("content", request);
    }
    message.set("payload", payload);
    tracker.expect(request, scheduledNanos);
    ledger.started.incrementAndGet();
    send(message.toString(), ledger);
  }

  /** Sends after the previous send completed: the JDK client allows one outstanding send. */
  private synchronized void send(String message, RunLedger ledger) {
    sending =
        sending
            .thenCompose(ignored -> socket.sendText(message, true))
            .exceptionally(
                failure -> {
                  ledger.problem(ledger.sendFailures, name + " could not send: " + failure);
                  return null;
                });
  }

  /** Closes without a close handshake: the TCP connection is dropped. */
  void abort() {
    socket.abort();
  }

  CompletableFuture<Void> close() {
    if (socket == null || socket.isOutputClosed()) {
      return CompletableFuture.completedFuture(null);
    }
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    return closed;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    text.append(data);
    if (last) {
      long now = System.nanoTime();
      String completed = null;
      try {
        completed = tracker.accept(JSON.readTree(text.toString()), now);
      } catch (JsonProcessingException e) {
        sendLedger.problem(sendLedger.errors, name + " got invalid JSON: " + text);
      }
      text.setLength(0);
      if (completed != null) {
        onRunCompleted.accept(this, completed);
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(null);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(null);
  }
}
