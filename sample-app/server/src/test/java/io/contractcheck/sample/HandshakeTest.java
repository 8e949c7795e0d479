package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractcheck.sample.auth.TokenService;
import io.jsonwebtoken.Jwts;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HandshakeTest {

  @RegisterExtension static final TestServer server = TestServer.perClass();

  @Test
  void refusesAHandshakeWithoutAToken() {
    assertRefused(server.socketUriWithoutToken(), "missing token");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    String forged =
        new TokenService(TokenService.randomKey(), Clock.systemUTC())
            .issue("alice", Duration.ofMinutes(5));

    assertRefused(server.socketUri(forged), "invalid token");
  }

  @Test
  void aRefusalIsAShortPlainTextAnswerNotAnHtmlPage() throws Exception {
    String forged =
        new TokenService(TokenService.randomKey(), Clock.systemUTC()).issue("alice", Duration.ofMinutes(5));
    URI uri = server.socketUri(forged);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
              + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
              + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertTrue(response.startsWith("HTTP/1.1 401 "), response);
      assertTrue(response.contains("\r\nContent-Type: text/plain;charset=utf-8\r\n"), response);
      assertTrue(
          response.contains("\r\nWWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"invalid token\"\r\n"),
          response);
      assertTrue(response.endsWith("\r\n\r\ninvalid token\n"), response);
    }
  }

  @Test
  void refusesATokenWhoseUserWasChangedAfterSigning() {
    String[] parts = server.token("alice").split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
    String asMallory =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.replace("\"alice\"", "\"mallory\"").getBytes());

    assertRefused(server.socketUri(parts[0] + "." + asMallory + "." + parts[2]), "invalid token");
  }

  @Test
  void refusesAnExpiredToken() {
    Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
    String expired = new TokenService(TestServer.KEY, twoHoursAgo).issue("alice", Duration.ofHours(1));

    assertRefused(server.socketUri(expired), "token expired");
  }

  @Test
  void refusesATokenWithoutExpiry() {
    String noExpiry =
        Jwts.builder()
            .issuer("contractcheck-sample-app")
            .subject("alice")
            .signWith(TestServer.KEY, Jwts.SIG.HS256)
            .compact();

    assertRefused(server.socketUri(noExpiry), "token has no expiry");
  }

  @Test
  void refusesGarbage() {
    assertRefused(server.socketUri("not-a-jwt"), "invalid token");
  }

  @Test
  void theUserComesFromTheTokenInTheQuery() {
    try (ChatClient client = ChatClient.connect(server.http, server.socketUri(server.token("alice")))) {
      JsonNode ready = client.awaitReady();
      assertEquals("alice", ready.path("user_id").asText());
      assertTrue(ready.path("connection_id").asText().startsWith("conn_"));
    }
  }

  @Test
  void theTokenMayComeInAnAuthorizationHeader() {
    ChatClient client =
        ChatClient.open(
                server
                    .http
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + server.token("bob")),
                server.socketUriWithoutToken())
            .orTimeout(10, TimeUnit.SECONDS)
            .join();
    try (client) {
      assertEquals("bob", client.awaitReady().path("user_id").asText());
    }
  }

  @Test
  void devTokenEndpointMintsATokenThatSignsIn() throws Exception {
    HttpResponse<String> response = get(server, "/dev/token?user=carol");
    assertEquals(200, response.statusCode());
    JsonNode body = ChatClient.JSON.readTree(response.body());
    assertEquals("carol", body.path("user").asText());

    try (ChatClient client =
        ChatClient.connect(server.http, server.socketUri(body.path("token").asText()))) {
      assertEquals("carol", client.awaitReady().path("user_id").asText());
    }
  }

  @Test
  void devTokenEndpointRejectsAnInvalidUserName() throws Exception {
    HttpResponse<String> response = get(server, "/dev/token?user=%3Cscript%3E");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("user must be"), response.body());
  }

  @Test
  void devTokenEndpointIsAbsentWhenDevTokensAreOff() throws Exception {
    try (TestServer production = TestServer.start(Duration.ZERO, false)) {
      assertEquals(404, get(production, "/dev/token?user=alice").statusCode());
      assertEquals(200, get(production, "/").statusCode());
    }
  }

  @Test
  void servesTheChatPageAndItsScript() throws Exception {
    HttpResponse<String> page = get(server, "/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("<script src=\"/app.js\">"), page.body());

    HttpResponse<String> script = get(server, "/app.js");
    assertEquals(200, script.statusCode());
    assertTrue(script.body().contains("new WebSocket("), script.body());

    assertEquals(404, get(server, "/nothing-here").statusCode());
  }

  private static void assertRefused(URI uri, String reason) {
    CompletionException failure =
        assertThrows(
            CompletionException.class,
            () -> ChatClient.open(server.http.newWebSocketBuilder(), uri).join());
    WebSocketHandshakeException refused =
        assertInstanceOf(WebSocketHandshakeException.class, failure.getCause());
    HttpResponse<?> response = refused.getResponse();
    assertEquals(401, response.statusCode());
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.contains(reason), challenge);
  }

  private static HttpResponse<String> get(TestServer target, String pathAndQuery)
      throws Exception {
    return target
        .http
        .send(
            HttpRequest.newBuilder(target.httpUri(pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
