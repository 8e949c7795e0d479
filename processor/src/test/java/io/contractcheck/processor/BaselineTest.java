package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The baseline workflow with both jars: write it, then old findings are notes, new ones fail the
 * build, and entries that match nothing any more are counted; bad files get one clear warning.
 */
class BaselineTest {
  private static final String CALLER = """
      package demo;

      final class Caller {
        String first(String context) {
          return Factories.createWebSocketManager(/* context= */ context);
        }

        String second(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }
      }
      """;

  /**
   * The same file after unrelated edits: lines added above, the first call reformatted; the second
   * call fixed; a new wrong call.
   */
  private static final String CALLER_LATER = """
      package demo;

      /** A comment that shifts every line. */
      final class Caller {
        private static final int UNUSED = 1;

        String first(String context) {
          return Factories.createWebSocketManager(
              /* context= */ context);
        }

        String second(String threadId, String runId) {
          return Factories.runId(threadId, runId);
        }

        String third(String threadId, String runId) {
          return Factories.runId(/* runIdentifier= */ threadId, runId);
        }
      }
      """;

  @TempDir Path temp;

  private SourceRepo repo() {
    return new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Caller.java", CALLER);
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void oldFindingsAreNotesNewOnesFailAndStaleEntriesAreCounted(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = repo();
    Path baseline = repo.root().resolve("contractcheck-baseline.txt");

    SourceRepo.Result written = repo.compile(jar,
        Map.of("baseline", baseline.toString(), "updateBaseline", "true"));

    assertWithMessage("%s", written.diagnostics()).that(written.success()).isTrue();
    assertThat(written.count("ERROR")).isEqualTo(0);
    assertThat(written.diagnostics().stream().filter(d -> d.startsWith("NOTE Caller.java:5"
        + " [LabelMismatch] label /* context= */") && d.endsWith("[in the baseline"
        + " contractcheck-baseline.txt]")).count()).isEqualTo(1);
    assertThat(written.diagnostics().stream().filter(d -> d.startsWith("NOTE -:-1 [ReportSummary] wrote 2"
        + " findings of this compilation to the baseline " + baseline)).count()).isEqualTo(1);
    assertThat(Files.readAllLines(baseline)).containsExactly(
        "# ContractCheck baseline: findings accepted for now, reported as notes.",
        "# Written by updateBaseline=true. One finding a line, sorted; fields are file,",
        "# enclosing member, id, callee and arguments, separated by tabs.",
        "contractcheck-baseline 1",
        "src/demo/Caller.java\tCaller.first\tLabelMismatch\tFactories.createWebSocketManager\tcontext",
        "src/demo/Caller.java\tCaller.second\tSwappedArguments\tFactories.runId\trunId, threadId")
        .inOrder();

    repo.write("src/demo/Caller.java", CALLER_LATER);
    SourceRepo.Result later = repo.compile(jar, Map.of("baseline", baseline.toString()));

    assertWithMessage("%s", later.diagnostics()).that(later.success()).isFalse();
    List<String> errors = later.diagnostics().stream().filter(d -> d.startsWith("ERROR ")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("ERROR Caller.java:17 [LabelMismatch] label"
        + " /* runIdentifier= */ on argument 1 'threadId'");
    assertThat(later.diagnostics().stream().filter(d -> d.startsWith("NOTE Caller.java:9"
        + " [LabelMismatch] label /* context= */")).count()).isEqualTo(1);
    assertThat(later.diagnostics().stream().filter(d -> d.startsWith("NOTE -:-1 [ReportSummary] 1 finding is in"
        + " the baseline " + baseline + " and reported as notes; 1 entry matches nothing any more"
        + " (fixed, or the code moved): write the baseline anew with updateBaseline=true to drop"
        + " it")).count()).isEqualTo(1);
    assertThat(Files.readString(baseline)).contains("Caller.second"); // reading never rewrites it
  }

  @Test
  void aCorruptBaselineIsOneWarningAndEveryFindingFailsAsUsual() throws Exception {
    SourceRepo repo = repo();
    Path baseline = repo.root().resolve("contractcheck-baseline.txt");
    Files.writeString(baseline, "contractcheck-baseline 1\nnot a finding\n");

    SourceRepo.Result result = repo.compile(SourceRepo.Jar.PROCESSOR,
        Map.of("baseline", baseline.toString()));

    assertThat(result.count("ERROR")).isEqualTo(2);
    // a warning javac prints even under -nowarn
    assertOne(result, "MANDATORY_WARNING -:-1 ", "[ReportFileProblem] the baseline "
        + baseline + " could not be read: line 2 is not five tab-separated fields (file, member,"
        + " id, callee, arguments): 'not a finding'. Every finding is reported as if there were no"
        + " baseline; fix or delete the file, or write it anew with updateBaseline=true");
  }

  @Test
  void updateBaselineRewritesACorruptBaselineWithOneWarning() throws Exception {
    SourceRepo repo = repo();
    Path baseline = repo.root().resolve("contractcheck-baseline.txt");
    Files.writeString(baseline, "contractcheck-baseline 1\nnot a finding\n");

    SourceRepo.Result result = repo.compile(SourceRepo.Jar.PLUGIN,
        Map.of("baseline", baseline.toString(), "updateBaseline", "true"));

    assertWithMessage("%s", result.diagnostics()).that(result.success()).isTrue();
    assertThat(result.count("MANDATORY_WARNING")).isEqualTo(1);
    assertOne(result, "MANDATORY_WARNING -:-1 ", "[ReportFileProblem] the baseline " + baseline
        + " could not be read: line 2 is not five tab-separated fields (file, member, id, callee,"
        + " arguments): 'not a finding'; it was written anew from this compilation's findings"
        + " alone");
    assertThat(Files.readAllLines(baseline)).contains(
        "src/demo/Caller.java\tCaller.second\tSwappedArguments\tFactories.runId\trunId, threadId");
  }

  @Test
  void aBaselineFromANewerVersionIsOneWarning() throws Exception {
    SourceRepo repo = repo();
    Path baseline = repo.root().resolve("contractcheck-baseline.txt");
    Files.writeString(baseline, "contractcheck-baseline 2\n");

    SourceRepo.Result result = repo.compile(SourceRepo.Jar.PLUGIN,
        Map.of("baseline", baseline.toString()));

    assertThat(result.count("ERROR")).isEqualTo(2);
    assertOne(result, "MANDATORY_WARNING -:-1 ", "[ReportFileProblem] the baseline " + baseline
        + " could not be read: it is format 2, written by a newer ContractCheck; this one reads"
        + " format 1.");
  }

  @Test
  void updateBaselineWithoutABaselinePathIsAnInvalidOption() {
    SourceRepo.Result result = repo().compile(SourceRepo.Jar.PROCESSOR,
        Map.of("updateBaseline", "true"));

    assertThat(result.count("ERROR")).isEqualTo(2);
    assertOne(result, "WARNING ", "[InvalidOption] -Acontractcheck.updateBaseline=true needs"
        + " -Acontractcheck.baseline=<path> to say which file to write; no baseline is written");
  }

  /** Exactly one diagnostic of the kind contains the text. */
  static void assertOne(SourceRepo.Result result, String kind, String text) {
    assertWithMessage("%s", result.diagnostics()).that(result.diagnostics().stream()
        .filter(d -> d.startsWith(kind) && d.contains(text)).count()).isEqualTo(1);
  }
}
