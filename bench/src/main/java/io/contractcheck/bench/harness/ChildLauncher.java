package io.contractcheck.bench.harness;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts one fresh JVM per compile running {@link CompileOnce} and reads back its report. */
final class ChildLauncher {

  private static final long TIMEOUT_MINUTES = 60;
  static final String RUN_PLACEHOLDER = "{run}";

  private final Path javaExecutable;
  private final String harnessClasspath;
  private final List<String> extraJvmOptions;
  private final String corpusClasspath;
  private final int niceness;

  ChildLauncher(Path javaExecutable, List<String> extraJvmOptions, String corpusClasspath, int niceness) {
    this.javaExecutable = javaExecutable;
    this.niceness = niceness;
    this.extraJvmOptions = List.copyOf(extraJvmOptions);
    this.corpusClasspath = corpusClasspath;
    this.harnessClasspath = harnessLocation();
  }

  /** The javac flags every configuration compiles with, besides output directory and class path. */
  static final List<String> COMMON_FLAGS = List.of("--release", "17", "-parameters", "-g", "-encoding", "UTF-8");

  /** The options every configuration compiles with. */
  static List<String> commonJavacOptions(Path outputDirectory, String classpath) {
    List<String> options = new ArrayList<>(COMMON_FLAGS);
    options.addAll(List.of("-d", outputDirectory.toString(), "-classpath", classpath));
    return options;
  }

  /**
   * Compiles the sources listed in {@code sourceList} into {@code outputDirectory} with
   * {@code config}; the child's stderr goes to {@code log}. {@value #RUN_PLACEHOLDER} in an extra
   * JVM option becomes {@code runName} (e.g. a JFR file name per run).
   */
  Child run(CompilerConfig config, String runName, Path sourceList, Path outputDirectory, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (niceness != 0) {
      command.addAll(List.of("nice", "-n", Integer.toString(niceness)));
    }
    command.add(javaExecutable.toString());
    command.addAll(config.jvmOptions());
    for (String option : extraJvmOptions) {
      command.add(option.replace(RUN_PLACEHOLDER, runName));
    }
    command.add("-cp");
    command.add(harnessClasspath);
    command.add(CompileOnce.class.getName());
    command.add(sourceList.toString());
    command.addAll(commonJavacOptions(outputDirectory, corpusClasspath));
    command.addAll(config.javacOptions());

    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(config.id() + ": child compile did not finish in " + TIMEOUT_MINUTES + " minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException(config.id() + ": child exited with " + process.exitValue() + "; see " + log);
    }
    ChildReport report = null;
    List<String> samples = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      if (line.startsWith(ChildReport.PREFIX)) {
        report = ChildReport.parse(line);
      } else if (line.startsWith(ChildReport.DIAGNOSTIC_PREFIX)) {
        samples.add(line.substring(ChildReport.DIAGNOSTIC_PREFIX.length()));
      }
    }
    if (report == null) {
      throw new IOException(config.id() + ": child printed no result; see " + log);
    }
    return new Child(report, samples, command);
  }

  /** What the child reported, and the command that started it. */
  record Child(ChildReport report, List<String> diagnosticSamples, List<String> command) {}

  /** Where the harness's classes are: the child's class path. */
  static String harnessLocation() {
    try {
      return Path.of(CompileOnce.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the harness classes", e);
    }
  }
}
