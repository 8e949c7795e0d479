package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A consumer compiled against a separately built producer, as in a multi-module build: its
 * contracts are checked exactly as in one compilation, with the names from the producer's
 * contract manifest.
 */
class CrossModuleTest {
  static final JavaFileObject SESSIONS = source("lib.Sessions", """
      package lib;

      import io.contractcheck.Contract;

      public class Sessions {
        @Contract
        public static String open(String userId, String threadId) {
          return userId + threadId;
        }

        @Contract(value = "sessions.close", requireNamedArguments = true)
        public static void close(String userId, String reason) {}
      }
      """);

  static final JavaFileObject FACTORY = source("lib.ManagerFactory", """
      package lib;

      import io.contractcheck.Contract;

      public interface ManagerFactory {
        @Contract
        String createWebSocketManager(String userContext, String connectionId);
      }
      """);

  static final JavaFileObject CONSUMER = source("app.Consumer", """
      package app;

      import io.contractcheck.CallsContract;
      import lib.ManagerFactory;
      import lib.Sessions;

      class Consumer {
        String label(String userId, String threadId) {
          return Sessions.open(/* user= */ userId, threadId);
        }

        String mixed(String userId, String threadId) {
          return Sessions.open(threadId, userId);
        }

        @CallsContract({"sessions.close", "lib.Sessions#open"})
        void named(String userId, String why) {
          Sessions.close(userId, why);
          Sessions.open(userId, /* threadId= */ why);
        }

        String viaInterface(ManagerFactory factory, String context, String connectionId) {
          return factory.createWebSocketManager(/* context= */ context, connectionId);
        }
      }
      """);

  @TempDir Path temp;

  private Compilation consumerAgainst(Path classPathEntry) throws Exception {
    return javac().withClasspath(List.of(classPathEntry.toFile(), Producers.annotations()))
        .compile(CONSUMER);
  }

  private Path producer(String... options) throws Exception {
    return Producers.compileToDirectory(
        Files.createDirectories(temp.resolve("producer")), List.of(options), SESSIONS, FACTORY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"directory", "jar"})
  void aProducerBuiltWithoutDebugInfoIsCheckedLikeOneCompilation(String packaging) throws Exception {
    Path classes = producer("-g:none");
    Path onClassPath = packaging.equals("jar")
        ? Producers.jar(classes, temp.resolve("producer.jar"))
        : classes;

    Compilation c = consumerAgainst(onClassPath);

    assertThat(c).hadErrorCount(4);
    assertThat(c).hadWarningCount(0);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* user= */ on argument 1 'userId' of"
            + " open(...) does not match its parameter 'userId' in Sessions.open(String userId,"
            + " String threadId)")
        .inFile(file(c, "Consumer.java")).onLineContaining("/* user= */");
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'threadId' of open(...) is"
            + " passed to parameter 'userId' but is named like parameter 2 'threadId'")
        .inFile(file(c, "Consumer.java")).onLineContaining("Sessions.open(threadId, userId)");
    assertThat(c).hadErrorContaining("[UnnamedArgument] argument 2 'why' of close(...) is not"
            + " named, but contract 'sessions.close' (requireNamedArguments = true) requires named"
            + " arguments for Sessions.close(String userId, String reason)")
        .inFile(file(c, "Consumer.java")).onLineContaining("Sessions.close(userId, why)");
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* context= */ on argument 1 'context'"
            + " of createWebSocketManager(...) does not match its parameter 'userContext' in"
            + " ManagerFactory.createWebSocketManager(String userContext, String connectionId)")
        .inFile(file(c, "Consumer.java")).onLineContaining("/* context= */");
  }

  @Test
  void withoutAManifestTheConsumerIsToldAndCallsAreNotSilentlySkipped() throws Exception {
    Path classes = producer("-g:none");
    try (var manifests = Files.walk(classes)) {
      for (Path m : manifests.filter(p -> p.toString().endsWith(".contracts")).toList()) {
        Files.delete(m);
      }
    }
    Compilation c = consumerAgainst(classes);
    assertThat(c).hadWarningContaining("[ManifestMissing] the class file of lib.Sessions declares"
        + " contracts, but there is no contract manifest lib/Sessions.contracts beside it, so its"
        + " calls are checked with the names in the class file; build the module that declares it"
        + " with the ContractCheck processor");
    assertThat(c).hadWarningContaining("[ParameterNamesUnavailable] the class file of contract"
            + " 'lib.Sessions#open' (Sessions.open(String, String)) has no parameter names, so 3"
            + " calls were not checked: Consumer.java:9, Consumer.java:13, Consumer.java:19")
        .inFile(file(c, "Consumer.java")).onLineContaining("/* user= */");
    // The custom id still resolves: it is in the class file's @Contract annotation.
    assertThat(c).hadErrorCount(0);
    assertThat(c).hadWarningCount(5); // 2 missing manifests, 3 contracts without names
  }

  @Test
  void callsThatCouldNotBeCheckedAreInTheSarifLogAtTheirFirstCall() throws Exception {
    Path classes = producer("-g:none");
    try (var manifests = Files.walk(classes)) {
      for (Path m : manifests.filter(p -> p.toString().endsWith(".contracts")).toList()) {
        Files.delete(m);
      }
    }
    Path sarif = temp.resolve("out.sarif");
    Compilation c = javac("-Acontractcheck.sarif=" + sarif)
        .withClasspath(List.of(classes.toFile(), Producers.annotations()))
        .compile(CONSUMER);

    assertThat(c).hadErrorCount(0);
    assertThat(SarifReportTest.validate(sarif)).isEmpty();
    String log = Files.readString(sarif);
    int unavailable = log.indexOf("\"ruleId\": \"ParameterNamesUnavailable\"");
    assertThat(unavailable).isGreaterThan(0);
    assertThat(log.substring(unavailable, log.indexOf("\"region\"", unavailable)))
        .contains("\"uri\": \"app/Consumer.java\"");
    assertThat(log.substring(unavailable)).contains("\"startLine\": 9,");
  }

  @Test
  void aCorruptManifestIsAWarningNamingTheResourceAndNothingElse() throws Exception {
    Path classes = producer("-parameters");
    Files.writeString(classes.resolve("lib/Sessions.contracts"), "contractcheck-manifest 1\nnonsense\n");
    Files.writeString(classes.resolve("lib/ManagerFactory.contracts"), "contractcheck-manifest 3\n");
    Compilation c = consumerAgainst(classes);
    assertThat(c).hadWarningContaining("[ManifestUnreadable] the contract manifest"
        + " lib/Sessions.contracts of lib.Sessions cannot be read: line 2 should start with"
        + " 'contract'; its calls are checked with the names in the class file");
    assertThat(c).hadWarningContaining("[ManifestUnreadable] the contract manifest"
        + " lib/ManagerFactory.contracts of lib.ManagerFactory cannot be read: it has format 3, and"
        + " this ContractCheck reads formats 1 to 2");
    for (String line : Compilations.diagnostics(c)) {
      assertThat(line).doesNotContain("[InternalError]");
    }
  }

  @Test
  void manifestsAreDeterministicAndReadable() throws Exception {
    Path first = Producers.compileToDirectory(Files.createDirectories(temp.resolve("a")),
        List.of("-parameters"), SESSIONS, FACTORY);
    Path second = Producers.compileToDirectory(Files.createDirectories(temp.resolve("b")),
        List.of("-g:none"), FACTORY, SESSIONS);
    byte[] bytes = Files.readAllBytes(first.resolve("lib/Sessions.contracts"));
    assertThat(Files.readAllBytes(second.resolve("lib/Sessions.contracts"))).isEqualTo(bytes);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
        contractcheck-manifest 1
        contract lib.Sessions#open
          owner lib.Sessions
          member open
          parameter userId\tjava.lang.String\tjava.lang.String
          parameter threadId\tjava.lang.String\tjava.lang.String
          requireNamedArguments false
          replacedBy\s
        contract sessions.close
          owner lib.Sessions
          member close
          parameter userId\tjava.lang.String\tjava.lang.String
          parameter reason\tjava.lang.String\tjava.lang.String
          requireNamedArguments true
          replacedBy\s
        """);
  }
}
