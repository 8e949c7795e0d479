package io.contractcheck.sample;

import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection lives no longer than its token: when the token expires, the server closes the
 * connection with 1008 (policy violation), and the same token can no longer open one.
 */
class TokenExpiryTest {

  @RegisterExtension static final TestServer server = TestServer.perClass();

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theServerClosesAConnectionWhenItsTokenExpires() throws Exception {
    String token = server.tokens.issue("alice", Duration.ofSeconds(2));
    Instant expiry = server.tokens.verify(token).expiresAt();
    ChatClient client = ChatClient.connect(server.http, server.socketUri(token));
    client.awaitReady();
    client.send("start_agent", payload("user_request", "before expiry"));
    AgentEvents.assertCompleteRun(client.next(5), "before expiry");

    assertEquals(1008, client.awaitClosed(), "close status when the token expires");
    assertTrue(!Instant.now().isBefore(expiry), "closed at " + Instant.now() + ", token valid until " + expiry);
    ServerLeaks.awaitNothingHeld(server.chatServer());

    CompletionException refused =
        assertThrows(
            CompletionException.class,
            () -> ChatClient.open(server.http.newWebSocketBuilder(), server.socketUri(token)).join());
    assertEquals(
        401,
        assertInstanceOf(WebSocketHandshakeException.class, refused.getCause()).getResponse().statusCode());
  }

  @Test
  void aConnectionWithALongerTokenStaysOpen() throws Exception {
    try (ChatClient client = server.connect("bob")) {
      client.assertQuietFor(Duration.ofMillis(500));
      client.send("start_agent", payload("user_request", "still open"));
      AgentEvents.assertCompleteRun(client.next(5), "still open");
    }
  }
}
