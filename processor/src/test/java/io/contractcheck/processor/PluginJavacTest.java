package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin delivery as users run it: the {@code javac} command of JDK 17 and of JDK 25 with the
 * plugin jar's contents on {@code -processorpath} and no {@code -Xplugin} option. javac starts the
 * plugin by itself; no annotation processor is registered, so none runs.
 */
class PluginJavacTest {
  private static final String JDK17 =
      System.getProperty("contractcheck.jdk17", "/usr/lib/jvm/java-17-openjdk-amd64");
  private static final String JDK25 =
      System.getProperty("contractcheck.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"17", "25"})
  void javacStartsThePluginFromTheProcessorPath(String feature) throws Exception {
    Path javac = javac(feature);
    Path src = Files.createDirectories(work.resolve("src/chat"));
    Files.writeString(src.resolve("Factory.java"), """
        package chat;

        import io.contractcheck.Contract;

        public final class Factory {
          @Contract
          public static String createWebSocketManager(String userContext) {
            return userContext;
          }

          @Contract
          private static void internal(String userContext) {}
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

    Run run = javac(javac, List.of(Producers.annotations().toString()),
        src.resolve("Factory.java"), src.resolve("Handler.java"));

    assertThat(run.exitCode).isEqualTo(1);
    // An annotation processor would stop after the declaration error; the plugin goes on.
    assertThat(run.output).contains("Factory.java:11: error: [InvalidContract] @Contract on"
        + " private method internal");
    assertThat(run.output).contains("Handler.java:5: error: [LabelMismatch] label /* context= */"
        + " on argument 1 'context' of createWebSocketManager(...) does not match its parameter"
        + " 'userContext' in Factory.createWebSocketManager(String userContext); did you mean"
        + " /* userContext= */?");
    assertThat(run.output).contains("2 errors");
    assertThat(run.output).doesNotContain("warning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "25"})
  void againstAJarWithoutNamesItReadsTheManifestWhereJavacSaysWhereClassFilesAre(String feature)
      throws Exception {
    Path javac = javac(feature);
    Path producer = Producers.compileToDirectory(Files.createDirectories(work.resolve("producer")),
        List.of("--release", "17", "-g:none"), CrossModuleTest.SESSIONS, CrossModuleTest.FACTORY);
    Path jar = Producers.jar(producer, work.resolve("producer.jar"));
    Path consumer = Files.createDirectories(work.resolve("src/app")).resolve("Consumer.java");
    Files.writeString(consumer, CrossModuleTest.CONSUMER.getCharContent(true));

    Run run = javac(javac, List.of(jar.toString(), Producers.annotations().toString()), consumer);

    if (featureOf(javac) >= 18) { // javac says where class files are: the manifest is read
      assertThat(run.exitCode).isEqualTo(1);
      assertThat(run.output).contains("Consumer.java:9: error: [LabelMismatch] label /* user= */");
      assertThat(run.output).contains("Consumer.java:13: error: [SwappedArguments]");
      assertThat(run.output).contains("Consumer.java:18: error: [UnnamedArgument]");
      assertThat(run.output).contains("Consumer.java:23: error: [LabelMismatch] label"
          + " /* context= */");
      assertThat(run.output).contains("4 errors");
    } else {
      assertThat(run.exitCode).isEqualTo(0);
      assertThat(run.output).contains("Consumer.java:9: warning: [ParameterNamesUnavailable] the"
          + " class file of contract 'lib.Sessions#open'");
      assertThat(run.output.split("warning: \\[ParameterNamesUnavailable\\]", -1)).hasLength(4);
      assertThat(run.output).doesNotContain("error");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "25"})
  void aProducerBuiltWithParametersNeedsNoManifest(String feature) throws Exception {
    Path javac = javac(feature);
    Path producer = Producers.compileToDirectory(Files.createDirectories(work.resolve("producer")),
        List.of("--release", "17", "-parameters"), CrossModuleTest.SESSIONS,
        CrossModuleTest.FACTORY);
    try (Stream<Path> files = Files.walk(producer)) {
      for (Path manifest : files.filter(f -> f.toString().endsWith(".contracts")).toList()) {
        Files.delete(manifest); // as the plugin would have built it: no manifests
      }
    }
    Path consumer = Files.createDirectories(work.resolve("src/app")).resolve("Consumer.java");
    Files.writeString(consumer, CrossModuleTest.CONSUMER.getCharContent(true));

    Run run = javac(javac, List.of("-parameters"),
        List.of(producer.toString(), Producers.annotations().toString()), consumer);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.output).contains("Consumer.java:9: error: [LabelMismatch] label /* user= */");
    assertThat(run.output).contains("Consumer.java:23: error: [LabelMismatch] label"
        + " /* context= */");
    assertThat(run.output).contains("4 errors");
    assertThat(run.output).doesNotContain("warning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "25"})
  void auditsJdkCallsUnderRelease17WithAuditSeverityWarning(String feature) throws Exception {
    Path javac = javac(feature);
    Path src = Files.createDirectories(work.resolve("src/demo"));
    Files.writeString(src.resolve("Text.java"), Jdk25Test.JDK_CALLS);

    Run run = javac(javac, List.of("-Xplugin:ContractCheck scope=all auditSeverity=warning"),
        List.of(Producers.annotations().toString()), src.resolve("Text.java"));

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.output).contains("Text.java:7: warning: [SwappedArguments] argument 1"
        + " 'endIndex' of substring(...) is passed to parameter 'beginIndex' but is named like"
        + " parameter 2 'endIndex' in String.substring(int beginIndex, int endIndex)");
    assertThat(run.output).contains("Text.java:11: warning: [SwappedArguments] argument 1"
        + " 'country' of new Locale(...)");
    assertThat(run.output).contains("Text.java:15: warning: [SwappedArguments] argument 1"
        + " 'replacement' of replace(...)");
    assertThat(run.output).contains("3 warnings");
    assertThat(run.output).doesNotContain("error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "25"})
  void reportSummariesAndReportFileProblemsNameNoFile(String feature) throws Exception {
    Path javac = javac(feature);
    Path src = IncidentSources.write(work);
    Path patch = work.resolve("contractcheck.patch");
    Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "");
    List<String> cp = List.of(Producers.annotations().toString());

    Run fix = javac(javac, List.of("-Xplugin:ContractCheck fix=" + patch), cp,
        src.resolve("Factory.java"), src.resolve("Handler.java"));
    // the baseline records the one error as a note; it cannot be written, so that error fails
    Run baseline = javac(javac, List.of("-Xplugin:ContractCheck baseline="
            + notAFolder.resolve("baseline.txt") + " updateBaseline=true"), cp,
        src.resolve("Factory.java"), src.resolve("Handler.java"));
    Run sarif = javac(javac, List.of("-Werror",
            "-Xplugin:ContractCheck sarif=" + notAFolder.resolve("log.sarif")), cp,
        src.resolve("Factory.java"));

    assertThat(fix.exitCode).isEqualTo(1); // the label mismatch
    assertThat(fix.output).contains("\nNote: [ReportSummary] wrote the fixes of 1 finding to "
        + patch + ";");
    assertThat(baseline.exitCode).isEqualTo(1);
    assertThat(baseline.output).contains("Handler.java:5: Note: [LabelMismatch]");
    assertThat(baseline.output).contains("\nerror: [ReportFileProblem] the baseline could not be"
        + " written to " + notAFolder.resolve("baseline.txt"));
    assertThat(sarif.exitCode).isEqualTo(1);
    assertThat(sarif.output).startsWith("warning: [ReportFileProblem] the SARIF log could not be"
        + " written to " + notAFolder.resolve("log.sarif"));
    assertThat(sarif.output).contains("\nerror: warnings found and -Werror specified");
    for (Run run : List.of(fix, baseline, sarif)) {
      assertThat(run.output).doesNotContain("Factory.java:1:"); // the first file it was given
    }
  }

  private record Run(int exitCode, String output) {}

  private Run javac(Path javac, List<String> classPath, Path... sources) throws Exception {
    return javac(javac, List.of(), classPath, sources);
  }

  private Run javac(Path javac, List<String> options, List<String> classPath, Path... sources)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17",
        "-d", Files.createDirectories(work.resolve("out")).toString(),
        "-cp", String.join(File.pathSeparator, classPath),
        "-processorpath", pluginJarContents().toString()));
    command.addAll(options);
    for (Path source : sources) {
      command.add(source.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static Path javac(String feature) {
    Path javac = Path.of(feature.equals("17") ? JDK17 : JDK25, "bin", "javac");
    assumeTrue(Files.isExecutable(javac), "no JDK " + feature + " at " + javac);
    return javac;
  }

  /** The feature release of a javac, from {@code javac -version} ("javac 17.0.15"). */
  private static int featureOf(Path javac) throws Exception {
    Process process = new ProcessBuilder(javac.toString(), "-version").redirectErrorStream(true)
        .start();
    String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .trim();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Runtime.Version.parse(version.substring(version.indexOf(' ') + 1)).feature();
  }

  /**
   * What the build packs into the plugin jar (see the processor's POM): the compiled classes
   * without the processor's registration, plus the plugin's.
   */
  private Path pluginJarContents() throws Exception {
    Path classes = Path.of(ContractPlugin.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path target = work.resolve("plugin-classes");
    if (Files.isDirectory(target)) {
      return target; // a test that runs javac more than once
    }
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path relative = classes.relativize(file);
        if (!relative.toString().replace('\\', '/')
            .equals("META-INF/services/javax.annotation.processing.Processor")) {
          copy(file, target.resolve(relative));
        }
      }
    }
    copy(Path.of("src/plugin/resources/META-INF/services/com.sun.source.util.Plugin"),
        target.resolve("META-INF/services/com.sun.source.util.Plugin"));
    return target;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }
}
