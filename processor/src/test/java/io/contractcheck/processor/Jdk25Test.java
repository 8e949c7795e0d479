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

    Path src = IncidentSources.write(work);
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

  /**
   * Under {@code --release 17}, javac 25 reads the JDK's API from ct.sym, which has no parameter
   * names: audit mode takes them from the table shipped in the processor.
   */
  @Test
  void auditModeKnowsJdkParameterNamesUnderALowerRelease() throws Exception {
    Path javac = Path.of(System.getProperty("contractcheck.jdk25", DEFAULT_JDK), "bin", "javac");
    assumeTrue(Files.isExecutable(javac), "no JDK 25 at " + javac);
    Path src = Files.createDirectories(work.resolve("src/demo"));
    Files.writeString(src.resolve("Text.java"), JDK_CALLS);
    for (boolean lowerRelease : new boolean[] {true, false}) {
      List<String> command = new ArrayList<>(List.of(javac.toString()));
      if (lowerRelease) {
        command.addAll(List.of("--release", "17"));
      }
      command.addAll(List.of("-d", work.resolve("out" + lowerRelease).toString(),
          "-processorpath", processorPath(), "-Acontractcheck.scope=all",
          src.resolve("Text.java").toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(output).contains("Text.java:7: error: [SwappedArguments] argument 1 'endIndex' of"
          + " substring(...) is passed to parameter 'beginIndex' but is named like parameter 2"
          + " 'endIndex' in String.substring(int beginIndex, int endIndex)");
      assertThat(output).contains("Text.java:11: error: [SwappedArguments] argument 1 'country' of"
          + " new Locale(...) is passed to parameter 'language' but is named like parameter 2"
          + " 'country' in Locale(String language, String country, String variant)");
      assertThat(output).contains("Text.java:15: error: [SwappedArguments] argument 1"
          + " 'replacement' of replace(...) is passed to parameter 'target' but is named like"
          + " parameter 2 'replacement' in String.replace(CharSequence target, CharSequence"
          + " replacement)");
      assertThat(output).contains("3 errors");
    }
  }

  static final String JDK_CALLS = """
      package demo;

      import java.util.Locale;

      final class Text {
        String cut(String s, int beginIndex, int endIndex) {
          return s.substring(endIndex, beginIndex);
        }

        Locale locale(String language, String country, String variant) {
          return new Locale(country, language, variant);
        }

        String change(String s, CharSequence target, CharSequence replacement) {
          return s.replace(replacement, target);
        }

        String fine(String s, int beginIndex, int endIndex) {
          return s.substring(beginIndex, endIndex);
        }
      }
      """;

  /** The processor has no runtime dependencies: its own classes are the whole path. */
  private static String processorPath() throws Exception {
    return new File(ContractProcessor.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toString();
  }
}
