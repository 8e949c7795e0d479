package io.contractcheck.sample;

import java.time.Duration;
import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * How the chat server runs.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param jwtKey the HS256 key that signs and verifies tokens
 * @param randomJwtKey whether {@code jwtKey} was generated at start-up because no secret was given
 * @param devTokens whether {@code /dev/token} mints tokens for anyone
 * @param tokenLifetime how long a development token is valid
 * @param agentStepDelay the pause between two events of an agent run
 * @param warmUpHandshakes how many WebSocket handshakes the server sends to itself at start-up,
 *     before it announces its page (0: none)
 */
public record ServerConfig(
    int port,
    SecretKey jwtKey,
    boolean randomJwtKey,
    boolean devTokens,
    Duration tokenLifetime,
    Duration agentStepDelay,
    int warmUpHandshakes) {

  /** Most warm-up handshakes. */
  public static final int MAX_WARM_UP_HANDSHAKES = 100_000;

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    Objects.requireNonNull(jwtKey, "jwtKey");
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    Objects.requireNonNull(agentStepDelay, "agentStepDelay");
    if (warmUpHandshakes < 0 || warmUpHandshakes > MAX_WARM_UP_HANDSHAKES) {
      throw new IllegalArgumentException(
          "warm-up handshakes must be between 0 and " + MAX_WARM_UP_HANDSHAKES + ", got "
              + warmUpHandshakes);
    }
  }

  /** A configuration without a warm-up. */
  public ServerConfig(
      int port,
      SecretKey jwtKey,
      boolean randomJwtKey,
      boolean devTokens,
      Duration tokenLifetime,
      Duration agentStepDelay) {
    this(port, jwtKey, randomJwtKey, devTokens, tokenLifetime, agentStepDelay, 0);
  }
}
