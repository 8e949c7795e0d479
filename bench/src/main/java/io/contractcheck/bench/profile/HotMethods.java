package io.contractcheck.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a JFR recording went, for the methods of one package: the share of
 * samples in which each method is on the stack (inclusive), and the share in which it is the
 * innermost method of the package (its own code plus the JDK and javac code it calls).
 *
 * <p>Command line: {@code HotMethods <recording.jfr> [package prefix] [rows]}; the prefix defaults
 * to {@code io.contractcheck.processor.}. Record with
 * {@code -XX:FlightRecorderOptions=stackdepth=1024}: javac's stacks are deep, and a truncated
 * stack loses exactly the outer frames this report needs.
 */
public final class HotMethods {

  private static final String DEFAULT_PREFIX = "io.contractcheck.processor.";
  private static final int DEFAULT_ROWS = 20;

  private final String prefix;
  private final Map<String, Integer> inclusive = new HashMap<>();
  private final Map<String, Integer> innermost = new HashMap<>();
  private int samples;
  private int truncated;
  private int underPrefix;

  private HotMethods(String prefix) {
    this.prefix = prefix;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: HotMethods <recording.jfr> [package prefix] [rows]");
      System.exit(2);
    }
    HotMethods report = new HotMethods(args.length > 1 ? args[1] : DEFAULT_PREFIX);
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
        report.add(event.getStackTrace());
      }
    }
    System.out.print(report.render(args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ROWS));
  }

  private void add(RecordedStackTrace stack) {
    samples++;
    if (stack.isTruncated()) {
      truncated++;
    }
    Set<String> seen = new HashSet<>();
    String first = null;
    for (RecordedFrame frame : stack.getFrames()) {
      String method = name(frame.getMethod());
      if (method.startsWith(prefix) && !method.contains("$$Lambda")) {
        if (first == null) {
          first = method;
        }
        if (seen.add(method)) {
          inclusive.merge(method, 1, Integer::sum);
        }
      }
    }
    if (first != null) {
      underPrefix++;
      innermost.merge(first, 1, Integer::sum);
    }
  }

  private String render(int rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d CPU samples, %d truncated; %s on the stack in %d (%s)%n",
        samples, truncated, prefix, underPrefix, percent(underPrefix)));
    table(out, "inclusive (on the stack)", inclusive, rows);
    table(out, "innermost " + prefix + " frame (own code and what it calls outside the package)", innermost, rows);
    return out.toString();
  }

  private void table(StringBuilder out, String title, Map<String, Integer> counts, int rows) {
    out.append(System.lineSeparator()).append(title).append(System.lineSeparator());
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(rows, sorted.size()))) {
      out.append(String.format(Locale.ROOT, "%7s  %s%n", percent(entry.getValue()), entry.getKey()));
    }
  }

  private String percent(int count) {
    return String.format(Locale.ROOT, "%.1f%%", samples == 0 ? 0.0 : 100.0 * count / samples);
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }
}
