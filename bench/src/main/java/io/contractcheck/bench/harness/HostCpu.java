package io.contractcheck.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time the whole machine spent busy (all processes, all cores), from Linux's /proc/stat. The
 * busy time during a compile minus the compile's own CPU time is what other processes took: the
 * contention the measurement suffered.
 */
final class HostCpu {

  /** USER_HZ: the unit of /proc/stat, 100 on every mainstream Linux. */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final Path STAT = Path.of("/proc/stat");

  private HostCpu() {}

  /** Busy time of all cores so far (user, nice, system, irq, softirq, steal), or -1 off Linux. */
  static long busyNanos() {
    try {
      List<String> lines = Files.readAllLines(STAT, StandardCharsets.US_ASCII);
      String[] fields = lines.get(0).trim().split("\\s+");
      if (!fields[0].equals("cpu") || fields.length < 9) {
        return -1;
      }
      long busyTicks = 0;
      for (int column : new int[] {1, 2, 3, 6, 7, 8}) {
        busyTicks += Long.parseLong(fields[column]);
      }
      return busyTicks * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
