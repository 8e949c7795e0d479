package io.contractcheck.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine the benchmark ran on, as far as a JVM on Linux can tell. */
record MachineInfo(String cpuModel, int cores, String memory, String operatingSystem) {

  static MachineInfo current() {
    return new MachineInfo(
        firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        totalMemory(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
  }

  private static String totalMemory() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(text -> text.replace("kB", "").trim())
        .map(Long::parseLong)
        .map(kib -> Units.format1(kib / (1024.0 * 1024.0)) + " GiB")
        .orElse("unknown");
  }

  private static Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return Optional.of(line.substring(colon + 1).trim());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
