package io.contractcheck.processor.report;

import static com.google.common.truth.Truth.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchTest {
  private static SourceFile file(String text) {
    return new SourceFile("src/A.java", URI.create("file:///repo/src/A.java"), text);
  }

  @Test
  void distantEditsGetTheirOwnHunksWithThreeLinesOfContext() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      text.append("line ").append(i).append('\n');
    }
    SourceFile file = file(text.toString());
    Patch patch = new Patch();
    int line2 = text.indexOf("line 2\n");
    int line18 = text.indexOf("line 18\n");
    assertThat(patch.add(file, List.of(new Edit(line2, line2 + 4, "LINE")))).isTrue();
    assertThat(patch.add(file, List.of(new Edit(line18 + 7, line18 + 8, "\nadded\n")))).isTrue();

    assertThat(patch.render()).isEqualTo("""
        diff --git a/src/A.java b/src/A.java
        --- a/src/A.java
        +++ b/src/A.java
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +LINE 2
         line 3
         line 4
         line 5
        @@ -15,6 +15,7 @@
         line 15
         line 16
         line 17
        -line 18
        +line 18
        +added
         line 19
         line 20
        """);
  }

  @Test
  void aLastLineWithoutNewlineIsMarked() {
    SourceFile file = file("a\nb");
    Patch patch = new Patch();
    patch.add(file, List.of(new Edit(2, 3, "c")));

    assertThat(patch.render()).isEqualTo("""
        diff --git a/src/A.java b/src/A.java
        --- a/src/A.java
        +++ b/src/A.java
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +c
        \\ No newline at end of file
        """);
  }

  @Test
  void carriageReturnsAreKept() {
    SourceFile file = file("a\r\nb\r\n");
    Patch patch = new Patch();
    patch.add(file, List.of(new Edit(3, 4, "c")));

    assertThat(patch.render()).contains("\n a\r\n-b\r\n+c\r\n");
  }

  @Test
  void aFixThatOverlapsAnEarlierOneIsLeftOutWhole() {
    SourceFile file = file("f(a, b);\n");
    Patch patch = new Patch();
    assertThat(patch.add(file, List.of(new Edit(2, 3, "b"), new Edit(5, 6, "a")))).isTrue();
    assertThat(patch.add(file, List.of(new Edit(0, 1, "g"), new Edit(2, 2, "/* x= */ ")))).isFalse();
    assertThat(patch.add(file, List.of(new Edit(2, 3, "b")))).isTrue(); // the same edit again

    assertThat(patch.render()).endsWith("-f(a, b);\n+f(b, a);\n");
  }
}
