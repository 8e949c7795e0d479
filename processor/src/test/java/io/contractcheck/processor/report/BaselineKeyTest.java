package io.contractcheck.processor.report;

import static com.google.common.truth.Truth.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineKeyTest {
  @TempDir Path temp;

  private static Finding finding(String member, String... arguments) {
    SourceFile file = new SourceFile("src/A.java", URI.create("file:///r/src/A.java"), "");
    return new Finding("LabelMismatch", Diagnostic.Kind.ERROR, "[LabelMismatch] x",
        new Location(file, 0, 1, 1, 1, 1, 2), member, "F.f", List.of(arguments), false, List.of());
  }

  @Test
  void tabsAndNewlinesInAFieldAreEscapedAndReadBack() throws Exception {
    Finding odd = finding("A.m", "\"a\tb\"", "\"c\\nd\"");
    Baseline empty = Baseline.empty();
    Path file = Files.writeString(temp.resolve("b.txt"),
        Baseline.render(empty.updated(List.of(odd), Set.of("src/A.java"))));

    Baseline read = Baseline.read(file);

    assertThat(Files.readString(file)).contains("A.m\tLabelMismatch\tF.f\t\"a\\tb\", \"c\\\\nd\"\n");
    assertThat(read.take(odd)).isTrue();
    assertThat(read.take(odd)).isFalse(); // one entry matches one finding
  }

  @Test
  void entriesOfFilesNotCompiledAreKeptAndNeverStale() throws Exception {
    Path file = Files.writeString(temp.resolve("b.txt"), "contractcheck-baseline 1\n"
        + "src/Other.java\tO.m\tLabelMismatch\tF.f\tx\n"
        + "src/A.java\tA.gone\tLabelMismatch\tF.f\tx\n");
    Baseline read = Baseline.read(file);

    assertThat(read.stale(Set.of("src/A.java"))).isEqualTo(1);
    assertThat(read.updated(List.of(finding("A.m", "y")), Set.of("src/A.java"))).containsExactly(
        "src/A.java\tA.m\tLabelMismatch\tF.f\ty",
        "src/Other.java\tO.m\tLabelMismatch\tF.f\tx").inOrder();
  }
}
