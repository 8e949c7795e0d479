package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every finding in one compile, with both jars: a declaration error found during processing
 * rounds no longer stops javac before the call sites, and the members of local and anonymous
 * classes, are checked.
 */
class OneCompileTest {
  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void declarationErrorsAndCallSiteErrorsAreReportedTogether(SourceRepo.Jar jar) {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Broken.java", """
            package demo;

            import io.contractcheck.Contract;

            final class Broken {
              @Contract
              private static String hidden(String name) {
                return name;
              }

              @Contract("demo.Factories#runId")
              static String sameId(String threadId, String runId) {
                return threadId + runId;
              }
            }
            """)
        .write("src/demo/Caller.java", """
            package demo;

            final class Caller {
              String call(String context) {
                return Factories.createWebSocketManager(/* context= */ context);
              }

              Object local() {
                class Local {
                  @io.contractcheck.Contract
                  void inLocal() {}
                }
                return new Local();
              }
            }
            """);

    SourceRepo.Result result = repo.compile(jar, Map.of());

    assertThat(result.success()).isFalse();
    List<String> errors = result.diagnostics().stream().filter(d -> d.startsWith("ERROR ")).toList();
    assertWithMessage("%s", result.diagnostics()).that(errors).hasSize(4);
    assertWithMessage("%s", errors).that(errors.stream().filter(e -> e.startsWith("ERROR Broken.java:6 [InvalidContract]"))
        .count()).isEqualTo(1);
    assertWithMessage("%s", errors).that(errors.stream().filter(e -> e.startsWith("ERROR Factories.java:11 [DuplicateContractId]")).count()).isEqualTo(1);
    assertWithMessage("%s", errors).that(errors.stream().filter(e -> e.startsWith("ERROR Caller.java:5 [LabelMismatch]"))
        .count()).isEqualTo(1);
    assertWithMessage("%s", errors).that(errors.stream().filter(e -> e.startsWith("ERROR Caller.java:10 [InvalidContract]"))
        .count()).isEqualTo(1);
  }
}
