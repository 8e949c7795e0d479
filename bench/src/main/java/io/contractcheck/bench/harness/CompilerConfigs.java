package io.contractcheck.bench.harness;

import io.contractcheck.bench.reference.NoopPlugin;
import io.contractcheck.bench.reference.NoopProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurations the benchmark compares, built from the resolved tool paths. "ContractCheck"
 * is its javac-plugin delivery, the one the budget applies to; the processor delivery is measured
 * beside it.
 */
final class CompilerConfigs {

  static final String JAVAC = "javac";
  static final String CONTRACTCHECK = "contractcheck";
  static final String CONTRACTCHECK_ALL = "contractcheck-all";
  static final String CONTRACTCHECK_PROCESSOR = "contractcheck-processor";
  /** Not run by default: another build of the processor jar, to compare two commits. */
  static final String CONTRACTCHECK_PROCESSOR_REF = "contractcheck-processor-ref";
  static final String ERRORPRONE = "errorprone";
  /** Reference, not run by default: an empty processor with an ANALYZE listener. */
  static final String NOOP_PROCESSOR = "noop-processor";
  /** Reference, not run by default: an empty javac plugin with a task listener. */
  static final String NOOP_PLUGIN = "noop-plugin";
  static final List<String> ALL_IDS =
      List.of(JAVAC, NOOP_PLUGIN, NOOP_PROCESSOR, CONTRACTCHECK, CONTRACTCHECK_ALL,
          CONTRACTCHECK_PROCESSOR, CONTRACTCHECK_PROCESSOR_REF, ERRORPRONE);
  static final List<String> DEFAULT_IDS =
      List.of(JAVAC, CONTRACTCHECK, CONTRACTCHECK_ALL, CONTRACTCHECK_PROCESSOR, ERRORPRONE);

  /** The Error Prone plugin argument: only the two argument-name checks, as errors. */
  static final String ERRORPRONE_PLUGIN = "-Xplugin:ErrorProne -XepDisableAllChecks"
      + " -Xep:ParameterName:ERROR -Xep:ArgumentSelectionDefectChecker:ERROR";

  /** Error Prone reaches into javac internals: these are its documented JDK 16+ JVM flags. */
  private static final List<String> ERRORPRONE_JVM_OPTIONS = List.of(
      "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
      "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
      "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");

  private CompilerConfigs() {}

  /**
   * The configurations named in {@code wanted}, in the canonical order. Error Prone is left out
   * (with a note on stderr) when its class path was not resolved.
   */
  static List<CompilerConfig> select(List<String> wanted, BenchOptions options) {
    List<CompilerConfig> configs = new ArrayList<>();
    for (String id : ALL_IDS) {
      if (!wanted.contains(id)) {
        continue;
      }
      switch (id) {
        case JAVAC -> configs.add(new CompilerConfig(JAVAC, "javac", List.of(), List.of(), false));
        case NOOP_PLUGIN -> configs.add(new CompilerConfig(
            NOOP_PLUGIN, "javac + empty plugin (reference)", List.of(),
            List.of("-processorpath", noopPluginPath(options), "-Xplugin:" + NoopPlugin.NAME), false));
        case NOOP_PROCESSOR -> configs.add(new CompilerConfig(
            NOOP_PROCESSOR, "javac + empty processor (reference)", List.of(),
            List.of("-processorpath", ChildLauncher.harnessLocation(), "-processor", NoopProcessor.class.getName()), false));
        // javac starts the plugin by itself when its jar is on the processor path
        case CONTRACTCHECK -> configs.add(new CompilerConfig(
            CONTRACTCHECK, "javac + ContractCheck plugin (default scope)", List.of(),
            List.of("-processorpath", required(options.pluginPath(), "--plugin-path")), true));
        case CONTRACTCHECK_ALL -> configs.add(new CompilerConfig(
            CONTRACTCHECK_ALL, "javac + ContractCheck plugin (scope=all)", List.of(),
            List.of("-processorpath", required(options.pluginPath(), "--plugin-path"),
                "-Xplugin:ContractCheck scope=all"), true));
        case CONTRACTCHECK_PROCESSOR -> configs.add(new CompilerConfig(
            CONTRACTCHECK_PROCESSOR, "javac + ContractCheck processor (default scope)", List.of(),
            List.of("-processorpath", required(options.processorPath(), "--processor-path")), true));
        case CONTRACTCHECK_PROCESSOR_REF -> configs.add(new CompilerConfig(
            CONTRACTCHECK_PROCESSOR_REF, "javac + ContractCheck processor, reference build (default scope)",
            List.of(), List.of("-processorpath",
                required(options.referenceProcessorPath(), "--reference-processor-path")), true));
        case ERRORPRONE -> {
          if (options.errorPronePath().isEmpty()) {
            System.err.println("note: no --errorprone-path; the Error Prone configuration is skipped");
          } else {
            configs.add(new CompilerConfig(
                ERRORPRONE, "javac + Error Prone 2.42.0 (2 checks)", ERRORPRONE_JVM_OPTIONS,
                List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
                    "-processorpath", options.errorPronePath(), ERRORPRONE_PLUGIN), false));
          }
        }
        default -> throw new IllegalStateException(id);
      }
    }
    if (configs.stream().noneMatch(CompilerConfig::isBaseline)) {
      throw new IllegalArgumentException("the '" + JAVAC + "' baseline must be among --configs");
    }
    return List.copyOf(configs);
  }

  /** The harness classes plus a directory registering {@link NoopPlugin}. */
  private static String noopPluginPath(BenchOptions options) {
    try {
      Path registration = NoopPlugin.registration(options.workDirectory().resolve("noop-plugin"));
      return registration.toAbsolutePath() + File.pathSeparator + ChildLauncher.harnessLocation();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String value, String flag) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(flag + " is required for the ContractCheck configurations");
    }
    return value;
  }
}
