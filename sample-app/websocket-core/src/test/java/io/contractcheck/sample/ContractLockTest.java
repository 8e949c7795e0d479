package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.ModuleCompiler.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * websocket-core's committed contract lock, checked the way the build checks it: javac in-process
 * with the processor and {@code -Acontractcheck.lockFile}.
 */
class ContractLockTest {

  private static final String CONTRACT_ID =
      "io.contractcheck.sample.chat.WebSocketManagerFactory#createWebSocketManager";
  private static final String FACTORY_FILE = "WebSocketManagerFactory.java";
  private static final String CONTRACT_ANNOTATION = "@Contract(requireNamedArguments = true, namedCall = true)";

  @TempDir Path temp;

  @Test
  void theSourcesCompileCleanAgainstTheCommittedLock() throws IOException {
    Compilation compilation =
        ModuleCompiler.compile(
            ModuleCompiler.javaFilesUnder(ModuleCompiler.mainSources()),
            Files.createDirectory(temp.resolve("classes")),
            "-Acontractcheck.lockFile=" + ModuleCompiler.committedLock());

    assertTrue(compilation.succeeded(), compilation::report);
    // Not even a [ContractLockChanged] note: the lock records every contract there is.
    assertEquals(List.of(), compilation.diagnostics(), compilation::report);
  }

  @Test
  void theCommittedLockIsWhatUpdatingItWouldWrite() throws IOException {
    Path regenerated = temp.resolve("contracts.lock");

    Compilation compilation =
        ModuleCompiler.compile(
            ModuleCompiler.javaFilesUnder(ModuleCompiler.mainSources()),
            Files.createDirectory(temp.resolve("classes")),
            "-Acontractcheck.lockFile=" + regenerated,
            "-Acontractcheck.updateLock=true");

    assertTrue(compilation.succeeded(), compilation::report);
    assertEquals(
        Files.readString(ModuleCompiler.committedLock()),
        Files.readString(regenerated),
        "contracts.lock is stale; regenerate it (see sample-app/README-section.md) and commit it");
  }

  @Test
  void renamingAContractParameterFailsTheBuildAtTheContract() throws IOException {
    Path sources = copyOfMainSources();
    Path factory = renameFactoryParameter(sources, "context");
    Path lock = Files.copy(ModuleCompiler.committedLock(), temp.resolve("contracts.lock"));

    Compilation compilation =
        ModuleCompiler.compile(
            ModuleCompiler.javaFilesUnder(sources),
            Files.createDirectory(temp.resolve("classes")),
            "-Acontractcheck.lockFile=" + lock);

    assertFalse(compilation.succeeded(), compilation::report);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(1, errors.size(), compilation::report);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    String message = error.getMessage(Locale.ROOT);
    assertTrue(message.startsWith("[ContractLockBroken]"), message);
    assertTrue(message.contains("'" + CONTRACT_ID + "'"), message);
    assertTrue(message.contains("renamed from 'userContext' to 'context'"), message);
    assertEquals(factory, Path.of(error.getSource().toUri()));
    assertEquals(lineContaining(factory, CONTRACT_ANNOTATION), error.getLineNumber());
    assertEquals(
        Files.readString(ModuleCompiler.committedLock()),
        Files.readString(lock),
        "checking the lock must not rewrite it");
  }

  @Test
  void updatingTheLockRecordsTheRenameAndTheBuildPassesAgain() throws IOException {
    Path sources = copyOfMainSources();
    renameFactoryParameter(sources, "context");
    Path lock = Files.copy(ModuleCompiler.committedLock(), temp.resolve("contracts.lock"));

    Compilation update =
        ModuleCompiler.compile(
            ModuleCompiler.javaFilesUnder(sources),
            Files.createDirectory(temp.resolve("updated")),
            "-Acontractcheck.lockFile=" + lock,
            "-Acontractcheck.updateLock=true");
    Compilation check =
        ModuleCompiler.compile(
            ModuleCompiler.javaFilesUnder(sources),
            Files.createDirectory(temp.resolve("checked")),
            "-Acontractcheck.lockFile=" + lock);

    assertTrue(update.succeeded(), update::report);
    String updated = Files.readString(lock);
    assertTrue(
        updated.contains("  parameter context io.contractcheck.sample.context.UserExecutionContext\n"),
        updated);
    assertFalse(updated.contains("parameter userContext"), updated);
    assertTrue(check.succeeded(), check::report);
    assertEquals(List.of(), check.errors(), check::report);
  }

  /** A copy of the module's main sources in the test's temporary folder. */
  private Path copyOfMainSources() throws IOException {
    Path root = ModuleCompiler.mainSources();
    Path copy = temp.resolve("src");
    for (Path source : ModuleCompiler.javaFilesUnder(root)) {
      Path target = copy.resolve(root.relativize(source).toString());
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    }
    return copy;
  }

  /** Renames createWebSocketManager's parameter {@code userContext}; returns the changed file. */
  private static Path renameFactoryParameter(Path sources, String newName) throws IOException {
    Path factory =
        ModuleCompiler.javaFilesUnder(sources).stream()
            .filter(file -> file.getFileName().toString().equals(FACTORY_FILE))
            .findFirst()
            .orElseThrow();
    String before = Files.readString(factory);
    assertTrue(
        before.contains("createWebSocketManager(UserExecutionContext userContext)"),
        "the factory no longer declares createWebSocketManager(UserExecutionContext userContext)");
    String after = before.replaceAll("\\buserContext\\b", newName);
    assertNotEquals(before, after);
    Files.writeString(factory, after);
    return factory;
  }

  private static long lineContaining(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " does not contain " + text);
  }
}
