package io.contractcheck.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerConfigsTest {
  private static final BenchOptions OPTIONS = BenchOptions.parse(
      "--annotations-path", "a.jar", "--processor-path", "processor.jar",
      "--plugin-path", "plugin.jar",
      "--configs", "javac,contractcheck,contractcheck-all,contractcheck-processor");

  @Test
  void contractCheckIsThePluginJarStartedByJavacAndTheProcessorJarIsMeasuredBeside() {
    List<CompilerConfig> configs = CompilerConfigs.select(OPTIONS.configs(), OPTIONS);

    assertEquals(List.of("javac", "contractcheck", "contractcheck-all", "contractcheck-processor"),
        configs.stream().map(CompilerConfig::id).toList());
    // no -Xplugin: javac starts the plugin from the processor path by itself
    assertEquals(List.of("-processorpath", "plugin.jar"), configs.get(1).javacOptions());
    assertEquals(List.of("-processorpath", "plugin.jar", "-Xplugin:ContractCheck scope=all"),
        configs.get(2).javacOptions());
    assertEquals(List.of("-processorpath", "processor.jar"), configs.get(3).javacOptions());
    assertTrue(configs.subList(1, 4).stream().allMatch(CompilerConfig::contractCheck));
  }

  @Test
  void aReferenceBuildOfTheProcessorIsMeasuredBesideTheProcessorOnANamedCallsCorpus() {
    BenchOptions options = BenchOptions.parse("--annotations-path", "a.jar",
        "--processor-path", "processor.jar", "--reference-processor-path", "main.jar",
        "--configs", "javac,contractcheck-processor-ref,contractcheck-processor", "--named-calls");

    List<CompilerConfig> configs = CompilerConfigs.select(options.configs(), options);
    assertEquals(List.of("javac", "contractcheck-processor", "contractcheck-processor-ref"),
        configs.stream().map(CompilerConfig::id).toList());
    assertEquals(List.of("-processorpath", "main.jar"), configs.get(2).javacOptions());
    assertTrue(configs.get(2).contractCheck());
    assertTrue(options.namedCalls());
    assertFalse(OPTIONS.namedCalls());
    BenchOptions noReference = BenchOptions.parse("--annotations-path", "a.jar",
        "--configs", "javac,contractcheck-processor-ref");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompilerConfigs.select(noReference.configs(), noReference));
    assertEquals("--reference-processor-path is required for the ContractCheck configurations",
        e.getMessage());
  }

  @Test
  void thePluginConfigurationsNeedThePluginJar() {
    BenchOptions noPlugin = BenchOptions.parse("--annotations-path", "a.jar",
        "--processor-path", "processor.jar", "--configs", "javac,contractcheck");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompilerConfigs.select(noPlugin.configs(), noPlugin));
    assertEquals("--plugin-path is required for the ContractCheck configurations", e.getMessage());
  }

  @Test
  void byDefaultFiveConfigurationsRunFiveMeasuredRoundsEach() {
    BenchOptions defaults = BenchOptions.parse("--annotations-path", "a.jar");

    assertEquals(CompilerConfigs.DEFAULT_IDS, defaults.configs());
    assertEquals(List.of("javac", "contractcheck", "contractcheck-all", "contractcheck-processor",
        "errorprone"), defaults.configs());
    assertEquals(5, defaults.reps());
  }
}
