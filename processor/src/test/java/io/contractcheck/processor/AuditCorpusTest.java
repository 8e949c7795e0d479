package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit mode against real mistakes and against correct calls shaped like those found in
 * open-source libraries (docs/audit-mode.md): every line marked {@code // expect: reported} gets a
 * [SwappedArguments] error whose message holds the {@code 'names'} quoted after the marker, no
 * other line gets anything. Run with the processor jar's entry point and the plugin jar's.
 */
class AuditCorpusTest {
  private static final Pattern LINE = Pattern.compile("^(\\w+) Seeded\\.java:(\\d+) (.*)$", Pattern.DOTALL);

  @Test
  void reportsEveryRealMistakeAndNothingElse() throws IOException {
    String text = seeded();
    Compilation c = Compilations.javac("-Acontractcheck.scope=all")
        .compile(JavaFileObjects.forSourceString("seeded.Seeded", text));
    check(text, Compilations.lines(c.diagnostics()));
  }

  @Test
  void thePluginReportsTheSame(@TempDir Path temp) throws IOException {
    String text = seeded();
    PluginCompilations.Result r = PluginCompilations.compile(temp, List.of(), List.of(),
        List.of("scope=all"), JavaFileObjects.forSourceString("seeded.Seeded", text));
    check(text, r.diagnostics());
  }

  private String seeded() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/audit/Seeded.java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(String text, List<String> diagnostics) {
    Set<Long> expected = new TreeSet<>();
    Map<Long, List<String>> names = new TreeMap<>();
    List<String> lines = text.lines().toList();
    int quiet = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("// expect: reported")) {
        expected.add((long) i + 1);
        Matcher quoted = Pattern.compile("'[^' ]+'")
            .matcher(line.substring(line.indexOf("// expect: reported")));
        while (quoted.find()) {
          names.computeIfAbsent((long) i + 1, k -> new ArrayList<>()).add(quoted.group());
        }
      } else if (line.contains("// expect: none")) {
        quiet++;
      }
    }
    assertThat(expected).hasSize(46);
    assertThat(names).hasSize(35);
    assertThat(quiet).isEqualTo(58);

    Set<Long> reported = new TreeSet<>();
    List<String> others = new ArrayList<>();
    for (String d : diagnostics) {
      Matcher m = LINE.matcher(d);
      if (m.matches() && m.group(1).equals("ERROR") && m.group(3).startsWith("[SwappedArguments]")) {
        long line = Long.parseLong(m.group(2));
        reported.add(line);
        for (String name : names.getOrDefault(line, List.of())) {
          assertWithMessage("line %s: %s", line, m.group(3)).that(m.group(3)).contains(name);
        }
      } else {
        others.add(d);
      }
    }
    assertThat(others).isEmpty();
    assertThat(reported).containsExactlyElementsIn(expected);
  }
}
