package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's rule that ids come only from UnifiedIdGenerator: the forbidden-API checker the build
 * runs (forbiddenapis, same version, same signatures file and exemption), on server classes with an
 * id made elsewhere, and on the app's own classes.
 */
class SingleSourceOfIdsTest {

  private static final String REPLACEMENT =
      "use io.contractcheck.sample.ids.UnifiedIdGenerator, the single source of ids";

  @TempDir Path tempDir;

  @Test
  void aRandomUuidAddedToTheServerFailsTheBuildNamingUnifiedIdGenerator() throws Exception {
    Path classes =
        compile(
            "SessionKeys",
            """
            package io.contractcheck.sample.chat;

            final class SessionKeys {
              static String newKey() {
                return java.util.UUID.randomUUID().toString();
              }
            }
            """);

    Result result = check(classes);

    assertEquals(1, result.exitCode(), result.output());
    assertTrue(
        result.output().contains("Forbidden method invocation: java.util.UUID#randomUUID() [makes its own ids or randomness; " + REPLACEMENT),
        result.output());
    assertTrue(result.output().contains("in io.contractcheck.sample.chat.SessionKeys (SessionKeys.java:5)"), result.output());
    assertTrue(result.output().contains("1 error(s)"), result.output());
  }

  @Test
  void everyOtherWayOfMakingIdsIsRefusedToo() throws Exception {
    Path classes =
        compile(
            "Shortcuts",
            """
            package io.contractcheck.sample.chat;

            import java.security.SecureRandom;
            import java.util.Random;
            import java.util.UUID;
            import java.util.concurrent.ThreadLocalRandom;

            final class Shortcuts {
              static Object[] ids() {
                return new Object[] {
                  UUID.nameUUIDFromBytes(new byte[] {1}),
                  new Random().nextLong(),
                  Math.random(),
                  ThreadLocalRandom.current().nextLong(),
                  new SecureRandom().nextLong(),
                };
              }
            }
            """);

    Result result = check(classes);

    assertEquals(1, result.exitCode(), result.output());
    for (String api :
        List.of(
            "java.util.UUID#nameUUIDFromBytes(byte[])",
            "java.util.Random#<init>()",
            "java.lang.Math#random()",
            "java.util.concurrent.ThreadLocalRandom#current()",
            "java.security.SecureRandom#<init>()")) {
      assertTrue(result.output().contains("Forbidden method invocation: " + api + " [makes its own ids"), api + "\n" + result.output());
    }
    assertTrue(result.output().contains("5 error(s)"), result.output());
  }

  @Test
  void theAppsOwnClassesPassAndOnlyUnifiedIdGeneratorIsExempt() throws Exception {
    Path core =
        Arrays.stream(BuildPaths.dependencyClassPath().split(File.pathSeparator))
            .map(Path::of)
            .filter(entry -> entry.toString().contains("websocket-core"))
            .findFirst()
            .orElseThrow();

    Result server = check(BuildPaths.classes());
    Result websocketCore = check(core);

    assertEquals(0, server.exitCode(), server.output());
    assertEquals(0, websocketCore.exitCode(), websocketCore.output());
    assertTrue(websocketCore.output().contains(", 0 error(s)"), websocketCore.output());
  }

  private record Result(int exitCode, String output) {}

  private Path compile(String name, String source) throws IOException {
    Path file = tempDir.resolve("src/io/contractcheck/sample/chat/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(tempDir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(null, null, null, "--release", "17", "-g", "-proc:none", "-d", classes.toString(), file.toString());
    assertEquals(0, status, "the test's source must compile");
    return classes;
  }

  /** Runs forbiddenapis' command-line checker as the build configures its Maven goal. */
  private Result check(Path classes) throws IOException, InterruptedException {
    String checkerJar =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> Path.of(entry).getFileName().toString().startsWith("forbiddenapis-"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("forbiddenapis is not on the test class path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", checkerJar,
                "de.thetaphi.forbiddenapis.cli.CliMain",
                "--dir", classes.toString(),
                "--classpath", BuildPaths.appClassPath(),
                "--signaturesfile", BuildPaths.idSignatures().toString(),
                "--suppressannotation", BuildPaths.idSuppressAnnotation()));
    Path log = tempDir.resolve("forbiddenapis-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "forbiddenapis did not finish");
    return new Result(process.exitValue(), Files.readString(log));
  }
}
