package io.contractcheck.sample.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * What a valid token proves: who the user is, and until when.
 *
 * @param userId the token's {@code sub}
 * @param expiresAt the token's {@code exp}; a connection opened with the token is closed then
 */
public record VerifiedToken(String userId, Instant expiresAt) {

  public VerifiedToken {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
