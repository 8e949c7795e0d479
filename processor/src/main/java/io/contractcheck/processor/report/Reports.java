package io.contractcheck.processor.report;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * The report stage: every finding of a compilation passes through {@link #admit}, which says how
 * javac should print it (a finding recorded in the baseline becomes a note); {@link #finish}
 * writes the fix patch, the baseline and the SARIF log at the end of the compilation. A file that
 * cannot be read or written gets one warning javac always prints (also under {@code -nowarn}),
 * never an exception.
 */
public final class Reports {
  /** Prints a message that has no source position: a summary or a problem with a report file. */
  public interface Printer {
    void print(Diagnostic.Kind kind, String message);
  }

  /** How javac should print an admitted finding; null from {@link #admit} for "not at all". */
  public record Printed(Diagnostic.Kind kind, String message) {}

  private final ReportSettings settings;
  private final SourceRoots roots;
  private final List<Rule> rules;
  private final String problemTag;
  private final String summaryTag;
  private final List<String> problems = new ArrayList<>();
  private final Map<URI, SourceFile> files = new HashMap<>();
  private final Set<String> compiledFiles = new LinkedHashSet<>();
  private final List<Sarif.Entry> entries = new ArrayList<>();
  private Baseline baseline = Baseline.empty();
  private boolean baselineReadable;
  /** Why the baseline could not be read; with updateBaseline, said only once it is written anew. */
  private String unreadBaseline;
  private int baselined;
  private boolean finished;

  /**
   * @param problemTag the {@code [Id] } tag of messages about report files
   * @param summaryTag the {@code [Id] } tag of the notes that summarise what was written
   */
  public Reports(ReportSettings settings, List<Rule> rules, String problemTag, String summaryTag) {
    this.settings = settings;
    this.roots = new SourceRoots(settings.root());
    this.rules = List.copyOf(rules);
    this.problemTag = problemTag;
    this.summaryTag = summaryTag;
    if (settings.baseline() != null) {
      try {
        baseline = Baseline.read(settings.baseline());
        baselineReadable = true;
      } catch (IOException | RuntimeException e) {
        unreadBaseline = " (" + e + ")";
        if (!settings.updateBaseline()) {
          problems.add("the baseline " + settings.baseline() + " could not be read" + unreadBaseline
              + ", so every finding is reported as if there were no baseline");
        }
      } catch (Baseline.Unreadable e) {
        unreadBaseline = ": " + e.getMessage();
        if (!settings.updateBaseline()) {
          problems.add("the baseline " + settings.baseline() + " could not be read"
              + unreadBaseline + ". Every finding is reported as if there were no baseline;"
              + " fix or delete the file, or write it anew with updateBaseline=true");
        }
      }
    }
  }

  /** Whether any report is asked for; when not, callers may skip building findings at all. */
  public boolean active() {
    return settings.any();
  }

  /** The source file of a compilation unit, its path relative to the report root. */
  public SourceFile file(URI uri, CharSequence text) {
    return files.computeIfAbsent(uri, u -> new SourceFile(roots.relative(u), u, text));
  }

  /** Records that a file was compiled (its baseline entries can now be stale or replaced). */
  public void compiled(SourceFile file) {
    compiledFiles.add(file.path());
  }

  /**
   * Records a finding and says how to print it: as the check reported it, as a note when the
   * baseline records it (or is being written), or not at all when it is suppressed.
   */
  public Printed admit(Finding finding) {
    boolean inBaseline = false;
    if (!finding.suppressed() && finding.location() != null) {
      if (settings.updateBaseline()) {
        inBaseline = true;
      } else if (baselineReadable) {
        inBaseline = baseline.take(finding);
      }
    }
    entries.add(new Sarif.Entry(finding, inBaseline));
    if (finding.suppressed()) {
      return null;
    }
    if (inBaseline) {
      baselined++;
      return new Printed(Diagnostic.Kind.NOTE, finding.message() + " [in the baseline "
          + settings.baseline().getFileName() + "]");
    }
    return new Printed(finding.kind(), finding.message());
  }

  /** Writes the reports (once) and prints their problems and summaries. */
  public void finish(Printer out) {
    if (finished) {
      return;
    }
    finished = true;
    if (settings.fix() != null) {
      writeFixes(out);
    }
    if (settings.baseline() != null) {
      writeOrSummariseBaseline(out);
    }
    if (settings.sarif() != null) {
      List<Sarif.Entry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparing((Sarif.Entry e) -> e.finding().location() == null
              ? "" : e.finding().location().file().path())
          .thenComparingInt(e -> e.finding().location() == null ? -1 : e.finding().location().start())
          .thenComparing(e -> e.finding().id())
          .thenComparing(e -> e.finding().message()));
      URI root = files.isEmpty()
          ? Path.of("").toAbsolutePath().toUri()
          : roots.rootUri(files.keySet().stream().map(URI::toString).sorted().map(URI::create)
              .findFirst().get());
      write(settings.sarif(), "SARIF log",
          Sarif.render(rules, sorted, root, settings.baseline() != null, version()));
    }
    for (String problem : problems) {
      out.print(Diagnostic.Kind.MANDATORY_WARNING, problemTag + problem);
    }
  }

  private void writeFixes(Printer out) {
    Patch patch = new Patch();
    int fixes = 0;
    int left = 0;
    URI root = null;
    for (Sarif.Entry entry : entries) {
      Finding f = entry.finding();
      if (f.suppressed() || f.fix().isEmpty() || f.location() == null) {
        continue;
      }
      if (patch.add(f.location().file(), f.fix())) {
        fixes++;
        root = root != null ? root : roots.rootUri(f.location().file().uri());
      } else {
        left++;
      }
    }
    if (!write(settings.fix(), "fix patch", patch.render())) {
      return;
    }
    if (fixes == 0) {
      out.print(Diagnostic.Kind.NOTE, summaryTag + "wrote an empty fix patch to " + settings.fix()
          + ": no finding of this compilation has a fix (git apply takes an empty file only with"
          + " --allow-empty)");
    } else {
      out.print(Diagnostic.Kind.NOTE, summaryTag + "wrote the fixes of " + fixes
          + (fixes == 1 ? " finding" : " findings") + " to " + settings.fix()
          + (root == null ? "" : "; apply it from " + Path.of(root) + " with 'git apply "
              + settings.fix().toAbsolutePath() + "'")
          + (left == 0 ? "" : "; " + left + (left == 1 ? " fix overlaps" : " fixes overlap")
              + " another and will be offered by the next build"));
    }
  }

  private void writeOrSummariseBaseline(Printer out) {
    if (settings.updateBaseline()) {
      List<Finding> recorded = new ArrayList<>();
      for (Sarif.Entry entry : entries) {
        if (entry.baselined()) {
          recorded.add(entry.finding());
        }
      }
      long errors = recorded.stream().filter(f -> f.kind() == Diagnostic.Kind.ERROR).count();
      String content = Baseline.render(baseline.updated(recorded, compiledFiles));
      if (errors > 0) { // printed as notes to be recorded: unrecorded, they must fail the build
        String problem = writeProblem(settings.baseline(), content);
        if (problem != null) {
          out.print(Diagnostic.Kind.ERROR, problemTag + "the baseline could not be written to "
              + settings.baseline() + " (" + problem + "), so "
              + (errors == 1 ? "the error printed above as a note to be recorded in it is not"
                  + " recorded and fails the build"
                  : "the " + errors + " errors printed above as notes to be recorded in it are not"
                      + " recorded and fail the build")
              + "; give baseline a writable path");
          return;
        }
      } else if (!write(settings.baseline(), "baseline", content)) {
        return;
      }
      if (unreadBaseline != null) {
        problems.add("the baseline " + settings.baseline() + " could not be read" + unreadBaseline
            + "; it was written anew from this compilation's findings alone, so entries of files"
            + " this compilation did not compile are gone");
      }
      out.print(Diagnostic.Kind.NOTE, summaryTag + "wrote " + recorded.size()
          + (recorded.size() == 1 ? " finding" : " findings") + " of this compilation to the"
          + " baseline " + settings.baseline() + "; they are reported as notes while they are in it");
      return;
    }
    if (!baselineReadable) {
      return;
    }
    int stale = baseline.stale(compiledFiles);
    if (baselined > 0 || stale > 0) {
      out.print(Diagnostic.Kind.NOTE, summaryTag + baselined
          + (baselined == 1 ? " finding is" : " findings are") + " in the baseline "
          + settings.baseline() + " and reported as notes"
          + (stale == 0 ? "" : "; " + stale + (stale == 1 ? " entry matches" : " entries match")
              + " nothing any more (fixed, or the code moved): write the baseline anew with"
              + " updateBaseline=true to drop " + (stale == 1 ? "it" : "them")));
    }
  }

  private boolean write(Path path, String what, String content) {
    String problem = writeProblem(path, content);
    if (problem != null) {
      problems.add("the " + what + " could not be written to " + path + " (" + problem
          + "); the compilation's result does not depend on it, but the file is missing or old");
    }
    return problem == null;
  }

  /** Writes the file; null when written, else what went wrong. */
  private static String writeProblem(Path path, String content) {
    try {
      Path absolute = path.toAbsolutePath();
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      Files.writeString(absolute, content, StandardCharsets.UTF_8);
      return null;
    } catch (IOException | InvalidPathException | SecurityException | UnsupportedOperationException e) {
      return e.toString();
    }
  }

  private static String version() {
    String version = Reports.class.getPackage() == null
        ? null : Reports.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
