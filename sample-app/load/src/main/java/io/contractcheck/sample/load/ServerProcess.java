package io.contractcheck.sample.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat server in a JVM of its own, started from its jar on a free port: with development tokens
 * on, or (for a flood) with a known secret and development tokens off. Its output is read for the
 * address and counted for warnings, errors and refused handshakes.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern PAGE = Pattern.compile("Chat page: http://localhost:(\\d+)/");
  private static final Pattern PROBLEM = Pattern.compile("\\b(WARN|ERROR)\\b");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  static final String REFUSAL_LINE = "Refused WebSocket handshake from ";

  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final AtomicInteger problems = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  /** The warnings a server started this way always logs: random key and dev tokens, or none. */
  private final int expectedWarnings;

  private ServerProcess(Process process, int expectedWarnings) {
    this.process = process;
    this.expectedWarnings = expectedWarnings;
    Thread reader = new Thread(this::readOutput, "server-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts the server. With a {@code jwtSecret} it signs tokens with that secret and has no
   * development tokens; without, it has a random key and development tokens on.
   */
  static ServerProcess start(
      Path jar,
      List<String> javaOptions,
      Duration stepDelay,
      int warmUpHandshakes,
      Optional<String> jwtSecret)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          "no server jar at " + jar.toAbsolutePath()
              + "; build it with `mvn -q -B -DskipTests package` or give --server-jar");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(javaOptions);
    command.addAll(
        List.of(
            "-jar", jar.toString(), "--port", "0",
            "--agent-step-delay", String.valueOf(stepDelay.toMillis()),
            "--warm-up", String.valueOf(warmUpHandshakes)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("PORT");
    builder.environment().remove("CONTRACTCHECK_JWT_SECRET");
    if (jwtSecret.isPresent()) {
      command.add("--no-dev-tokens");
      builder.environment().put("CONTRACTCHECK_JWT_SECRET", jwtSecret.get());
      builder.environment().put("CONTRACTCHECK_DEV_TOKENS", "false");
      return new ServerProcess(builder.start(), 0);
    }
    builder.environment().put("CONTRACTCHECK_DEV_TOKENS", "true");
    return new ServerProcess(builder.start(), 2);
  }

  /** The server's address, once it listens. */
  URI awaitAddress() throws Exception {
    int listening = port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return URI.create("http://127.0.0.1:" + listening);
  }

  long pid() {
    return process.pid();
  }

  /**
   * Warnings and errors the server logged, besides the two it always logs in development mode
   * (random key, dev tokens on).
   */
  int unexpectedProblems() {
    return Math.max(0, problems.get() - expectedWarnings);
  }

  /** How many "Refused WebSocket handshake" lines the server logged. */
  int refusalLines() {
    return refusals.get();
  }

  private void readOutput() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        Matcher page = PAGE.matcher(line);
        if (page.find()) {
          port.complete(Integer.parseInt(page.group(1)));
        }
        if (line.contains(REFUSAL_LINE)) {
          refusals.incrementAndGet();
        } else if (PROBLEM.matcher(line).find()) {
          problems.incrementAndGet();
          if (problems.get() > expectedWarnings) {
            System.err.println("server: " + line);
          }
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(new UncheckedIOException(e));
    }
    port.completeExceptionally(new IOException("the server exited before it listened"));
  }

  /** Stops the server as Ctrl-C does, and waits for it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
