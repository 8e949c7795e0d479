package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix patch, with both jars: every kind of fix is written to one unified diff, {@code git
 * apply} takes it from the repository root, and the patched sources compile without a finding.
 */
class FixPatchTest {
  static final String FACTORIES = """
      package demo;

      import io.contractcheck.Contract;

      public final class Factories {
        @Contract
        public static String createWebSocketManager(String userContext) {
          return userContext;
        }

        @Contract
        public static String runId(String threadId, String runId) {
          return threadId + runId;
        }

        @Contract(requireNamedArguments = true)
        public static String connect(String userId, int port, boolean secure) {
          return userId + port + secure;
        }

        @Contract(requireNamedArguments = true)
        public static String join(String separator, String... parts) {
          return String.join(separator, parts);
        }
      }
      """;

  static final String CONTEXTS = """
      package demo;

      import io.contractcheck.Contract;

      public final class Contexts {
        @Contract(replacedBy = "demo.Contexts#current")
        public static String create(String userId, String threadId, String requestId) {
          return userId + threadId + requestId;
        }

        @Contract
        public static String current(String threadId, String userId) {
          return threadId + userId;
        }

        @Contract(replacedBy = "demo.Contexts#current")
        public static String createWithId(String userId, String threadId, String requestId) {
          return userId + threadId + requestId;
        }

        static String newRequestId() {
          return "req";
        }
      }
      """;

  /** Every kind of finding that has a fix, with formatting and comments around them to keep. */
  static final String CALLER = """
      package demo;

      final class Caller {
        private final String requestId = "r";

        // the label is stale: the parameter was renamed
        String label(String context) {
          return Factories.createWebSocketManager(/* context= */ context);
        }

        String unnamed(String user) {
          return Factories.connect(user, 8080, true); // keep this comment
        }

        String varargs(String sep, String first, String second) {
          return Factories.join(/* separator= */ sep, first, second);
        }

        String pair(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }

        String replaced(String userId, String threadId) {
          return Contexts.create(
              userId,   // who
              threadId,
              requestId);
        }

        String notSafe(String userId, String threadId) {
          return Contexts.createWithId(userId, threadId, Contexts.newRequestId());
        }
      }
      """;

  static final String FIXED_CALLER = """
      package demo;

      final class Caller {
        private final String requestId = "r";

        // the label is stale: the parameter was renamed
        String label(String context) {
          return Factories.createWebSocketManager(/* userContext= */ context);
        }

        String unnamed(String user) {
          return Factories.connect(/* userId= */ user, 8080, /* secure= */ true); // keep this comment
        }

        String varargs(String sep, String first, String second) {
          return Factories.join(/* separator= */ sep, /* parts= */ first, second);
        }

        String pair(String threadId, String runId) {
          return Factories.runId(threadId, runId);
        }

        String replaced(String userId, String threadId) {
          return Contexts.current(
              threadId,   // who
              userId);
        }

        String notSafe(String userId, String threadId) {
          return Contexts.createWithId(userId, threadId, Contexts.newRequestId());
        }
      }
      """;

  @TempDir Path temp;

  private SourceRepo repo() {
    return new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FACTORIES)
        .write("src/demo/Contexts.java", CONTEXTS)
        .write("src/demo/Caller.java", CALLER)
        .commit();
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void everyKindOfFixIsInOnePatchThatGitAppliesAndThatCompilesClean(SourceRepo.Jar jar)
      throws Exception {
    SourceRepo repo = repo();
    Path patch = temp.resolve("out/fixes.patch");

    SourceRepo.Result before = repo.compile(jar, Map.of("fix", patch.toString()));

    // label, two unnamed, one unnamed varargs pair, one swap; two replaced calls warn
    assertWithMessage("%s", before.diagnostics()).that(before.count("ERROR")).isEqualTo(6);
    assertThat(before.count("WARNING")).isEqualTo(2);
    assertThat(before.diagnostics()).contains("WARNING Caller.java:24 [ReplacedContract] create(...)"
        + " calls contract 'demo.Contexts#create' (Contexts.create(String userId, String threadId,"
        + " String requestId)), which is replaced by 'demo.Contexts#current':"
        + " Contexts.current(String threadId, String userId); move this call to the replacement");
    assertThat(before.diagnostics()).contains("WARNING Caller.java:31 [ReplacedContract]"
        + " createWithId(...) calls contract 'demo.Contexts#createWithId' (Contexts.createWithId("
        + "String userId, String threadId, String requestId)), which is replaced by"
        + " 'demo.Contexts#current': Contexts.current(String threadId, String userId); move this"
        + " call to the replacement (no automatic fix: the replacement takes no parameter"
        + " 'requestId', and its argument 'Contexts.newRequestId()' is not a name, literal or"
        + " field read: leaving it out could drop an effect. Move the call by hand, or, if the"
        + " replacement does that work itself, declare it on the old contract:"
        + " @Contract(replacementDrops = \"requestId\"))");
    // every finding but the unsafe replacement has a fix (the two unnamed varargs share theirs)
    assertWithMessage("%s", before.diagnostics()).that(before.diagnostics().stream()
        .filter(d -> d.startsWith("NOTE -:-1 [ReportSummary] wrote the fixes of 7 findings to "
            + patch))
        .count()).isEqualTo(1);
    String diff = Files.readString(patch);
    assertThat(diff).startsWith("diff --git a/src/demo/Caller.java b/src/demo/Caller.java\n"
        + "--- a/src/demo/Caller.java\n+++ b/src/demo/Caller.java\n@@ -5,26 +5,25 @@\n");

    repo.apply(patch);

    assertThat(repo.read("src/demo/Caller.java")).isEqualTo(FIXED_CALLER);
    SourceRepo.Result after = repo.compile(jar);
    assertWithMessage("%s", after.diagnostics()).that(after.success()).isTrue();
    // only the call that has no safe rewrite is left, unchanged
    assertThat(after.diagnostics()).hasSize(1);
    assertThat(after.diagnostics().get(0))
        .startsWith("WARNING Caller.java:30 [ReplacedContract] createWithId(...)");

    // nothing left to fix: the patch is empty, and the note says how git takes an empty file
    Path again = temp.resolve("out/again.patch");
    SourceRepo.Result second = repo.compile(jar, Map.of("fix", again.toString()));
    assertThat(Files.readString(again)).isEmpty();
    assertWithMessage("%s", second.diagnostics()).that(second.diagnostics().stream()
        .filter(d -> d.equals("NOTE -:-1 [ReportSummary] wrote an empty fix patch"
            + " to " + again + ": no finding of this compilation has a fix (git apply takes an"
            + " empty file only with --allow-empty)"))
        .count()).isEqualTo(1);
  }

  /** R13 to R15 (docs/checks/SwappedArguments.md): pairs the wrong way round, exchanged back. */
  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void reversedEndsAndOffsetsAreExchangedBack(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("ends"))
        .write("src/demo/Ends.java", """
            package demo;

            final class Ends {
              String cut(String s, int i, int start, int end, StringBuilder sb, char[] buf,
                  int len) {
                sb.append(buf, len, start);
                return s.substring(i + 1, i) + s.substring(end, start);
              }
            }
            """)
        .commit();
    Path patch = temp.resolve("out/ends.patch");

    SourceRepo.Result before =
        repo.compile(jar, Map.of("scope", "all", "fix", patch.toString()));

    assertWithMessage("%s", before.diagnostics()).that(before.count("ERROR")).isEqualTo(3);
    assertThat(before.diagnostics()).contains("ERROR Ends.java:6 [SwappedArguments] arguments 2"
        + " 'len' and 3 'start' of append(...) are the wrong way round: 'len' names a length but"
        + " is passed to parameter 'offset', and 'start' names a position but is passed to"
        + " parameter 'len' in StringBuilder.append(char[] str, int offset, int len); exchange"
        + " them");
    assertThat(before.diagnostics()).contains("ERROR Ends.java:7 [SwappedArguments] arguments 1"
        + " 'i + 1' and 2 'i' of substring(...) are the wrong way round: parameter 'beginIndex'"
        + " gets a value greater than parameter 'endIndex' (by 1) in String.substring(int"
        + " beginIndex, int endIndex); exchange them");
    assertThat(before.diagnostics()).contains("ERROR Ends.java:7 [SwappedArguments] arguments 1"
        + " 'end' and 2 'start' of substring(...) are the wrong way round: 'start' names the low"
        + " end of the pair but is passed to parameter 'endIndex', and 'end' to parameter"
        + " 'beginIndex' in String.substring(int beginIndex, int endIndex); exchange them");

    repo.apply(patch);

    assertThat(repo.read("src/demo/Ends.java")).contains(
        "    sb.append(buf, start, len);\n"
            + "    return s.substring(i, i + 1) + s.substring(start, end);\n");
    SourceRepo.Result after = repo.compile(jar, Map.of("scope", "all"));
    assertWithMessage("%s", after.diagnostics()).that(after.success()).isTrue();
    assertThat(after.count("ERROR")).isEqualTo(0);
  }

  /** R23: the class's other calls show where each value goes; the exchange is the fix. */
  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void valuesTheClassPlacesElsewhereAreExchangedBack(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("places"))
        .write("src/demo/Dates.java", """
            package demo;

            import java.util.Calendar;

            final class Dates {
              static void set(Calendar calendar, int year, int month, int day, int hour) {
                calendar.set(Calendar.YEAR, year);
                calendar.set(Calendar.MONTH, month);
                calendar.set(Calendar.DAY_OF_MONTH, day);
                calendar.set(hour, Calendar.HOUR_OF_DAY);
              }
            }
            """)
        .commit();
    Path patch = temp.resolve("out/places.patch");

    SourceRepo.Result before =
        repo.compile(jar, Map.of("scope", "all", "fix", patch.toString()));

    assertWithMessage("%s", before.diagnostics()).that(before.count("ERROR")).isEqualTo(1);
    assertThat(before.diagnostics()).contains("ERROR Dates.java:10 [SwappedArguments] arguments 1"
        + " 'hour' and 2 'Calendar.HOUR_OF_DAY' of set(...) look swapped: 3 other calls of"
        + " set(...) in this class pass a constant of Calendar to parameter 'field' in"
        + " Calendar.set(int field, int value); exchange them, or label them /* field= */ and /*"
        + " value= */ if this is intended");

    repo.apply(patch);

    assertThat(repo.read("src/demo/Dates.java"))
        .contains("    calendar.set(Calendar.HOUR_OF_DAY, hour);\n");
    SourceRepo.Result after = repo.compile(jar, Map.of("scope", "all"));
    assertWithMessage("%s", after.diagnostics()).that(after.success()).isTrue();
    assertThat(after.count("ERROR")).isEqualTo(0);
  }
}
