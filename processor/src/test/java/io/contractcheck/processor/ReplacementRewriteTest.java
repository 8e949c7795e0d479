package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rewriting calls of replaced contracts: where it is safe, and the reason where it is not. */
class ReplacementRewriteTest {
  @TempDir Path temp;

  @Test
  void aReplacementInAnotherClassIsCalledByItsQualifiedNameAndAnInstanceMethodKeepsItsReceiver()
      throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/v2/Sessions.java", """
            package demo.v2;

            import io.contractcheck.Contract;

            public final class Sessions {
              @Contract
              public static String open(String userId, int timeout) {
                return userId + timeout;
              }
            }
            """)
        .write("src/demo/Legacy.java", """
            package demo;

            import io.contractcheck.Contract;

            public class Legacy {
              @Contract(replacedBy = "demo.v2.Sessions#open")
              public static String openSession(int timeout, String userId, boolean verbose) {
                return userId + timeout + verbose;
              }

              @Contract(replacedBy = "demo.Legacy#send")
              public void post(String roomId, String text, String format) {}

              @Contract
              public void send(String text, String roomId) {}
            }
            """)
        .write("src/demo/Caller.java", """
            package demo;

            import static demo.Legacy.openSession;

            final class Caller {
              static final boolean VERBOSE = true;

              String call(String userId, int timeout) {
                return openSession(timeout, userId, Caller.VERBOSE);
              }

              void post(Legacy legacy, String roomId) {
                legacy.post(/* roomId= */ roomId, "hi", "markdown"); // reply
              }
            }
            """)
        .commit();
    Path patch = temp.resolve("fixes.patch");

    SourceRepo.Result before = repo.compile(SourceRepo.Jar.PROCESSOR, Map.of("fix", patch.toString()));
    assertWithMessage("%s", before.diagnostics()).that(before.count("WARNING")).isEqualTo(2);
    repo.apply(patch);

    assertThat(repo.read("src/demo/Caller.java")).contains(
        "    return demo.v2.Sessions.open(userId, timeout);\n");
    assertThat(repo.read("src/demo/Caller.java")).contains(
        "    legacy.send(\"hi\", /* roomId= */ roomId); // reply\n");
    SourceRepo.Result after = repo.compile(SourceRepo.Jar.PROCESSOR);
    assertWithMessage("%s", after.diagnostics()).that(after.diagnostics()).isEmpty();
    assertThat(after.success()).isTrue();
  }

  @Test
  void replacementDropsLetsAFixLeaveOutAnArgumentWithEffects() throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Contexts.java", """
            package demo;

            import io.contractcheck.Contract;

            public final class Contexts {
              @Contract(replacedBy = "demo.Contexts#current", replacementDrops = "requestId")
              public static String create(String userId, String requestId) {
                return userId + requestId;
              }

              @Contract
              public static String current(String userId) {
                return userId + newRequestId();
              }

              static String newRequestId() {
                return "req";
              }
            }
            """)
        .write("src/demo/Caller.java", """
            package demo;

            final class Caller {
              String call(String userId) {
                return Contexts.create(userId, Contexts.newRequestId());
              }
            }
            """)
        .commit();
    Path patch = temp.resolve("fixes.patch");

    SourceRepo.Result before = repo.compile(SourceRepo.Jar.PLUGIN, Map.of("fix", patch.toString()));
    assertWithMessage("%s", before.diagnostics()).that(before.count("WARNING")).isEqualTo(1);
    repo.apply(patch);

    assertThat(repo.read("src/demo/Caller.java")).contains("    return Contexts.current(userId);\n");
    assertThat(repo.compile(SourceRepo.Jar.PLUGIN).diagnostics()).isEmpty();
  }

  @Test
  void replacementDropsMustNameAParameterAndComeWithReplacedBy() {
    Compilation c = Compilations.compile(source("demo.Api", """
        package demo;

        import io.contractcheck.Contract;

        public final class Api {
          @Contract(replacedBy = "demo.Api#current", replacementDrops = "reqId")
          public static String create(String userId, String requestId) { return userId; }

          @Contract(replacementDrops = "userId")
          public static String current(String userId) { return userId; }
        }
        """));

    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorCount(2);
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining(
            "[InvalidContract] replacementDrops names 'reqId', which is not a parameter of"
                + " Api.create(String userId, String requestId)")
        .inFile(Compilations.file(c, "Api.java"))
        .onLineContaining("replacementDrops = \"reqId\"");
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining(
            "[InvalidContract] replacementDrops without replacedBy on Api.current(String userId)")
        .inFile(Compilations.file(c, "Api.java"))
        .onLineContaining("replacementDrops = \"userId\"");
  }

  private static final String OLD_AND_NEW = """
      package demo;

      import io.contractcheck.Contract;

      public final class Api {
        @Contract(replacedBy = "demo.Api#missing")
        public static String a(String userId) { return userId; }

        @Contract
        public static String missing(String userId, String roomId) { return userId + roomId; }

        @Contract(replacedBy = "demo.Api#narrower")
        public static String b(Object value) { return "" + value; }

        @Contract
        public static String narrower(String value) { return value; }

        @Contract(replacedBy = "demo.Api#reversed")
        public static String c(String first, String second) { return first + second; }

        @Contract
        public static String reversed(String second, String first) { return first + second; }

        @Contract(replacedBy = "demo.Api#throwing")
        public static String d(String userId) { return userId; }

        @Contract
        public static String throwing(String userId) throws java.io.IOException { return userId; }

        @Contract(replacedBy = "demo.Api#make")
        public Api(String name) {}

        @Contract
        public static Api make(String name) { return new Api(name); }
      }
      """;

  private static String whyNot(Compilation c, String call) {
    return Compilations.diagnostics(c).stream()
        .filter(d -> d.contains("[ReplacedContract] " + call + "(...)"))
        .map(d -> d.substring(d.indexOf("(no automatic fix: ") + "(no automatic fix: ".length()))
        .findFirst().orElseThrow(() -> new AssertionError(Compilations.diagnostics(c)));
  }

  @Test
  void everyUnsafeRewriteSaysWhyNamingTheParameter() {
    Compilation c = Compilations.compile(source("demo.Api", OLD_AND_NEW), source("demo.Caller", """
        package demo;

        final class Caller {
          Object calls(Object value, String userId) {
            Api.a(userId);
            Api.b(value);
            Api.c(userId.trim(), userId.strip());
            Api.d(userId);
            return new Api(userId);
          }
        }
        """));

    assertThat(whyNot(c, "a")).isEqualTo("the replacement's parameter 'roomId' has no argument of"
        + " that name in this call)");
    assertThat(whyNot(c, "b")).isEqualTo("argument 1 'value' cannot be passed to the"
        + " replacement's parameter 'value' of type java.lang.String)");
    assertThat(whyNot(c, "c")).isEqualTo("the replacement takes the arguments in another order,"
        + " and argument 'userId.trim()' for parameter 'first' is not a name, literal or field"
        + " read: reordering could change what happens first)");
    assertThat(whyNot(c, "d")).isEqualTo("the replacement throws java.io.IOException, which the"
        + " old contract does not)");
    assertThat(whyNot(c, "new Api")).isEqualTo("only calls of methods are rewritten, not constructor"
        + " calls)");
  }
}
