package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command as a user runs it: a separate JVM, stopped by a signal as Ctrl-C does. */
class ChatServerMainTest {

  private static final Pattern PAGE_URL = ServerJvm.PAGE_URL;

  @TempDir Path tempDir;

  @Test
  void startsServesThePageAndStopsCleanlyOnSignal() throws Exception {
    Path log = tempDir.resolve("server.log");
    Process server = launch(log, "--port", "0");
    try {
      URI page = URI.create(awaitLine(log, PAGE_URL).group(1));

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());

      server.toHandle().destroy(); // SIGTERM runs the shutdown hooks, as Ctrl-C (SIGINT) does
      assertTrue(server.waitFor(15, TimeUnit.SECONDS), "server did not stop");
      awaitLine(log, Pattern.compile("Stopped\\."));
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void warnsAboutDevelopmentSettingsAtStartUp() throws Exception {
    Path log = tempDir.resolve("server.log");
    Process server = launch(log, "--port", "0");
    try {
      awaitLine(log, Pattern.compile("CONTRACTCHECK_JWT_SECRET is not set"));
      awaitLine(log, Pattern.compile("Development tokens are ON.*--no-dev-tokens"));
    } finally {
      server.destroyForcibly();
      server.waitFor(15, TimeUnit.SECONDS);
    }
  }

  @Test
  void rejectsAnInvalidPortWithUsage() throws Exception {
    Path log = tempDir.resolve("server.log");
    Process server = launch(log, "--port", "eighty");

    assertTrue(server.waitFor(15, TimeUnit.SECONDS));
    assertEquals(2, server.exitValue());
    String output = Files.readString(log);
    assertTrue(output.contains("error: port must be a number, got 'eighty'"), output);
    assertTrue(output.contains("Usage:"), output);
  }

  @Test
  void reportsAPortInUse() throws Exception {
    Path log = tempDir.resolve("server.log");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Process server = launch(log, "--port", String.valueOf(taken.getLocalPort()));

      assertTrue(server.waitFor(15, TimeUnit.SECONDS));
      assertEquals(1, server.exitValue());
      String output = Files.readString(log);
      assertTrue(
          output.contains("error: cannot listen on port " + taken.getLocalPort() + ": "), output);
    }
  }

  private static Process launch(Path log, String... args) throws IOException {
    return ServerJvm.launch(log, Map.of(), args);
  }

  private static Matcher awaitLine(Path log, Pattern pattern) throws IOException, InterruptedException {
    return ServerJvm.awaitLine(log, pattern);
  }
}
