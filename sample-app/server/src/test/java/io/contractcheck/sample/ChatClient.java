package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that collects the server's JSON events. */
final class ChatClient implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final BlockingQueue<JsonNode> events;
  private final CompletableFuture<Integer> closeCode;

  private ChatClient(
      WebSocket socket, BlockingQueue<JsonNode> events, CompletableFuture<Integer> closeCode) {
    this.socket = socket;
    this.events = events;
    this.closeCode = closeCode;
  }

  /** Opens a connection; the returned future fails if the handshake is refused. */
  static CompletableFuture<ChatClient> open(WebSocket.Builder builder, URI uri) {
    BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    return builder
        .buildAsync(uri, new Collector(events, closeCode))
        .thenApply(socket -> new ChatClient(socket, events, closeCode));
  }

  static ChatClient connect(HttpClient http, URI uri) {
    return open(http.newWebSocketBuilder(), uri).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Waits for {@code connection_ready} and returns its payload. */
  JsonNode awaitReady() {
    JsonNode ready = next();
    assertEquals("connection_ready", ready.path("type").asText(), ready::toString);
    return ready.path("payload");
  }

  JsonNode next() {
    return poll(TIMEOUT).orElseGet(() -> fail("no event within " + TIMEOUT));
  }

  List<JsonNode> next(int count) {
    List<JsonNode> received = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      received.add(next());
    }
    return received;
  }

  Optional<JsonNode> poll(Duration wait) {
    try {
      return Optional.ofNullable(events.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that nothing arrives within {@code wait}. */
  void assertQuietFor(Duration wait) {
    poll(wait).ifPresent(event -> fail("unexpected event: " + event));
  }

  /** Waits for an {@code error} event and returns its reason. */
  String nextErrorReason() {
    JsonNode event = next();
    assertEquals("error", event.path("type").asText(), event::toString);
    return event.path("payload").path("reason").asText();
  }

  void send(String text) {
    socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  void send(String type, ObjectNode payload) {
    ObjectNode message = JSON.createObjectNode().put("type", type);
    message.set("payload", payload);
    send(write(message));
  }

  void sendBinary(byte[] data) {
    socket.sendBinary(ByteBuffer.wrap(data), true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  static ObjectNode payload(String... namesAndValues) {
    ObjectNode payload = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      payload.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return payload;
  }

  /** Waits until the server closes the connection and returns the close status code. */
  int awaitClosed() {
    return closeCode.orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Drops the TCP connection without a close frame, as a client that crashes or loses its network. */
  void abort() {
    socket.abort();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(10, TimeUnit.SECONDS).join();
    }
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reassembles text messages and queues them as parsed JSON. */
  private static final class Collector implements WebSocket.Listener {

    private final BlockingQueue<JsonNode> events;
    private final CompletableFuture<Integer> closeCode;
    private final StringBuilder text = new StringBuilder();

    Collector(BlockingQueue<JsonNode> events, CompletableFuture<Integer> closeCode) {
      this.events = events;
      this.closeCode = closeCode;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          events.add(JSON.readTree(text.toString()));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException("server sent invalid JSON: " + text, e);
        }
        text.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}
