package io.contractcheck.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's run command in a JVM of its own, its output in a log file. */
final class ServerJvm {

  static final Pattern PAGE_URL = Pattern.compile("Chat page: (http://localhost:(\\d+)/)");

  private ServerJvm() {}

  /** Starts {@code ChatServerMain} with {@code args}, with none of its variables but {@code env}. */
  static Process launch(Path log, Map<String, String> env, String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(java.toString(), "-cp", BuildPaths.appClassPath(), ChatServerMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    for (String variable :
        List.of("PORT", "CONTRACTCHECK_JWT_SECRET", "CONTRACTCHECK_DEV_TOKENS", "CONTRACTCHECK_AGENT_STEP_DELAY_MS",
            "CONTRACTCHECK_WARM_UP_HANDSHAKES")) {
      builder.environment().remove(variable);
    }
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Waits until a line of {@code log} matches {@code pattern}. */
  static Matcher awaitLine(Path log, Pattern pattern) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(log)) {
        Matcher matcher = pattern.matcher(line);
        if (matcher.find()) {
          return matcher;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line matching " + pattern + " in:\n" + Files.readString(log));
  }
}
