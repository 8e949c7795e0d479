import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation harness, step 2 (tools/audit-oss/mutants.sh runs it): audits one library's unmodified
 * sources in every mode (false alarms), samples mutants from {@link MutantFinder}'s list, writes
 * them into copies of their files (one mutant per file per compile), audits the mutated files
 * in every mode (the rest of the library comes from the unmodified compile's classes, built with
 * -parameters) and records which mutants were reported at their line. A measurement, never a
 * gate.
 *
 * <p>A swap that {@link MutantFinder} marks {@code equivalent} (its callee is one of the JDK
 * methods symmetric in the exchanged parameters, {@code MutantFinder.SYMMETRIC}) is sampled,
 * mutated and recorded like any other. Every mutant's results.tsv row ends with {@code equivalent}
 * or {@code -} (after the rule column). {@code summary} keeps its tables raw and adds, per group
 * and mode, the two swap kinds' recall with the equivalent mutants left out.
 *
 * <pre>
 * java Harness.java run LIB OUT ENCODING CLASSPATH PROCESSORPATH FILELIST PER_KIND MODE...
 *   MODE = name:javacPath   (every mode compiles with --release 17; the first also lists mutants)
 * java Harness.java summary OUT GROUP=LIB,LIB ...
 * </pre>
 */
public final class Harness {
  private static final Pattern REPORT = Pattern.compile(
      "^(.*\\.java):(\\d+): (error|warning): \\[(SwappedArguments|LabelMismatch)\\]");
  private static final Pattern OTHER_ERROR = Pattern.compile("^(.*\\.java):(\\d+): error: (?!\\[)");
  private static final long SEED = 12;

  record Mutant(String kind, String file, long line, String origin, long a, long aEnd, long b,
      long bEnd, String label, String method, String call, boolean equivalent) {
    String id() {
      return kind + " " + file + ":" + line + " " + a + " " + b;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("summary")) {
      summary(Path.of(args[1]), List.of(args).subList(2, args.length));
    } else {
      run(args);
    }
  }

  private static void run(String[] args) throws Exception {
    String lib = args[1];
    Path out = Path.of(args[2]);
    Charset encoding = Charset.forName(args[3]);
    String classPath = args[4];
    String processorPath = args[5];
    List<String> files = Files.readAllLines(Path.of(args[6]));
    int perKind = Integer.parseInt(args[7]);
    Map<String, String> modes = new LinkedHashMap<>();
    for (int i = 8; i < args.length; i++) {
      modes.put(args[i].substring(0, args[i].indexOf(':')), args[i].substring(args[i].indexOf(':') + 1));
    }
    Path work = Files.createDirectories(out.resolve("mutants/" + lib));
    Path candidates = work.resolve("candidates.tsv");

    // 1. The unmodified sources, in every mode: the false alarms (and the candidates, once).
    Map<String, List<String>> falseAlarms = new LinkedHashMap<>();
    Set<String> reportedLines = new HashSet<>();
    boolean first = true;
    for (Map.Entry<String, String> mode : modes.entrySet()) {
      List<String> extra = first
          ? List.of("-processor", "io.contractcheck.processor.ContractProcessor,MutantFinder",
              "-Amutants.out=" + candidates)
          : List.of();
      Compile c = compile(mode.getValue(), work.resolve("clean-" + mode.getKey()), encoding,
          classPath, processorPath, files, extra);
      Path classes = work.resolve("clean-" + mode.getKey()).resolve("classes");
      try (var written = Files.walk(classes)) {
        if (c.reports.stream().anyMatch(r -> r.contains(": error: "))
            || written.noneMatch(f -> f.toString().endsWith(".class"))) {
          // reports printed as errors stop javac from writing (all) classes: the mutants need them
          Path plain = work.resolve("plain-" + mode.getKey());
          compile(mode.getValue(), plain, encoding, classPath, processorPath, files,
              List.of("-proc:none"));
          try (var old = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) {
              Files.delete(f);
            }
          }
          Files.move(plain.resolve("classes"), classes);
        }
      }
      falseAlarms.put(mode.getKey(), c.reports);
      for (String r : c.reports) {
        reportedLines.add(r.substring(0, r.indexOf(": ")));
      }
      System.err.printf("  %s %s: unmodified, %d reports, %d other errors%n", lib, mode.getKey(),
          c.reports.size(), c.otherErrors.size());
      first = false;
    }

    // 2. Sample: per kind, a seeded shuffle of the candidates not on a line already reported.
    Map<String, List<Mutant>> byKind = new TreeMap<>();
    for (String line : Files.readAllLines(candidates)) {
      // the call text (f[10]) has no tab, the finder collapses its whitespace; f[11] is the
      // equivalent-mutant flag (absent in a list written before it existed)
      String[] f = line.split("\t", 12);
      boolean swap = f[0].equals("swap");
      Mutant m = new Mutant(f[0], f[1], Long.parseLong(f[2]), f[3], Long.parseLong(f[5]),
          swap ? Long.parseLong(f[6]) : -1, swap ? Long.parseLong(f[7]) : -1,
          swap ? Long.parseLong(f[8]) : -1, swap ? null : f[7], f[9], f[10],
          f.length > 11 && f[11].equals("equivalent"));
      if (reportedLines.contains(m.file + ":" + m.line)) {
        continue;
      }
      if (m.kind.equals("swap")) {
        byKind.computeIfAbsent("typed", k -> new ArrayList<>()).add(m);
        if (f[4].equals("named")) {
          byKind.computeIfAbsent("named", k -> new ArrayList<>()).add(m);
        }
      } else {
        byKind.computeIfAbsent("label", k -> new ArrayList<>()).add(m);
      }
    }
    Map<Mutant, List<String>> kindsOf = new LinkedHashMap<>();
    for (Map.Entry<String, List<Mutant>> kind : byKind.entrySet()) {
      List<Mutant> list = new ArrayList<>(new LinkedHashMap<String, Mutant>() {{
        for (Mutant m : kind.getValue()) {
          putIfAbsent(m.id(), m);
        }
      }}.values());
      list.sort((x, y) -> x.id().compareTo(y.id()));
      Collections.shuffle(list, new Random(SEED + kind.getKey().hashCode()));
      for (Mutant m : list.subList(0, Math.min(perKind, list.size()))) {
        kindsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(kind.getKey());
      }
    }
    // Per compile, one mutant per file: a mutant is a single change, and the rules compare a call
    // with the other calls of its callee in the same class (R22), not only in the same method.
    List<Map<String, Mutant>> batches = new ArrayList<>();
    for (Mutant m : kindsOf.keySet()) {
      Map<String, Mutant> batch = null;
      for (Map<String, Mutant> b : batches) {
        if (!b.containsKey(m.file)) {
          batch = b;
          break;
        }
      }
      if (batch == null) {
        batches.add(batch = new LinkedHashMap<>());
      }
      batch.put(m.file, m);
    }

    // 3. Every batch in every mode; a mutant is found when its line gets a report.
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, String> mode : modes.entrySet()) {
      for (int i = 0; i < batches.size(); i++) {
        Path mutated = Files.createDirectories(work.resolve("batch-" + i + "-src"));
        List<String> batchFiles = new ArrayList<>();
        Map<String, List<Mutant>> byFile = new TreeMap<>();
        for (Map.Entry<String, Mutant> e : batches.get(i).entrySet()) {
          byFile.computeIfAbsent(e.getValue().file, f -> new ArrayList<>()).add(e.getValue());
        }
        Map<String, List<Mutant>> byCopy = new HashMap<>();
        for (String file : files) {
          List<Mutant> ms = byFile.get(file);
          if (ms == null) {
            continue; // read from the unmodified compile's classes
          }
          Path copy = mutated.resolve(Integer.toString(batchFiles.size()))
              .resolve(Path.of(file).getFileName());
          Files.createDirectories(copy.getParent());
          String text = Files.readString(Path.of(file), encoding);
          ms.sort((x, y) -> Long.compare(y.a, x.a)); // from the end: earlier offsets stay valid
          for (Mutant m : ms) {
            text = mutate(text, m);
          }
          Files.writeString(copy, text, encoding);
          batchFiles.add(copy.toString());
          byCopy.put(copy.toString(), ms);
        }
        String clean = work.resolve("clean-" + mode.getKey()).resolve("classes").toString();
        Compile c = compile(mode.getValue(), work.resolve("batch-" + i + "-" + mode.getKey()),
            encoding, classPath.equals("-") ? clean : clean + ":" + classPath, processorPath,
            batchFiles, List.of());
        Set<String> broken = new HashSet<>();
        boolean crashed = false;
        for (String e : c.otherErrors) {
          Matcher x = OTHER_ERROR.matcher(e);
          if (x.find()) {
            broken.add(x.group(1));
          } else {
            crashed = true;
          }
        }
        int mutants = 0;
        for (Map.Entry<String, List<Mutant>> e : byCopy.entrySet()) {
          String original = Files.readString(Path.of(e.getValue().get(0).file), encoding);
          for (Mutant m : e.getValue()) {
            mutants++;
            long last = m.kind.equals("swap") ? lineOf(original, m.b) : m.line;
            boolean found = false;
            boolean firstReport = true;
            String via = "-";
            for (String r : c.reports) {
              Matcher x = REPORT.matcher(r);
              if (x.find() && x.group(1).equals(e.getKey())) {
                long line = Long.parseLong(x.group(2));
                if (line >= m.line && line <= last) {
                  found = true;
                  // a report no new rule was needed for wins: the mutant owes nothing to them
                  via = firstReport ? rule(r) : via.equals("-") || rule(r).equals("-") ? "-" : via;
                  firstReport = false;
                }
              }
            }
            String result = crashed || broken.contains(e.getKey()) ? "invalid"
                : found ? "found" : "missed";
            for (String kind : kindsOf.get(m)) {
              rows.add(String.join("\t", lib, mode.getKey(), kind, m.origin, result,
                  Path.of(m.file).getFileName() + ":" + m.line, describe(m, original), via,
                  m.equivalent ? "equivalent" : "-"));
            }
          }
        }
        System.err.printf("  %s %s: batch %d/%d, %d mutants, %d reports, %d other errors%n", lib,
            mode.getKey(), i + 1, batches.size(), mutants, c.reports.size(),
            c.otherErrors.size());
      }
    }
    for (Map.Entry<String, List<String>> fa : falseAlarms.entrySet()) {
      rows.add(String.join("\t", lib, fa.getKey(), "false-alarms", "-",
          Integer.toString(fa.getValue().size()), "-", String.join(" | ", fa.getValue())));
    }
    rows.sort(null);
    Files.write(out.resolve("mutants/" + lib + ".results.tsv"), rows);
  }

  /**
   * Which rule a report owes its existence to, read from its message: R10 (a literal or constant
   * where the other argument's name belongs), R11 (a partner named by a name form), R13 (values
   * of an ordered pair in the wrong order), R14 (names of bounds crossed), R15 (an offset and a
   * length crossed), R22 (the class passes the name where it belongs), R23 (the class passes the
   * values the other way round), else "-".
   */
  static String rule(String report) {
    return report.contains("' gets the ") ? "R10"
        : report.contains("' names '") ? "R11"
        : report.contains("' gets a value greater than ") || report.contains(" is empty or invalid")
            ? "R13"
        : report.contains(" names the low end of the pair ") ? "R14"
        : report.contains(" names a length but ") ? "R15"
        : report.contains(" look swapped: ") && report.contains(" other calls of ") ? "R23"
        : report.contains(" in this class pass '") ? "R22"
        : "-";
  }

  static String mutate(String text, Mutant m) {
    if (m.kind.equals("label")) {
      return text.substring(0, (int) m.a) + "/* " + m.label + "= */ " + text.substring((int) m.a);
    }
    String first = text.substring((int) m.a, (int) m.aEnd);
    String second = text.substring((int) m.b, (int) m.bEnd);
    return text.substring(0, (int) m.a) + second + text.substring((int) m.aEnd, (int) m.b) + first
        + text.substring((int) m.bEnd);
  }

  private static String describe(Mutant m, String text) {
    if (m.kind.equals("label")) {
      return m.call + "  [label /* " + m.label + "= */ on " + text.substring((int) m.a,
          Math.min(text.length(), (int) m.a + 30)).split("[,)\\n]")[0] + "]";
    }
    return m.call + "  [exchange " + text.substring((int) m.a, (int) m.aEnd) + " <-> "
        + text.substring((int) m.b, (int) m.bEnd) + "]";
  }

  private static long lineOf(String text, long offset) {
    long line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  record Compile(List<String> reports, List<String> otherErrors) {}

  private static Compile compile(String javac, Path dir, Charset encoding, String classPath,
      String processorPath, List<String> files, List<String> extra) throws Exception {
    Files.createDirectories(dir.resolve("classes"));
    Path list = dir.resolve("files.txt");
    Files.write(list, files);
    List<String> command = new ArrayList<>(List.of(javac, "--release", "17", "-parameters",
        "-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-encoding", encoding.name(),
        "-d", dir.resolve("classes").toString(), "-processorpath", processorPath,
        "-Acontractcheck.scope=all", "-Acontractcheck.auditSeverity=warning"));
    if (!classPath.equals("-")) {
      command.addAll(List.of("-cp", classPath));
    }
    command.addAll(extra.isEmpty()
        ? List.of("-processor", "io.contractcheck.processor.ContractProcessor") : extra);
    command.add("@" + list);
    Path log = dir.resolve("javac.log");
    // a javac crash writes javac.<date>.args into the working directory: keep it beside the log
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    p.waitFor();
    List<String> reports = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (REPORT.matcher(line).find()) {
        reports.add(line);
      } else if (OTHER_ERROR.matcher(line).find()
          || line.startsWith("An exception has occurred in the compiler")) {
        others.add(line);
      }
    }
    return new Compile(reports, others);
  }

  /**
   * Recall per group, mode, kind and origin (raw: every mutant counts); per group and mode, the
   * swap kinds' recall with the equivalent mutants left out; false alarms per library.
   */
  private static void summary(Path out, List<String> groups) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String group : groups) {
      String name = group.substring(0, group.indexOf('='));
      List<String> libs = List.of(group.substring(group.indexOf('=') + 1).split(","));
      Map<String, int[]> cells = new TreeMap<>();
      Map<String, Integer> alarms = new TreeMap<>();
      Map<String, Integer> byRule = new TreeMap<>();
      // mode|kind -> found, missed, invalid of the mutants not marked equivalent; the equivalent
      // ones; of those, found
      Map<String, int[]> nonEquivalent = new TreeMap<>();
      for (String lib : libs) {
        Path results = out.resolve("mutants/" + lib + ".results.tsv");
        if (!Files.exists(results)) {
          continue;
        }
        for (String row : Files.readAllLines(results)) {
          String[] f = row.split("\t");
          if (f[2].equals("false-alarms")) {
            alarms.merge(f[1] + " " + lib, Integer.parseInt(f[4]), Integer::sum);
            continue;
          }
          if (f.length > 7 && !f[7].equals("-")) {
            byRule.merge(f[1] + " " + label(f[2]) + " " + f[7], 1, Integer::sum);
          }
          for (String origin : List.of(f[3], "all")) {
            int[] cell = cells.computeIfAbsent(f[1] + "|" + f[2] + "|" + origin, k -> new int[3]);
            cell[f[4].equals("found") ? 0 : f[4].equals("missed") ? 1 : 2]++;
          }
          // the flag is the last column (a row written before it existed ends with the rule)
          int[] cell = nonEquivalent.computeIfAbsent(f[1] + "|" + f[2], k -> new int[5]);
          if (f[f.length - 1].equals("equivalent")) {
            cell[3]++;
            cell[4] += f[4].equals("found") ? 1 : 0;
          } else {
            cell[f[4].equals("found") ? 0 : f[4].equals("missed") ? 1 : 2]++;
          }
        }
      }
      b.append("\n### ").append(name).append(" (").append(String.join(", ", libs)).append(")\n\n");
      b.append("| mode | kind | all | library | dependency | jdk |\n|---|---|---:|---:|---:|---:|\n");
      Set<String> rowsDone = new HashSet<>();
      for (String key : cells.keySet()) {
        String[] k = key.split("\\|");
        if (!rowsDone.add(k[0] + "|" + k[1])) {
          continue;
        }
        b.append("| ").append(k[0]).append(" | ").append(label(k[1])).append(" |");
        for (String origin : List.of("all", "library", "dependency", "jdk")) {
          int[] c = cells.get(k[0] + "|" + k[1] + "|" + origin);
          b.append(' ').append(c == null ? "–" : percent(c)).append(" |");
        }
        b.append('\n');
      }
      b.append('\n');
      for (String mode : new TreeSet<>(nonEquivalent.keySet().stream()
          .map(k -> k.substring(0, k.indexOf('|'))).toList())) {
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("typed", "named")) {
          int[] c = nonEquivalent.get(mode + "|" + kind);
          if (c != null) {
            kinds.add(label(kind) + ", equivalent mutants left out: " + percent(c) + ", " + c[3]
                + " equivalent" + (c[4] > 0 ? " (" + c[4] + " of them found)" : ""));
          }
        }
        if (!kinds.isEmpty()) {
          b.append("- ").append(mode).append(": ").append(String.join("; ", kinds)).append('\n');
        }
      }
      b.append("\nfalse alarms on the unmodified sources: ");
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Integer> a : alarms.entrySet()) {
        parts.add(a.getKey() + " " + a.getValue());
      }
      b.append(String.join(", ", parts)).append('\n');
      if (!byRule.isEmpty()) {
        b.append("\nfound only through R10, R11, R13, R14, R15, R22 or R23 (read from the"
            + " report's message): ");
        List<String> rules = new ArrayList<>();
        byRule.forEach((k, v) -> rules.add(k + " " + v));
        b.append(String.join(", ", rules)).append('\n');
      }
    }
    Files.writeString(out.resolve("mutants/summary.md"), b);
    System.out.print(b);
  }

  private static String label(String kind) {
    switch (kind) {
      case "named": return "swap, an argument named like its parameter";
      case "typed": return "swap of same-typed arguments";
      default: return "stale label";
    }
  }

  private static String percent(int[] c) {
    int n = c[0] + c[1];
    return n == 0 ? "–" : String.format(Locale.ROOT, "%d%% (%d/%d)", Math.round(100.0 * c[0] / n),
        c[0], n) + (c[2] > 0 ? ", " + c[2] + " invalid" : "");
  }
}
