package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ContractCheck as a javac plugin ({@link ContractPlugin}): the same diagnostics as the processor
 * in one compilation, its options as plugin arguments, class files from other modules, and no
 * double reports when the processor runs in the same compilation.
 */
class PluginTest {
  private static final JavaFileObject CALLER = source("demo.Caller", """
      package demo;

      import io.contractcheck.CallsContract;

      final class Caller {
        String label(UserExecutionContext context) {
          return Factories.createWebSocketManager(/* context= */ context);
        }

        String start(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }

        String dial(String userId, String text) {
          return Factories.connect(/* userId= */ userId, Integer.parseInt(text), /* secure= */ true);
        }

        @CallsContract("demo.Factories#runId")
        String correct(String threadId, String runId, UserExecutionContext userContext) {
          return Factories.runId(threadId, /* runId= */ runId)
              + Factories.createWebSocketManager(userContext);
        }

        @CallsContract("demo.Factories#runld")
        void unknownId() {}
      }
      """);

  @TempDir Path temp;

  @Test
  void reportsExactlyWhatTheProcessorReportsInOneCompilation() {
    Compilation processor = Compilations.compile(FACTORIES, USER_CONTEXT, CALLER);
    PluginCompilations.Result plugin =
        PluginCompilations.compile(temp.resolve("out"), FACTORIES, USER_CONTEXT, CALLER);

    assertThat(plugin.diagnostics()).containsExactlyElementsIn(Compilations.diagnostics(processor))
        .inOrder();
    assertThat(plugin.success()).isFalse();
    assertWithMessage("%s", plugin.diagnostics()).that(plugin.errors()).isEqualTo(4);
    assertThat(plugin.diagnostics()).containsExactly(
        "ERROR Caller.java:7 [LabelMismatch] label /* context= */ on argument 1 'context' of"
            + " createWebSocketManager(...) does not match its parameter 'userContext' in"
            + " Factories.createWebSocketManager(UserExecutionContext userContext); did you mean"
            + " /* userContext= */?",
        "ERROR Caller.java:11 [SwappedArguments] argument 1 'runId' of runId(...) is passed to"
            + " parameter 'threadId' but is named like parameter 2 'runId' in"
            + " Factories.runId(String threadId, String runId); arguments 1 and 2 look swapped;"
            + " exchange them, or label them /* threadId= */ and /* runId= */ if this is intended",
        "ERROR Caller.java:15 [UnnamedArgument] argument 2 'Integer.parseInt(text)' of"
            + " connect(...) is not named, but contract 'demo.Factories#connect'"
            + " (requireNamedArguments = true) requires named arguments for"
            + " Factories.connect(String userId, int port, boolean secure) (its name does not"
            + " contain the words of 'port'); write /* port= */ Integer.parseInt(text), or pass a"
            + " variable named like 'port'",
        "ERROR Caller.java:24 [UnknownContractId] @CallsContract on unknownId names contract"
            + " 'demo.Factories#runld', but no contract has that id; did you mean"
            + " 'demo.Factories#runId'?").inOrder();
  }

  @Test
  void reportsDeclarationAndCallErrorsOfOneCompilationTogether() {
    JavaFileObject declarations = source("demo.Hidden", """
        package demo;

        import io.contractcheck.Contract;

        final class Hidden {
          @Contract
          private static void secret(String userId, String roomId) {}

          void call(String roomId, String userId) {
            secret(roomId, userId);
            Factories.runId("t", /* run= */ "r");
          }
        }
        """);

    PluginCompilations.Result plugin =
        PluginCompilations.compile(temp.resolve("out"), FACTORIES, USER_CONTEXT, declarations);

    assertWithMessage("%s", plugin.diagnostics()).that(plugin.errors()).isEqualTo(2);
    assertThat(plugin.diagnostics().get(0)).startsWith(
        "ERROR Hidden.java:6 [InvalidContract] @Contract on private method secret");
    assertThat(plugin.diagnostics().get(1)).startsWith(
        "ERROR Hidden.java:11 [LabelMismatch] label /* run= */ on argument 2 '\"r\"' of runId(...)");
  }

  @Test
  void takesItsOptionsAsPluginArguments() {
    JavaFileObject audited = source("demo.Audited", """
        package demo;

        final class Audited {
          String call(String threadId, String runId) {
            return Factories.plain(runId, threadId);
          }
        }
        """);

    PluginCompilations.Result contractsOnly =
        PluginCompilations.compile(temp.resolve("a"), FACTORIES, USER_CONTEXT, audited);
    PluginCompilations.Result all = PluginCompilations.compile(temp.resolve("b"), List.of(),
        List.of(), List.of("scope=all", "colour=red"), FACTORIES, USER_CONTEXT, audited);

    assertThat(contractsOnly.diagnostics()).isEmpty();
    assertWithMessage("%s", all.diagnostics()).that(all.errors()).isEqualTo(1);
    assertThat(all.diagnostics()).containsExactly(
        // about no file: printed without a position, as the processor's messager prints it
        "WARNING -:-1 [InvalidOption] unknown option -Xplugin:\"ContractCheck colour\";"
            + " valid options are auditSeverity, baseline, fix, lockFile, replacedCalls, reportRoot,"
            + " sarif, scope,"
            + " updateBaseline, updateLock",
        "ERROR Audited.java:5 [SwappedArguments] argument 1 'runId' of plain(...) is passed to"
            + " parameter 'threadId' but is named like parameter 2 'runId' in"
            + " Factories.plain(String threadId, String runId); arguments 1 and 2 look swapped;"
            + " exchange them, or label them /* threadId= */ and /* runId= */ if this is intended");
  }

  @Test
  void checksTheContractLockWithPluginSpelling() throws Exception {
    Path lock = temp.resolve("contracts.lock");
    PluginCompilations.Result missing = PluginCompilations.compile(temp.resolve("a"), List.of(),
        List.of(), List.of("lockFile=" + lock), FACTORIES, USER_CONTEXT);
    assertWithMessage("%s", missing.diagnostics()).that(missing.errors()).isEqualTo(1);
    assertThat(missing.diagnostics().get(0)).contains("[ContractLockBroken] -Xplugin:\"ContractCheck"
        + " lockFile=" + lock + "\" is set, but " + lock + " does not exist; create it with"
        + " -Xplugin:\"ContractCheck updateLock=true\", review it and commit it");

    PluginCompilations.Result update = PluginCompilations.compile(temp.resolve("b"), List.of(),
        List.of(), List.of("lockFile=" + lock, "updateLock=true"), FACTORIES, USER_CONTEXT);
    assertThat(update.diagnostics()).containsExactly("NOTE -:-1 [ContractLockChanged]"
        + " wrote 5 contracts to the contract lock " + lock + "; review the diff and commit it");
    assertThat(Files.readString(lock)).contains("demo.Factories#runId");

    JavaFileObject renamed = source("demo.Factories",
        FACTORIES.getCharContent(true).toString()
            .replaceFirst("String threadId, String runId\\)", "String threadId, String run)")
            .replaceFirst("threadId \\+ runId;", "threadId + run;"));
    PluginCompilations.Result broken = PluginCompilations.compile(temp.resolve("c"), List.of(),
        List.of(), List.of("lockFile=" + lock), renamed, USER_CONTEXT);
    assertWithMessage("%s", broken.diagnostics()).that(broken.errors()).isEqualTo(1);
    assertThat(broken.diagnostics().get(0)).startsWith("ERROR Factories.java:11"
        + " [ContractLockBroken] contract 'demo.Factories#runId' no longer matches the contract"
        + " lock " + lock);
    assertThat(broken.diagnostics().get(0)).endsWith("update the lock with"
        + " -Xplugin:\"ContractCheck updateLock=true\" and commit it");
  }

  @Test
  void checksCallsOfContractsJavacFindsOnTheSourcePath() throws Exception {
    Path sourcePath = temp.resolve("sourcepath/demo");
    Files.createDirectories(sourcePath);
    Files.writeString(sourcePath.resolve("Factories.java"), FACTORIES.getCharContent(true));
    Files.writeString(sourcePath.resolve("UserExecutionContext.java"),
        USER_CONTEXT.getCharContent(true));
    JavaFileObject caller = source("demo.Late", """
        package demo;

        final class Late {
          String call(UserExecutionContext context) {
            return Factories.createWebSocketManager(/* context= */ context);
          }
        }
        """);

    PluginCompilations.Result c = PluginCompilations.compile(temp.resolve("out"), List.of(),
        List.of("-sourcepath", temp.resolve("sourcepath").toString()), List.of(), caller);

    assertWithMessage("%s", c.diagnostics()).that(c.errors()).isEqualTo(1);
    assertThat(c.diagnostics().get(0)).startsWith("ERROR Late.java:5 [LabelMismatch] label"
        + " /* context= */ on argument 1 'context' of createWebSocketManager(...) does not match"
        + " its parameter 'userContext'");
  }

  @Test
  void standsAsideWhereTheProcessorRunsInTheSameCompilation() {
    PluginCompilations.Result both = PluginCompilations.compile(temp.resolve("out"), List.of(),
        List.of(), List.of(), List.of(new ContractProcessor()), FACTORIES, USER_CONTEXT, CALLER);

    assertThat(both.diagnostics())
        .containsExactlyElementsIn(
            Compilations.diagnostics(Compilations.compile(FACTORIES, USER_CONTEXT, CALLER)))
        .inOrder();
    assertWithMessage("%s", both.diagnostics()).that(both.errors()).isEqualTo(4);
  }
}
