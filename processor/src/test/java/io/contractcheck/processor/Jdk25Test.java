package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor, built for Java 17, runs inside a newer javac launched the way users launch it:
 * the {@code javac} command with {@code -processorpath}. The JDK is found through
 * {@code -Dcontractcheck.jdk25} (set by the build) or the standard install location.
 */
class Jdk25Test {
  private static final String DEFAULT_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";

  @TempDir Path work;

  @Test
  void theIncidentFailsTheBuildOnJdk25WithTheSameMessage() throws Exception {
    Path javac = Path.of(System.getProperty("contractcheck.jdk25", DEFAULT_JDK), "bin", "javac");
    assumeTrue(Files.isExecutable(javac), "no JDK 25 at " + javac);

    Path src = Files.createDirectories(work.resolve("src/chat"));
    Files.writeString(src.resolve("Factory.java"), """
        package chat;

        public final class Factory {
          @io.contractcheck.Contract
          public static String createWebSocketManager(String userContext) {
            return userContext;
          }
        }
        """);
    Files.writeString(src.resolve("Handler.java"), """
        package chat;

        final class Handler {
          String start(String context) {
            return Factory.createWebSocketManager(/* context= */ context);
          }
        }
        """);
    List<String> command = new ArrayList<>(List.of(
        javac.toString(), "--release", "17", "-d", work.resolve("out").toString(),
        "-cp", Producers.annotations().toString(),
        "-processorpath", processorPath(),
        src.resolve("Factory.java").toString(), src.resolve("Handler.java").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output).contains("Handler.java:5: error: [LabelMismatch] label /* context= */ on"
        + " argument 1 'context' of createWebSocketManager(...) does not match its parameter"
        + " 'userContext' in Factory.createWebSocketManager(String userContext); did you mean"
        + " /* userContext= */?");
    assertThat(output).contains("1 error");
    assertThat(output).doesNotContain("warning");
  }

  /** The processor has no runtime dependencies: its own classes are the whole path. */
  private static String processorPath() throws Exception {
    return new File(ContractProcessor.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toString();
  }
}
