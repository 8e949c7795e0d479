package io.contractcheck.sample;

import static io.contractcheck.sample.ChatClient.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerShutdownTest {

  private static final int GOING_AWAY = 1001;

  @Test
  void stoppingClosesConnectionsAsGoingAwayAndFreesThePort() throws IOException {
    TestServer server = TestServer.start(Duration.ofSeconds(1), true);
    int port = server.chatServer().port();
    ChatClient alice = server.connect("alice");
    alice.send("start_agent", payload("user_request", "interrupted by shutdown"));
    assertEquals("agent_started", alice.next().path("type").asText());

    server.close();

    assertEquals(GOING_AWAY, alice.awaitClosed());
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName(ChatServer.HOST))) {
      assertEquals(port, again.getLocalPort());
    }
  }
}
