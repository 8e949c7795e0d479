package io.contractcheck.bench.harness;

import java.util.List;

/** One child compile: which size, round and configuration, and what it measured. */
record RunRecord(int size, int round, boolean warmup, String configId, ChildReport report, List<String> diagnosticSamples) {

  RunRecord {
    diagnosticSamples = List.copyOf(diagnosticSamples);
  }

  static final String CSV_HEADER =
      "size,round,warmup,config,success,wall_s,cpu_s,other_cpu_s,peak_rss_mib,heap_after_gc_mib,errors,warnings,notes";

  String csvLine() {
    return String.join(",",
        Integer.toString(size), Integer.toString(round), Boolean.toString(warmup), configId,
        Boolean.toString(report.success()),
        Units.format3(Units.seconds(report.wallNanos())), Units.format3(Units.seconds(report.cpuNanos())),
        Units.format3(Units.seconds(report.otherCpuNanos())),
        Units.format1(Units.mebibytesFromKibibytes(report.peakRssKib())),
        Units.format1(Units.mebibytes(report.heapAfterGcBytes())),
        Long.toString(report.errors()), Long.toString(report.warnings()), Long.toString(report.notes()));
  }
}
