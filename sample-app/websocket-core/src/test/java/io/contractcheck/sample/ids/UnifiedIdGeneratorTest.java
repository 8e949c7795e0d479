package io.contractcheck.sample.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedIdGeneratorTest {

  private static final String THREAD = "thread_0123456789abcdef";

  @Test
  void idsHaveTheirPrefixAndSixteenHexDigits() {
    assertTrue(UnifiedIdGenerator.newThreadId().matches("thread_[0-9a-f]{16}"));
    assertTrue(UnifiedIdGenerator.newRequestId().matches("req_[0-9a-f]{16}"));
    assertTrue(UnifiedIdGenerator.newConnectionId().matches("conn_[0-9a-f]{16}"));
    assertTrue(UnifiedIdGenerator.newRunId(THREAD).matches("run_" + THREAD + "_[0-9a-f]{16}"));
  }

  @Test
  void idsAreUnique() {
    Set<String> threads =
        IntStream.range(0, 10_000)
            .mapToObj(i -> UnifiedIdGenerator.newThreadId())
            .collect(Collectors.toSet());
    assertEquals(10_000, threads.size());
  }

  @Test
  void aRunIdEmbedsItsThreadId() {
    String threadId = UnifiedIdGenerator.newThreadId();
    String runId = UnifiedIdGenerator.newRunId(threadId);

    assertTrue(UnifiedIdGenerator.isValidRunId(runId));
    assertEquals(Optional.of(threadId), UnifiedIdGenerator.threadIdOf(runId));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"thread-1", "thread_0123456789ABCDEF", "thread_0123", "run_" + THREAD})
  void aRunIdNeedsAValidThreadId(String threadId) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnifiedIdGenerator.newRunId(threadId));
    assertTrue(e.getMessage().contains("thread_<16 hex digits>"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "run-42",
        THREAD,
        "run_" + THREAD,
        "run_" + THREAD + "_",
        "run_" + THREAD + "_0123456789ABCDEF",
        "run_" + THREAD + "_0123456789abcde",
        "run_" + THREAD + "_0123456789abcdef0",
        "run_thread_0123_0123456789abcdef",
        " run_" + THREAD + "_0123456789abcdef",
        "req_0123456789abcdef"
      })
  void rejectsMalformedRunIds(String runId) {
    assertFalse(UnifiedIdGenerator.isValidRunId(runId));
    assertEquals(Optional.empty(), UnifiedIdGenerator.threadIdOf(runId));
  }

  @Test
  void validatesThreadIds() {
    assertTrue(UnifiedIdGenerator.isValidThreadId(THREAD));
    assertFalse(UnifiedIdGenerator.isValidThreadId("thread_0123456789abcdeg"));
    assertFalse(UnifiedIdGenerator.isValidThreadId(null));
  }

  /** The generator is the single source of ids: no other class mints one. */
  @Test
  void noOtherClassCreatesIds() throws IOException {
    Pattern idMaking =
        Pattern.compile("UUID|SecureRandom|ThreadLocalRandom|new Random\\(|\"(thread|run|req|conn)_\"");
    Path sources = Path.of(System.getProperty("sample.mainSources"));
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.getFileName().toString().equals("UnifiedIdGenerator.java")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (idMaking.matcher(lines.get(i)).find()) {
            offenders.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
