package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where no named call can be generated: one clear diagnostic, never broken generated code. */
class NamedCallDiagnosticsTest {
  @TempDir Path temp;

  /** Compiles with a fresh processor; returns the diagnostics and leaves sources under temp/gen. */
  private List<String> compileToFiles(JavaFileObject... sources) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Path gen = Files.createDirectories(temp.resolve("gen"));
    Path out = Files.createDirectories(temp.resolve("out"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, List.of(
          "-d", out.toString(), "-s", gen.toString(),
          "-classpath", Producers.annotations().toString()), null, List.of(sources));
      task.setProcessors(List.of(new ContractProcessor()));
      task.call();
    }
    return Compilations.lines(collector.getDiagnostics());
  }

  private List<String> generatedFiles() throws Exception {
    try (Stream<Path> files = Files.walk(temp.resolve("gen"))) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void onAPrivateMethodItIsAnInvalidContractAndNothingIsGenerated() throws Exception {
    List<String> diagnostics = compileToFiles(source("demo.Hidden", """
        package demo;

        import io.contractcheck.Contract;

        public class Hidden {
          @Contract(namedCall = true)
          private static String make(String userId) { return userId; }
        }
        """));
    assertThat(diagnostics).containsExactly("ERROR Hidden.java:6 [InvalidContract] @Contract on"
        + " private method make: a contract is an interface for callers in other classes; make it"
        + " non-private or remove @Contract");
    assertThat(generatedFiles()).isEmpty();
  }

  @Test
  void inLocalAndAnonymousClassesItIsAnInvalidContractAndNothingIsGenerated() throws Exception {
    List<String> diagnostics = compileToFiles(source("demo.Blocks", """
        package demo;

        import io.contractcheck.Contract;

        public class Blocks {
          Object make() {
            class Local {
              @Contract(namedCall = true)
              String local(String userId) { return userId; }
            }
            return new Object() {
              @Contract(namedCall = true)
              String anonymous(String userId) { return userId + new Local(); }
            };
          }
        }
        """));
    assertThat(diagnostics).containsExactly(
        "ERROR Blocks.java:8 [InvalidContract] @Contract on method local of a local class: no code"
            + " outside its enclosing block can call it; move it to a top-level or member class,"
            + " or remove @Contract",
        "ERROR Blocks.java:12 [InvalidContract] @Contract on method anonymous of an anonymous"
            + " class: no code outside its enclosing block can call it; move it to a top-level or"
            + " member class, or remove @Contract").inOrder();
    assertThat(generatedFiles()).isEmpty();
  }

  @Test
  void membersThatCanHaveNoNamedCallAreWarnedAboutAndTheRestIsGenerated() {
    JavaFileObject kinds = source("demo.Kinds", """
        package demo;

        import io.contractcheck.Contract;

        public class Kinds {
          @Contract(namedCall = true)
          public static String none() { return ""; }

          @Contract(namedCall = true)
          public static String pause(long wait) { return "" + wait; }

          @Contract(value = "a#make", namedCall = true)
          public static String make(String userId) { return userId; }

          @Contract(value = "b#make", namedCall = true)
          public static String make(String userId, String threadId) { return userId + threadId; }

          public class Inner {
            @Contract(namedCall = true)
            public Inner(String userId) {}
          }

          enum Mode {
            ON("on");
            @Contract(namedCall = true)
            Mode(String label) {}
          }
        }
        """);
    Compilation c = javac().compile(kinds);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(5);
    JavaFileObject file = file(c, "Kinds.java");
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Kinds.none(): it"
        + " has no parameters, so there is nothing to name; call it directly")
        .inFile(file).onLine(6);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Kinds.pause(long"
        + " wait): its parameter 'wait' would be a step method wait(...), which clashes with"
        + " Object.wait; rename the parameter").inFile(file).onLine(9);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Kinds.make(String"
        + " userId, String threadId): its entry point KindsCalls.make() would have the name of the"
        + " entry point of contract 'a#make'; give one of them an explicit id with"
        + " @Contract(\"...\")").inFile(file).onLine(15);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Inner(String"
        + " userId): the constructor of an inner (non-static) class needs an enclosing instance"
        + " ('outer.new Inner(...)'); make the class static, or call the constructor directly")
        .inFile(file).onLine(19);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Mode(String"
        + " label): the constructor of an enum is called by its constants only")
        .inFile(file).onLine(25);
    String generated = NamedCallFixtures.generated(c, "KindsCalls");
    assertThat(generated).contains("public static Make.UserId make() {");
    assertThat(generated).doesNotContain("none()");
    assertThat(generated).doesNotContain("pause()");
  }

  @Test
  void onATypeMembersWithoutParametersAreSkippedQuietly() {
    Compilation c = javac().compile(source("demo.Session", """
        package demo;

        import io.contractcheck.Contract;

        @Contract(namedCall = true)
        public final class Session {
          public Session(String userId) {}
          public String userId() { return ""; }
          public void close() {}
          public void rename(String userId) {}
        }
        """));
    assertThat(c).succeededWithoutWarnings();
    String generated = NamedCallFixtures.generated(c, "SessionCalls");
    assertThat(generated).contains("public static NewSession.UserId newSession() {");
    assertThat(generated).contains("public static Rename.UserId rename(Session receiver) {");
    assertThat(generated).doesNotContain("close(");
  }

  @Test
  void aPrivateNestedTypeGetsNoNamedCall() {
    Compilation c = javac().compile(source("demo.Holder", """
        package demo;

        import io.contractcheck.Contract;

        public class Holder {
          private static class Secret {
            @Contract(namedCall = true)
            public static String open(String userId) { return userId; }
          }
        }
        """));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for"
        + " Secret.open(String userId): its type Secret is private, so no other class can call"
        + " it; make the type package-private or public")
        .inFile(file(c, "Holder.java")).onLine(7);
  }

  @Test
  void anExistingClassOfTheGeneratedNameIsReportedNotOverwritten() {
    Compilation c = javac().compile(source("demo.Thing", """
        package demo;

        import io.contractcheck.Contract;

        public class Thing {
          @Contract(namedCall = true)
          public static String make(String userId) { return userId; }
        }
        """), source("demo.ThingCalls", """
        package demo;

        public class ThingCalls {}
        """));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named calls for the contracts of"
        + " Thing: the class demo.ThingCalls exists already").inFile(file(c, "Thing.java"))
        .onLine(5);
  }

  @Test
  void anEntryPointWithoutParametersNamedLikeAMethodOfObjectIsReportedNotGenerated() {
    Compilation c = javac().compile(source("demo.Bytes", """
        package demo;

        import io.contractcheck.Contract;

        public class Bytes {
          @Contract(namedCall = true)
          public static String toString(byte[] bytes, int radix) { return bytes.length + ":" + radix; }

          @Contract(value = "getClass", namedCall = true)
          public Bytes(String name) {}

          @Contract(value = "toText", namedCall = true)
          public static String toString(byte[] bytes) { return "" + bytes.length; }

          @Contract(namedCall = true)
          public int hashCode(int seed) { return seed; }
        }
        """));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(2);
    JavaFileObject file = file(c, "Bytes.java");
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for"
        + " Bytes.toString(byte[] bytes, int radix): its entry point would be BytesCalls.toString()"
        + " after the contract id 'demo.Bytes#toString', which clashes with Object.toString();"
        + " give the contract an explicit id with @Contract(\"...\") whose last part is another"
        + " name").inFile(file).onLine(6);
    assertThat(c).hadWarningContaining("[NamedCallUnavailable] no named call for Bytes(String"
        + " name): its entry point would be BytesCalls.getClass() after the contract id"
        + " 'getClass', which clashes with Object.getClass()").inFile(file).onLine(9);
    String generated = NamedCallFixtures.generated(c, "BytesCalls");
    assertThat(generated).contains("public static ToText.Bytes toText() {");
    // an instance method's entry point takes the receiver: an overload, no clash
    assertThat(generated).contains("public static HashCode.Seed hashCode(Bytes receiver) {");
  }

  @Test
  void aWarningCanBeSuppressed() {
    Compilation c = javac().compile(source("demo.Quiet", """
        package demo;

        import io.contractcheck.Contract;

        public class Quiet {
          @SuppressWarnings("contractcheck:NamedCallUnavailable")
          @Contract(namedCall = true)
          public static String none() { return ""; }
        }
        """));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void theUnnamedArgumentMessagePointsToTheNamedCall() {
    Compilation c = javac().compile(source("demo.Factory", """
        package demo;

        import io.contractcheck.Contract;

        public class Factory {
          @Contract(namedCall = true, requireNamedArguments = true)
          public static String createWebSocketManager(String userContext, int port) {
            return userContext + port;
          }
        }
        """), source("demo.Caller", """
        package demo;

        class Caller {
          String call(String context) {
            return Factory.createWebSocketManager(context, /* port= */ 80);
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[UnnamedArgument] argument 1 'context' of"
        + " createWebSocketManager(...) is not named, but contract"
        + " 'demo.Factory#createWebSocketManager' (requireNamedArguments = true) requires named"
        + " arguments for Factory.createWebSocketManager(String userContext, int port) (its name"
        + " does not contain the words of 'userContext'); write /* userContext= */ context, or"
        + " pass a variable named like 'userContext'; or use its named call"
        + " FactoryCalls.createWebSocketManager().userContext(context).port(80).call()")
        .inFile(file(c, "Caller.java")).onLine(5);
  }

  @Test
  void thePluginJarAloneSaysOnceWhichJarGeneratesThem() throws Exception {
    PluginCompilations.Result result = PluginCompilations.compile(temp.resolve("out"),
        source("demo.Pair", """
            package demo;

            import io.contractcheck.Contract;

            public class Pair {
              @Contract(namedCall = true)
              public static String left(String userId, String threadId) { return userId; }

              @Contract(namedCall = true)
              public static String right(String userId, String threadId) { return threadId; }
            }
            """));
    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).containsExactly("WARNING Pair.java:6 [NamedCallUnavailable] 2"
        + " contracts of this module ask for a named call (namedCall = true): demo.Pair#left,"
        + " demo.Pair#right; the plugin jar cannot generate them, because javac gives plugins no"
        + " Filer. Compile this module with the processor jar (contractcheck-processor without"
        + " <classifier>plugin</classifier>); modules that only call the named calls can keep the"
        + " plugin jar");
    try (Stream<Path> files = Files.walk(temp.resolve("out"))) {
      assertThat(files.map(Path::toString).filter(p -> p.contains("PairCalls")).toList()).isEmpty();
    }
  }

  @Test
  void thePluginJarAloneNamesASingleContractInTheSingular() throws Exception {
    PluginCompilations.Result result = PluginCompilations.compile(temp.resolve("out"),
        source("demo.Single", """
            package demo;

            import io.contractcheck.Contract;

            public class Single {
              @Contract(namedCall = true)
              public static String only(String userId, String threadId) { return userId; }
            }
            """));
    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).containsExactly("WARNING Single.java:6 [NamedCallUnavailable] 1"
        + " contract of this module asks for a named call (namedCall = true): demo.Single#only; the"
        + " plugin jar cannot generate it, because javac gives plugins no Filer. Compile this module"
        + " with the processor jar (contractcheck-processor without <classifier>plugin</classifier>);"
        + " modules that only call the named calls can keep the plugin jar");
  }

  @Test
  void aRenamedParameterBreaksTheCallerWithTheCompilersOwnErrorWithoutContractCheck()
      throws Exception {
    JavaFileObject renamed = source("lib.Factory", """
        package lib;

        import io.contractcheck.Contract;

        public class Factory {
          @Contract(namedCall = true)
          public static String createWebSocketManager(String context) { return context; }
        }
        """);
    Path producer = Producers.compileToDirectory(temp.resolve("producer"), List.of(), renamed);
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withOptions("-proc:none")
        .withClasspath(List.of(producer.toFile(), Producers.annotations()))
        .compile(source("app.Caller", """
            package app;

            import lib.FactoryCalls;

            class Caller {
              String call(String context) {
                return FactoryCalls.createWebSocketManager().userContext(context).call();
              }
            }
            """));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(file(c, "Caller.java"))
        .onLine(7);
    // javac's own words: the step now takes 'context', so 'userContext' does not exist
    assertThat(c).hadErrorContaining("symbol:   method userContext(java.lang.String)");
    assertThat(c).hadErrorContaining("location: class lib.FactoryCalls.CreateWebSocketManager.Context");
  }
}
