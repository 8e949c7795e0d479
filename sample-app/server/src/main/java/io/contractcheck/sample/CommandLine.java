package io.contractcheck.sample;

import io.contractcheck.sample.auth.TokenService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@link ServerConfig} from the command line and the environment. */
final class CommandLine {

  static final String USAGE =
      """
      Usage: java -jar sample-app/server/target/contractcheck-sample-app.jar [--port N]
             [--no-dev-tokens] [--agent-step-delay MS] [--warm-up HANDSHAKES]

        --port N                 port on localhost (default: $PORT, else 8080; 0 picks a free port)
        --no-dev-tokens          turn off /dev/token, which mints a token for any user name
        --agent-step-delay MS    pause between two events of an agent run, in milliseconds
                                 (default: $CONTRACTCHECK_AGENT_STEP_DELAY_MS, else 400; 0: none)
        --warm-up HANDSHAKES     before announcing the page, send that many WebSocket handshakes
                                 to the server's own socket, half with forged tokens, so that the
                                 JIT has compiled the handshake path before clients arrive
                                 (default: $CONTRACTCHECK_WARM_UP_HANDSHAKES, else 0: none)
        --help                   print this help

      Environment:
        PORT                       the port when --port is not given
        CONTRACTCHECK_JWT_SECRET   HS256 secret, at least 32 bytes (default: random at each start)
        CONTRACTCHECK_DEV_TOKENS   "false" turns off /dev/token, like --no-dev-tokens
        CONTRACTCHECK_AGENT_STEP_DELAY_MS   the step delay when --agent-step-delay is not given
        CONTRACTCHECK_WARM_UP_HANDSHAKES    the warm-up handshakes when --warm-up is not given
      """;

  static final int DEFAULT_PORT = 8080;
  static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
  static final Duration AGENT_STEP_DELAY = Duration.ofMillis(400);
  static final Duration MAX_AGENT_STEP_DELAY = Duration.ofMinutes(1);

  private static final Set<String> FLAGS_WITH_VALUES = Set.of("--port", "--agent-step-delay", "--warm-up");

  private CommandLine() {}

  static boolean wantsHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /**
   * @throws IllegalArgumentException with a message for the user when an argument or a variable is
   *     not valid
   */
  static ServerConfig parse(List<String> args, Map<String, String> env) {
    boolean devTokens = devTokensFrom(env.get("CONTRACTCHECK_DEV_TOKENS"));
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--no-dev-tokens")) {
        devTokens = false;
        continue;
      }
      int equals = arg.indexOf('=');
      String flag = equals < 0 ? arg : arg.substring(0, equals);
      if (!FLAGS_WITH_VALUES.contains(flag)) {
        throw new IllegalArgumentException("unknown argument: " + arg);
      }
      if (equals >= 0) {
        flags.put(flag, arg.substring(equals + 1));
      } else if (i + 1 == args.size()) {
        throw new IllegalArgumentException(flag + " needs a value");
      } else {
        flags.put(flag, args.get(++i));
      }
    }
    String port = flags.getOrDefault("--port", env.get("PORT"));
    Setting stepDelay =
        Setting.of(flags, "--agent-step-delay", env, "CONTRACTCHECK_AGENT_STEP_DELAY_MS");
    Setting warmUp = Setting.of(flags, "--warm-up", env, "CONTRACTCHECK_WARM_UP_HANDSHAKES");
    String secret = env.get("CONTRACTCHECK_JWT_SECRET");
    boolean randomKey = secret == null || secret.isEmpty();
    return new ServerConfig(
        port == null ? DEFAULT_PORT : parsePort(port),
        randomKey ? TokenService.randomKey() : TokenService.keyFromSecret(secret),
        randomKey,
        devTokens,
        TOKEN_LIFETIME,
        stepDelay.given()
            ? Duration.ofMillis(
                stepDelay.number("milliseconds", MAX_AGENT_STEP_DELAY.toMillis(), " ms"))
            : AGENT_STEP_DELAY,
        warmUp.given()
            ? (int) warmUp.number("handshakes", ServerConfig.MAX_WARM_UP_HANDSHAKES, "")
            : 0);
  }

  /** A setting's text from its flag, else from its variable, and which of the two it came from. */
  private record Setting(String value, String source) {

    static Setting of(Map<String, String> flags, String flag, Map<String, String> env, String variable) {
      return flags.containsKey(flag)
          ? new Setting(flags.get(flag), flag)
          : new Setting(env.get(variable), variable);
    }

    boolean given() {
      return value != null && !value.isEmpty();
    }

    /** The value as a number of {@code unit} from 0 to {@code max}; messages name the source. */
    long number(String unit, long max, String maxSuffix) {
      long number;
      try {
        number = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            source + " must be a number of " + unit + ", got '" + value + "'");
      }
      if (number < 0 || number > max) {
        throw new IllegalArgumentException(
            source + " must be between 0 and " + max + maxSuffix + ", got " + number);
      }
      return number;
    }
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, got '" + value + "'");
    }
  }

  private static boolean devTokensFrom(String value) {
    if (value == null || value.isEmpty()) {
      return true;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(
          "CONTRACTCHECK_DEV_TOKENS must be true or false, got '" + value + "'");
    };
  }
}
