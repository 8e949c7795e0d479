package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Audit mode against real mistakes and against correct calls shaped like those found in
 * open-source libraries (docs/audit-mode.md): every line marked {@code // expect: reported} gets a
 * [SwappedArguments] error, no other line gets anything.
 */
class AuditCorpusTest {

  @Test
  void reportsEveryRealMistakeAndNothingElse() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/audit/Seeded.java")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<Long> expected = new TreeSet<>();
    List<String> lines = text.lines().toList();
    int quiet = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// expect: reported")) {
        expected.add((long) i + 1);
      } else if (lines.get(i).contains("// expect: none")) {
        quiet++;
      }
    }
    assertThat(expected).hasSize(11);
    assertThat(quiet).isEqualTo(14);

    JavaFileObject source = JavaFileObjects.forSourceString("seeded.Seeded", text);
    Compilation c = Compilations.javac("-Acontractcheck.scope=all").compile(source);

    Set<Long> reported = new TreeSet<>();
    List<String> others = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String message = d.getMessage(null);
      if (d.getKind() == Diagnostic.Kind.ERROR && message.startsWith("[SwappedArguments]")) {
        reported.add(d.getLineNumber());
      } else {
        others.add(d.getKind() + " " + d.getLineNumber() + " " + message);
      }
    }
    assertThat(others).isEmpty();
    assertThat(reported).containsExactlyElementsIn(expected);
  }
}
