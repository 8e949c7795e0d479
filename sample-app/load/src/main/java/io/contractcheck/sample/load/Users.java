package io.contractcheck.sample.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Signs users in (development tokens) and connects them, all handshakes at once. */
final class Users {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int PARALLEL_TOKEN_REQUESTS = 32;

  private Users() {}

  /** Connected users and how long their handshakes took (microseconds). */
  record Connected(List<VirtualUser> users, Histogram handshakes) {}

  /** Connects {@code count} users, spread round robin over {@code clients}. */
  static Connected connect(List<HttpClient> clients, URI server, int count, RunLedger ledger)
      throws Exception {
    List<String> tokens = tokens(clients.get(0), server, count);
    List<VirtualUser> users = new ArrayList<>();
    Histogram handshakes = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    List<CompletableFuture<?>> opened = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      VirtualUser user = new VirtualUser(name(i), ledger);
      users.add(user);
      URI socket =
          URI.create(
              "ws://" + server.getHost() + ":" + server.getPort() + "/ws?token="
                  + URLEncoder.encode(tokens.get(i), StandardCharsets.UTF_8));
      long start = System.nanoTime();
      opened.add(
          clients.get(i % clients.size()).newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(socket, user)
              .thenAccept(
                  webSocket -> {
                    handshakes.recordValue((System.nanoTime() - start) / 1_000);
                    user.connected(webSocket);
                  }));
    }
    CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new))
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return new Connected(users, handshakes);
  }

  static String name(int index) {
    return String.format("load-%05d", index);
  }

  private static List<String> tokens(HttpClient http, URI server, int count) throws Exception {
    Semaphore parallel = new Semaphore(PARALLEL_TOKEN_REQUESTS);
    List<CompletableFuture<String>> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parallel.acquire();
      HttpRequest request =
          HttpRequest.newBuilder(server.resolve("/dev/token?user=" + name(i))).timeout(TIMEOUT).build();
      tokens.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete((response, failure) -> parallel.release())
              .thenApply(Users::token));
    }
    List<String> result = new ArrayList<>();
    for (CompletableFuture<String> token : tokens) {
      result.add(token.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }
    return result;
  }

  private static String token(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + response.uri() + " answered " + response.statusCode()
              + ": the server must have development tokens on (" + response.body() + ")");
    }
    try {
      return JSON.readTree(response.body()).path("token").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable token response: " + response.body(), e);
    }
  }
}
