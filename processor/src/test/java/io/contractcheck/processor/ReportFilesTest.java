package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.contractcheck.processor.BaselineTest.assertOne;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Report files that cannot be written: one warning each (which javac prints even under
 * {@code -nowarn}), and the build's result is the one its code deserves.
 */
class ReportFilesTest {
  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void unwritablePathsWarnOnceEachAndACleanBuildStaysGreen(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES);
    Path notAFolder = Files.writeString(temp.resolve("file.txt"), "a file, not a folder");

    SourceRepo.Result result = repo.compile(jar, Map.of(
        "fix", notAFolder.resolve("fixes.patch").toString(),
        "sarif", notAFolder.resolve("out.sarif").toString(),
        "baseline", notAFolder.resolve("baseline.txt").toString(),
        "updateBaseline", "true",
        "reportRoot", repo.root().toString()));

    assertThat(result.success()).isTrue();
    assertThat(result.count("ERROR")).isEqualTo(0);
    assertThat(result.count("MANDATORY_WARNING")).isEqualTo(3);
    for (String what : new String[] {"fix patch", "baseline", "SARIF log"}) {
      assertOne(result, "MANDATORY_WARNING -:-1 ", "[ReportFileProblem] the " + what
          + " could not be written to " + notAFolder.resolve(""));
    }
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void errorsThatUpdateBaselineCouldNotRecordFailTheBuild(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Caller.java", """
            package demo;

            final class Caller {
              String first(String context) {
                return Factories.createWebSocketManager(/* context= */ context);
              }
            }
            """);
    Path folder = Files.createDirectory(temp.resolve("baseline-is-a-folder"));

    SourceRepo.Result result = repo.compile(jar, Map.of(
        "baseline", folder.toString(), "updateBaseline", "true"));

    assertThat(result.success()).isFalse();
    assertThat(result.count("ERROR")).isEqualTo(1);
    assertOne(result, "ERROR -:-1 ", "[ReportFileProblem] the baseline could not be written to "
        + folder + " (");
    assertOne(result, "ERROR ", "so the error printed above as a note to be recorded in it is not"
        + " recorded and fails the build");
    assertOne(result, "NOTE ", "[LabelMismatch] label /* context= */");
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void aCompilationThatStopsBeforeAnalysisWritesNoReportThatSaysNoFindings(SourceRepo.Jar jar)
      throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Broken.java", "package demo;\nclass Broken { void f( }\n");
    Path sarif = Files.writeString(temp.resolve("contractcheck.sarif"), "an earlier build's log");
    Path patch = Files.writeString(temp.resolve("contractcheck.patch"), "an earlier build's patch");

    SourceRepo.Result result = repo.compile(jar, Map.of(
        "sarif", sarif.toString(), "fix", patch.toString()));

    assertThat(result.success()).isFalse();
    assertThat(Files.readString(sarif)).isEqualTo("an earlier build's log");
    assertThat(Files.readString(patch)).isEqualTo("an earlier build's patch");
    if (jar == SourceRepo.Jar.PLUGIN) { // javac runs no processor after a syntax error
      assertOne(result, "WARNING ", "[CallSitesNotChecked] javac analysed no class in this"
          + " compilation (it stopped at earlier errors), so calls of contracts were not checked;"
          + " no report is written either (" + patch + ", " + sarif + ")");
    }
  }
}
