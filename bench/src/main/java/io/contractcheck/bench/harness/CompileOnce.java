package io.contractcheck.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The child process: compiles one corpus once, in-process through {@code javax.tools}, and prints
 * one {@link ChildReport} line with its own wall time, CPU time and peak memory, followed by the
 * first few diagnostics. One JVM per compile, so nothing is warm that a real build would not have.
 *
 * <p>Command line: {@code CompileOnce <file listing the sources, one a line> <javac option>...}.
 */
public final class CompileOnce {

  private CompileOnce() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CompileOnce <source list> <javac option>...");
      System.exit(2);
    }
    List<Path> sources = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        sources.add(Path.of(line.trim()));
      }
    }
    List<String> options = Arrays.asList(args).subList(1, args.length);

    DiagnosticTally tally = new DiagnosticTally();
    HeapAfterGc heapAfterGc = HeapAfterGc.start();
    long hostBusyStart = HostCpu.busyNanos();
    long cpuStart = ProcessCpu.nanos();
    long wallStart = System.nanoTime();
    boolean success;
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(tally, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      success = compiler.getTask(null, files, tally, options, null, units).call();
    }
    long wallNanos = System.nanoTime() - wallStart;
    long cpuNanos = ProcessCpu.nanos() - cpuStart;
    long hostBusyEnd = HostCpu.busyNanos();
    long otherCpuNanos = hostBusyStart < 0 || hostBusyEnd < 0 ? -1 : Math.max(0, hostBusyEnd - hostBusyStart - cpuNanos);

    ChildReport report = new ChildReport(
        success, wallNanos, cpuNanos, otherCpuNanos, peakRssKib(), heapAfterGc.maxBytes(),
        tally.errors(), tally.warnings(), tally.notes(),
        System.getProperty("java.runtime.version"));
    System.out.println(report.toLine());
    tally.samples().forEach(sample -> System.out.println(ChildReport.DIAGNOSTIC_PREFIX + sample));
  }

  /** VmHWM: the peak resident set size of this process, from Linux; -1 elsewhere. */
  private static long peakRssKib() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
