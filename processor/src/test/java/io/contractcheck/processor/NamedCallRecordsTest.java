package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest and the contract lock record each contract's named call. */
class NamedCallRecordsTest {
  @TempDir Path temp;

  private static JavaFileObject factory(String annotation) {
    return source("chat.Factory", """
        package chat;

        import io.contractcheck.Contract;

        public final class Factory {
          %s
          public static String createWebSocketManager(String userContext, int port) {
            return userContext + port;
          }
        }
        """.formatted(annotation));
  }

  @Test
  void theManifestRecordsTheNamedCallInFormat2() throws Exception {
    Path classes = Producers.compileToDirectory(temp.resolve("lib"), List.of(),
        factory("@Contract(namedCall = true, requireNamedArguments = true)"));
    assertThat(Files.readString(classes.resolve("chat/Factory.contracts"))).isEqualTo("""
        contractcheck-manifest 2
        contract chat.Factory#createWebSocketManager
          owner chat.Factory
          member createWebSocketManager
          parameter userContext	java.lang.String	java.lang.String
          parameter port	int	int
          requireNamedArguments true
          replacedBy\s
          namedCall chat.FactoryCalls#createWebSocketManager
        """);
  }

  @Test
  void aManifestWithoutNamedCallsStaysInFormat1() throws Exception {
    Path classes = Producers.compileToDirectory(temp.resolve("lib"), List.of(),
        factory("@Contract"));
    assertThat(Files.readString(classes.resolve("chat/Factory.contracts")))
        .startsWith("contractcheck-manifest 1\n");
    assertThat(Files.readString(classes.resolve("chat/Factory.contracts")))
        .doesNotContain("namedCall");
  }

  @Test
  void aSeparatelyCompiledCallerIsPointedToTheNamedCallFromTheManifest() throws Exception {
    Path classes = Producers.compileToDirectory(temp.resolve("lib"), List.of(),
        factory("@Contract(namedCall = true, requireNamedArguments = true)"));
    Path jar = Producers.jar(classes, temp.resolve("lib.jar"));
    Compilation c = Compiler.javac().withProcessors(new ContractProcessor())
        .withClasspath(List.of(jar.toFile(), Producers.annotations()))
        .compile(source("app.Caller", """
            package app;

            import chat.Factory;

            class Caller {
              String call(String context) {
                return Factory.createWebSocketManager(context, /* port= */ 80);
              }
            }
            """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("write /* userContext= */ context, or pass a variable named"
        + " like 'userContext'; or use its named call"
        + " FactoryCalls.createWebSocketManager().userContext(context).port(80).call()")
        .inFile(file(c, "Caller.java")).onLine(7);
  }

  @Test
  void theLockRecordsTheNamedCallAndDroppingItBreaksCallers() throws Exception {
    Path lock = temp.resolve("contracts.lock");
    Compilation write = javac("-Acontractcheck.lockFile=" + lock,
        "-Acontractcheck.updateLock=true").compile(factory("@Contract(namedCall = true)"));
    assertThat(write).succeeded();
    assertThat(Files.readString(lock)).endsWith("""
        contract chat.Factory#createWebSocketManager
          member chat.Factory#createWebSocketManager
          parameter userContext java.lang.String
          parameter port int
          requireNamedArguments false
          namedCall chat.FactoryCalls#createWebSocketManager
        """);

    Compilation dropped = javac("-Acontractcheck.lockFile=" + lock).compile(factory("@Contract"));
    assertThat(dropped).hadErrorCount(1);
    assertThat(dropped).hadErrorContaining("[ContractLockBroken] contract"
        + " 'chat.Factory#createWebSocketManager' no longer matches the contract lock " + lock
        + ": its named call chat.FactoryCalls#createWebSocketManager is no longer generated")
        .inFile(file(dropped, "Factory.java")).onLineContaining("@Contract");
  }

  @Test
  void aNewNamedCallIsACompatibleChange() throws Exception {
    Path lock = temp.resolve("contracts.lock");
    assertThat(javac("-Acontractcheck.lockFile=" + lock, "-Acontractcheck.updateLock=true")
        .compile(factory("@Contract"))).succeeded();
    Compilation added = javac("-Acontractcheck.lockFile=" + lock)
        .compile(factory("@Contract(namedCall = true)"));
    assertThat(added).succeeded();
    assertThat(added).hadErrorCount(0);
    assertThat(added).hadNoteContaining("chat.Factory#createWebSocketManager: it has a new named"
        + " call chat.FactoryCalls#createWebSocketManager");
  }

  @Test
  void aTypeLevelContractOnARecordCoversItsConstructorsAndOwnMethodsOnly() throws Exception {
    Path classes = Producers.compileToDirectory(temp.resolve("lib"), List.of(),
        source("chat.Session", """
            package chat;

            import io.contractcheck.Contract;

            @Contract(namedCall = true)
            public record Session(String userId, String threadId) {
              public Session withThread(String threadId) {
                return new Session(userId, threadId);
              }

              @Override
              public String userId() {
                return userId;
              }

              @Override
              public boolean equals(Object other) {
                return other instanceof Session s && s.userId.equals(userId);
              }

              @Override
              public int hashCode() {
                return userId.hashCode();
              }
            }
            """));
    String manifest = Files.readString(classes.resolve("chat/Session.contracts"));
    // the record's accessors, equals, hashCode and toString, implicit or written out, are not
    // contracts: javac and the Eclipse compiler disagree on whether the implicit ones are explicit
    assertThat(manifest.lines().filter(l -> l.startsWith("contract ")).toList())
        .containsExactly("contract chat.Session#<init>", "contract chat.Session#withThread");
    assertThat(classes.resolve("chat/SessionCalls.class").toFile().exists()).isTrue();
  }
}
