package io.contractcheck.sample.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one load run does, read from the command line.
 *
 * @param mode open loop (fixed arrival rate) or closed loop (each user sends again when its run ends)
 * @param users how many users stay connected during the run
 * @param rate open loop only: runs per second, over all users
 * @param duration how long runs are started
 * @param drain how long to wait, after the last start, for runs still in flight
 * @param server the server's address ({@code http://host:port}); empty: start one from {@code serverJar}
 * @param serverJar the server's jar, started with {@code --port 0} when no address is given
 * @param stepDelay the agent step delay of a server the tool starts
 * @param serverWarmUp the {@code --warm-up} handshakes of a server the tool starts (0: none)
 * @param serverJavaOptions JVM options of a server the tool starts, before {@code -jar}
 * @param serverPid the process of a server given by address, for its heap, threads and CPU
 * @param handshakes flood only: handshakes started at once in each flood, half with forged tokens
 * @param floods flood only: how many floods, one after the other, into the same server
 * @param jwtSecret flood with {@code --url} only: the server's {@code CONTRACTCHECK_JWT_SECRET}, read
 *     from the tool's environment, to sign the valid tokens
 */
record LoadOptions(
    Mode mode,
    int users,
    int rate,
    Duration duration,
    Duration drain,
    Optional<URI> server,
    Path serverJar,
    Duration stepDelay,
    int serverWarmUp,
    List<String> serverJavaOptions,
    OptionalLong serverPid,
    int handshakes,
    int floods,
    Optional<String> jwtSecret) {

  enum Mode {
    OPEN,
    CLOSED,
    FLOOD
  }

  static final String USAGE =
      """
      Usage: java -jar sample-app/load/target/contractcheck-sample-load.jar [options]

        --mode open|closed|flood
                              open: runs arrive at --rate per second whatever the server does,
                              latency from each run's scheduled start (default);
                              closed: each user sends again as soon as its run completes;
                              flood: --handshakes WebSocket handshakes at once, half with forged
                              tokens, --floods times into the same server (no runs)
        --users N             connected users (default 1000)
        --rate R              open loop: runs per second over all users (default 1000)
        --duration S          seconds of starting runs (default 20)
        --drain S             seconds to wait for runs still in flight at the end (default 10)
        --server-jar PATH     the server to start, on a free port, with dev tokens
                              (default sample-app/server/target/contractcheck-sample-app.jar)
        --step-delay MS       the agent step delay of that server (default 0)
        --server-warm-up N    that server's --warm-up: N handshakes to itself before it announces
                              its page (default 0)
        --server-java-option OPT
                              a JVM option for that server, e.g. -XX:TieredStopAtLevel=1; may be
                              given more than once (default: none)
        --handshakes N        flood: handshakes per flood, an even number (default 2000)
        --floods F            flood: floods one after the other (default 3)
        --url http://H:P      use a running server instead (open and closed loop: it must have
                              dev tokens on; flood: CONTRACTCHECK_JWT_SECRET must be the server's)
        --server-pid PID      with --url: the server's process, to report its heap, threads, CPU
        --help                print this help

      Exit status: 0 when every run completed in order with nothing from another user (flood: when
      every valid handshake connected, every forged one got 401, nothing else failed and the
      server logged one line per refusal and no other warning), 1 otherwise, 2 for invalid options.
      """;

  static LoadOptions parse(List<String> args, Map<String, String> env) {
    Mode mode = Mode.OPEN;
    int users = 1_000;
    int rate = 1_000;
    Duration duration = Duration.ofSeconds(20);
    Duration drain = Duration.ofSeconds(10);
    Optional<URI> server = Optional.empty();
    Path serverJar = Path.of("sample-app/server/target/contractcheck-sample-app.jar");
    Duration stepDelay = Duration.ZERO;
    int serverWarmUp = 0;
    List<String> serverJavaOptions = new ArrayList<>();
    OptionalLong serverPid = OptionalLong.empty();
    int handshakes = 2_000;
    int floods = 3;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (i + 1 == args.size()) {
        throw new IllegalArgumentException(option + " needs a value (or is unknown)");
      }
      String value = args.get(++i);
      switch (option) {
        case "--mode" -> mode = switch (value) {
          case "open" -> Mode.OPEN;
          case "closed" -> Mode.CLOSED;
          case "flood" -> Mode.FLOOD;
          default -> throw new IllegalArgumentException(
              "--mode must be open, closed or flood, got '" + value + "'");
        };
        case "--users" -> users = positive(option, value);
        case "--rate" -> rate = positive(option, value);
        case "--duration" -> duration = Duration.ofSeconds(positive(option, value));
        case "--drain" -> drain = Duration.ofSeconds(positive(option, value));
        case "--server-jar" -> serverJar = Path.of(value);
        case "--step-delay" -> stepDelay = Duration.ofMillis(number(option, value));
        case "--server-warm-up" -> serverWarmUp = (int) Math.min(Integer.MAX_VALUE, number(option, value));
        case "--server-java-option" -> {
          if (!value.startsWith("-")) {
            throw new IllegalArgumentException(
                "--server-java-option takes one JVM option starting with '-', got '" + value + "'");
          }
          serverJavaOptions.add(value);
        }
        case "--url" -> server = Optional.of(URI.create(value));
        case "--server-pid" -> serverPid = OptionalLong.of(number(option, value));
        case "--handshakes" -> handshakes = positive(option, value);
        case "--floods" -> floods = positive(option, value);
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    if (serverPid.isPresent() && server.isEmpty()) {
      throw new IllegalArgumentException("--server-pid needs --url (a server the tool starts is known)");
    }
    if (server.isPresent() && (serverWarmUp > 0 || !serverJavaOptions.isEmpty())) {
      throw new IllegalArgumentException(
          "--server-warm-up and --server-java-option are for a server the tool starts, not with --url");
    }
    if (handshakes % 2 != 0) {
      throw new IllegalArgumentException("--handshakes must be even (half are forged), got " + handshakes);
    }
    Optional<String> jwtSecret =
        Optional.ofNullable(env.get("CONTRACTCHECK_JWT_SECRET")).filter(secret -> !secret.isEmpty());
    if (mode == Mode.FLOOD && server.isPresent() && jwtSecret.isEmpty()) {
      throw new IllegalArgumentException(
          "--mode flood with --url needs the server's secret in CONTRACTCHECK_JWT_SECRET");
    }
    return new LoadOptions(
        mode, users, rate, duration, drain, server, serverJar, stepDelay, serverWarmUp,
        List.copyOf(serverJavaOptions), serverPid, handshakes, floods, jwtSecret);
  }

  /** How many runs an open-loop run starts. */
  long openLoopRuns() {
    return (long) rate * duration.toSeconds();
  }

  private static int positive(String option, String value) {
    long number = number(option, value);
    if (number < 1 || number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + " must be at least 1, got " + value);
    }
    return (int) number;
  }

  private static long number(String option, String value) {
    try {
      long number = Long.parseLong(value.trim());
      if (number < 0) {
        throw new IllegalArgumentException(option + " must not be negative, got " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number, got '" + value + "'");
    }
  }
}
