package io.contractcheck.sample.ids;

import io.contractcheck.Contract;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single source of ids in the app. Every id is a prefix and 16 random lowercase hex digits; a run
 * id embeds the id of its thread, so a run can always be traced to the thread it belongs to:
 *
 * <pre>
 * thread_3f9a0c1d2e4b5a69
 * run_thread_3f9a0c1d2e4b5a69_8c1e55f0a2b34d7e
 * req_0b7d9e2f4a6c8e10
 * conn_5e3a1c9b7d2f4a68
 * </pre>
 *
 * <p>The build enforces it: outside this class, the sample modules may not call the JDK's id and
 * random APIs ({@code sample-app/id-signatures.txt}, checked by forbiddenapis).
 */
@SuppressForbidden(reason = "the single source of ids: the one place that draws random bits")
public final class UnifiedIdGenerator {

  /** How a thread id looks, for messages that explain a rejected id. */
  public static final String THREAD_ID_FORMAT = "thread_<16 hex digits>";

  /** How a run id looks, for messages that explain a rejected id. */
  public static final String RUN_ID_FORMAT = "run_<thread_id>_<16 hex digits>";

  private static final String RANDOM_PART = "[0-9a-f]{16}";
  private static final Pattern THREAD_ID = Pattern.compile("thread_" + RANDOM_PART);
  private static final Pattern RUN_ID =
      Pattern.compile("run_(thread_" + RANDOM_PART + ")_" + RANDOM_PART);

  /**
   * One DRBG generator per thread, each seeded once from the system's entropy. A single shared
   * {@code new SecureRandom()} (NativePRNG on Linux) takes a global lock and reads /dev/urandom for
   * every id: under a burst of handshakes the threads queued on it.
   */
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(UnifiedIdGenerator::newGenerator);
  private static final HexFormat HEX = HexFormat.of();

  private UnifiedIdGenerator() {}

  /** A new conversation thread id. */
  @Contract
  public static String newThreadId() {
    return "thread_" + randomPart();
  }

  /** A new run id inside {@code threadId}; {@link #threadIdOf} gives {@code threadId} back. */
  @Contract
  public static String newRunId(String threadId) {
    if (!isValidThreadId(threadId)) {
      throw new IllegalArgumentException(
          "not a thread id: '" + threadId + "' (expected " + THREAD_ID_FORMAT + ")");
    }
    return "run_" + threadId + "_" + randomPart();
  }

  /** A new id for one request: one incoming message and the work it starts. */
  @Contract
  public static String newRequestId() {
    return "req_" + randomPart();
  }

  /** A new id for one WebSocket connection. */
  @Contract
  public static String newConnectionId() {
    return "conn_" + randomPart();
  }

  @Contract
  public static boolean isValidThreadId(String threadId) {
    return threadId != null && THREAD_ID.matcher(threadId).matches();
  }

  @Contract
  public static boolean isValidRunId(String runId) {
    return runId != null && RUN_ID.matcher(runId).matches();
  }

  /** The thread id embedded in {@code runId}; empty when {@code runId} is not a valid run id. */
  @Contract
  public static Optional<String> threadIdOf(String runId) {
    if (runId == null) {
      return Optional.empty();
    }
    Matcher matcher = RUN_ID.matcher(runId);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String randomPart() {
    return HEX.toHexDigits(RANDOM.get().nextLong());
  }

  private static SecureRandom newGenerator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      // Every JDK since 9 has DRBG; should one not, the platform's default still gives good ids.
      return new SecureRandom();
    }
  }
}
