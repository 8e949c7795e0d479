package io.contractcheck.sample.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

  private static final SecretKey KEY =
      TokenService.keyFromSecret("a-secret-that-is-at-least-32-bytes-long");
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private final TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aTokenNamesTheUserItWasIssuedFor() throws InvalidTokenException {
    VerifiedToken verified = tokens.verify(tokens.issue("alice", Duration.ofMinutes(5)));

    assertEquals("alice", verified.userId());
    assertEquals(NOW.plus(Duration.ofMinutes(5)), verified.expiresAt());
  }

  @Test
  void aTokenIsRefusedOnceItHasExpired() {
    String token = tokens.issue("alice", Duration.ofMinutes(5));
    TokenService later =
        new TokenService(KEY, Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));

    assertEquals("token expired", assertThrows(InvalidTokenException.class, () -> later.verify(token)).getMessage());
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    String forged =
        new TokenService(TokenService.randomKey(), Clock.fixed(NOW, ZoneOffset.UTC))
            .issue("alice", Duration.ofMinutes(5));

    assertEquals("invalid token", assertThrows(InvalidTokenException.class, () -> tokens.verify(forged)).getMessage());
  }

  @Test
  void onlyValidUserIdsGetTokens() {
    assertThrows(IllegalArgumentException.class, () -> tokens.issue("", Duration.ofMinutes(5)));
    assertThrows(IllegalArgumentException.class, () -> tokens.issue("a b", Duration.ofMinutes(5)));
    assertThrows(
        IllegalArgumentException.class, () -> tokens.issue("x".repeat(65), Duration.ofMinutes(5)));
  }

  @Test
  void aSecretShorterThan32BytesIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TokenService.keyFromSecret("short"));
    assertEquals("the JWT secret must be at least 32 bytes, got 5", e.getMessage());
  }
}
