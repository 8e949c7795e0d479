package io.contractcheck.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.contractcheck.processor.report.Edit;
import io.contractcheck.processor.report.Finding;
import io.contractcheck.processor.report.Location;
import io.contractcheck.processor.report.Reports;
import io.contractcheck.processor.report.SourceFile;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;

/**
 * Turns what javac would print into {@link Finding}s for the report stage: the position of the
 * tree, the declarations around it and, for a call, its callee and arguments.
 */
final class Findings {
  private final Trees trees;
  private final Reports reports;
  private final Map<CompilationUnitTree, SourceFile> files = new IdentityHashMap<>();

  Findings(Trees trees, Reports reports) {
    this.trees = trees;
    this.reports = reports;
  }

  Reports reports() {
    return reports;
  }

  /** The unit's file as the reports name it; registered as compiled. */
  SourceFile file(CompilationUnitTree unit) {
    return files.computeIfAbsent(unit, u -> {
      CharSequence text;
      try {
        text = u.getSourceFile().getCharContent(true);
      } catch (IOException | RuntimeException unreadable) {
        text = "";
      }
      SourceFile file = reports.file(u.getSourceFile().toUri(), text);
      reports.compiled(file);
      return file;
    });
  }

  Finding of(Violation v, CompilationUnitTree unit) {
    Call call = v.call();
    List<String> arguments = new ArrayList<>();
    String callee = "";
    if (call != null) {
      callee = call.callee().getEnclosingElement().getSimpleName() + "."
          + call.callee().getSimpleName();
      for (Argument argument : call.arguments()) {
        Argument.Span span = argument.span();
        String text = span != null && span.known()
            ? span.source().subSequence(span.start(), span.end()).toString()
            : argument.text();
        arguments.add(text.strip().replaceAll("\\s+", " "));
      }
    }
    return new Finding(v.id().name(), v.kind(), v.message(), location(v.at(), unit),
        member(v.at(), unit), callee, arguments, v.suppressed(), v.fix());
  }

  /** A finding at a tree with no call: a declaration's. */
  Finding at(Diagnostic.Kind kind, String message, Tree at, CompilationUnitTree unit) {
    return new Finding(idOf(message), kind, message, location(at, unit), member(at, unit), "",
        List.of(), false, List.<Edit>of());
  }

  /** A finding with no source position: about an option, a class file, a report file. */
  static Finding unlocated(Diagnostic.Kind kind, String message) {
    return new Finding(idOf(message), kind, message, null, "", "", List.of(), false, List.of());
  }

  private static String idOf(String message) {
    int close = message.indexOf("] ");
    return message.startsWith("[") && close > 1 ? message.substring(1, close) : "ContractCheck";
  }

  private Location location(Tree at, CompilationUnitTree unit) {
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit, at);
    long end = positions.getEndPosition(unit, at);
    if (start < 0) {
      return null;
    }
    if (end < start) {
      end = start;
    }
    LineMap lines = unit.getLineMap();
    long line = lines.getLineNumber(start);
    long endLine = lines.getLineNumber(end);
    return new Location(file(unit), (int) start, (int) end, (int) line,
        column(lines, line, start), (int) endLine, column(lines, endLine, end));
  }

  /**
   * The 1-based column of {@code offset} in {@code char}s (UTF-16 code units, as the SARIF log
   * declares). Not {@link LineMap#getColumnNumber}: javac's expands each tab to the next multiple
   * of 8, which puts columns in tab-indented files past the finding.
   */
  private static int column(LineMap lines, long line, long offset) {
    return (int) (offset - lines.getStartPosition(line)) + 1;
  }

  /** The declarations around {@code at}, outermost first: {@code Caller.Inner.call}. */
  private String member(Tree at, CompilationUnitTree unit) {
    TreePath path = trees.getPath(unit, at);
    Deque<String> names = new ArrayDeque<>();
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree) {
        names.push(((ClassTree) leaf).getSimpleName().toString());
      } else if (leaf instanceof MethodTree) {
        names.push(((MethodTree) leaf).getName().toString());
      } else if (leaf instanceof VariableTree && p.getParentPath() != null
          && p.getParentPath().getLeaf() instanceof ClassTree) {
        names.push(((VariableTree) leaf).getName().toString()); // a field's initializer
      }
    }
    return String.join(".", names);
  }
}
