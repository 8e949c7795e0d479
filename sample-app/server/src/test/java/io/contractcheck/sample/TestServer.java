package io.contractcheck.sample;

import io.contractcheck.sample.auth.TokenService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real chat server on an ephemeral port, with a known key so tests can mint tokens. Either
 * started directly ({@link #start()}, closed by the test) or registered as a JUnit extension that
 * runs one server for all tests of a class ({@link #perClass()}).
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  static final SecretKey KEY =
      TokenService.keyFromSecret("sample-app-test-secret-of-at-least-32-bytes");

  private ChatServer server;
  final TokenService tokens = new TokenService(KEY, Clock.systemUTC());
  final HttpClient http = HttpClient.newHttpClient();

  private TestServer(ChatServer server) {
    this.server = server;
  }

  /** A server, started before the first test of the class and stopped after the last. */
  static TestServer perClass() {
    return new TestServer(null);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start().server;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** A server whose agent sends its events without pausing. */
  static TestServer start() {
    return start(Duration.ZERO, true);
  }

  static TestServer start(Duration agentStepDelay, boolean devTokens) {
    try {
      return new TestServer(
          ChatServer.start(
              new ServerConfig(0, KEY, false, devTokens, Duration.ofMinutes(5), agentStepDelay)));
    } catch (Exception e) {
      throw new IllegalStateException("server did not start", e);
    }
  }

  String token(String user) {
    return tokens.issue(user, Duration.ofMinutes(5));
  }

  URI socketUri(String token) {
    return URI.create(
        "ws://127.0.0.1:"
            + server.port()
            + ChatServer.SOCKET_PATH
            + "?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  URI socketUriWithoutToken() {
    return URI.create("ws://127.0.0.1:" + server.port() + ChatServer.SOCKET_PATH);
  }

  URI httpUri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** Connects as {@code user} and waits until the server says the connection is ready. */
  ChatClient connect(String user) {
    ChatClient client = ChatClient.connect(http, socketUri(token(user)));
    client.awaitReady();
    return client;
  }

  /** The running server. */
  ChatServer chatServer() {
    return server;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }
}
