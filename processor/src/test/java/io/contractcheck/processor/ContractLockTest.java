package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract lock: a reviewed record of this module's parameter lists that breaks the build. */
class ContractLockTest {
  private static final String LOCKED = """
      @Contract(requireNamedArguments = true)
      public static String createWebSocketManager(String userContext, int port) { return ""; }

      @Contract
      public static void close(String userId) {}
      """;

  @TempDir Path temp;
  private Path lock;

  private static JavaFileObject factory(String members) {
    return source("chat.Factory", """
        package chat;

        import io.contractcheck.Contract;

        public final class Factory {
        %s
        }
        """.formatted(members));
  }

  private Compilation compile(String members) {
    return javac("-Acontractcheck.lockFile=" + lock).compile(factory(members));
  }

  @BeforeEach
  void writeTheLock() {
    lock = temp.resolve("contracts.lock");
    Compilation c = javac("-Acontractcheck.lockFile=" + lock, "-Acontractcheck.updateLock=true")
        .compile(factory(LOCKED));
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ContractLockChanged] wrote 2 contracts to the contract lock "
        + lock.toAbsolutePath() + "; review the diff and commit it");
  }

  @Test
  void theLockIsSortedReadableAndStable() throws Exception {
    String text = Files.readString(lock);
    assertThat(text).endsWith("""

        contract chat.Factory#close
          member chat.Factory#close
          parameter userId java.lang.String
          requireNamedArguments false

        contract chat.Factory#createWebSocketManager
          member chat.Factory#createWebSocketManager
          parameter userContext java.lang.String
          parameter port int
          requireNamedArguments true
        """);
    assertThat(text).startsWith(ContractLock.HEADER);
    writeTheLock();
    assertThat(Files.readString(lock)).isEqualTo(text);
  }

  @Test
  void unchangedContractsCompileClean() {
    assertThat(compile(LOCKED)).succeededWithoutWarnings();
  }

  private void assertBroken(String members, String diff) {
    Compilation c = compile(members);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[ContractLockBroken] contract 'chat.Factory#createWebSocketManager' no"
            + " longer matches the contract lock " + lock + ": " + diff)
        .inFile(file(c, "Factory.java"))
        .onLineContaining("@Contract(requireNamedArguments");
    assertThat(c).hadErrorContaining("callers that name or order these arguments break; if the"
        + " change is intended, update the lock with -Acontractcheck.updateLock=true");
  }

  @Test
  void aRenamedParameter() {
    assertBroken(LOCKED.replace("String userContext", "String context"),
        "parameter 1 was renamed from 'userContext' to 'context' (locked:"
            + " createWebSocketManager(java.lang.String userContext, int port), now:"
            + " createWebSocketManager(java.lang.String context, int port))");
  }

  @Test
  void reorderedParameters() {
    assertBroken(LOCKED.replace("String userContext, int port", "int port, String userContext"),
        "the parameters were reordered from (userContext, port) to (port, userContext)");
  }

  @Test
  void aChangedParameterType() {
    assertBroken(LOCKED.replace("int port", "long port"),
        "parameter 2 'port' changed type from int to long");
  }

  @Test
  void anAddedAndARemovedParameter() {
    assertBroken(LOCKED.replace("int port)", "int port, boolean secure)"),
        "parameter 'secure' (boolean) was added");
    assertBroken(LOCKED.replace("String userContext, int port", "String userContext"),
        "parameter 'port' (int) was removed");
  }

  @Test
  void aChangedRequireNamedArguments() {
    Compilation c = compile(LOCKED.replace("requireNamedArguments = true", "requireNamedArguments = false"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("requireNamedArguments changed from true to false");
  }

  @Test
  void aRemovedContractIsAnErrorWithoutAPosition() {
    Compilation c = compile(LOCKED.replace("@Contract\npublic static void close", "public static void close"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[ContractLockBroken] contract 'chat.Factory#close' no longer"
        + " matches the contract lock " + lock + ": the contract was removed (it was"
        + " chat.Factory.close(java.lang.String userId))");
  }

  @Test
  void anAddedContractIsANoteAndTheBuildPasses() {
    Compilation c = compile(LOCKED + "\n@Contract public static void open(String userId) {}\n");
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ContractLockChanged] the contract lock " + lock
        + " does not record these compatible changes; update it with"
        + " -Acontractcheck.updateLock=true and commit it:");
    assertThat(c).hadNoteContaining(
        "chat.Factory#open: the contract is new: chat.Factory.open(java.lang.String userId)");
  }

  @Test
  void aMissingLockFileSaysHowToCreateIt() throws Exception {
    Files.delete(lock);
    Compilation c = compile(LOCKED);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[ContractLockBroken] -Acontractcheck.lockFile=" + lock
        + " is set, but " + lock.toAbsolutePath() + " does not exist; create it with"
        + " -Acontractcheck.updateLock=true (Maven: mvn compile -Dcontractcheck.updateLock=true),"
        + " review it and commit it");
  }

  @Test
  void aMalformedLockFileNamesTheLine() throws Exception {
    Files.writeString(lock, "# header\ncontract a#b\n  colour blue\n");
    Compilation c = compile(LOCKED);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot be read: line 3 starts with an unknown word 'colour'");
  }
}
