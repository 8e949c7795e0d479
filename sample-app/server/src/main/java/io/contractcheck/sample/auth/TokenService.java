package io.contractcheck.sample.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * Issues and verifies the app's HS256 JSON Web Tokens. A token names its user in {@code sub} and
 * must carry this app's issuer and an expiry; the user id of a connection comes only from here.
 */
public final class TokenService {

  /** Shortest accepted secret: HS256 needs a 256-bit key. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ISSUER = "contractcheck-sample-app";
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final SecretKey key;
  private final Clock clock;
  private final JwtParser parser;

  public TokenService(SecretKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
    this.parser =
        Jwts.parser()
            .verifyWith(key)
            .requireIssuer(ISSUER)
            .clock(() -> Date.from(clock.instant()))
            .build();
  }

  /**
   * Runs a verification once, so that the first real handshakes do not pay for it: jjwt builds its
   * JSON deserializers on first use under a lock, and under a burst of handshakes every one of them
   * waited behind that lock (valid handshakes took seconds).
   */
  public void warmUp() {
    try {
      verify(issue("warm-up", Duration.ofMinutes(1)));
    } catch (InvalidTokenException e) {
      throw new IllegalStateException("a token this service issued did not verify: " + e.getMessage(), e);
    }
  }

  /** The key for {@code secret}, which must have at least {@value #MIN_SECRET_BYTES} bytes in UTF-8. */
  public static SecretKey keyFromSecret(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes, got " + bytes.length);
    }
    return Keys.hmacShaKeyFor(bytes);
  }

  /** A fresh random key: tokens signed with it die with the process. */
  public static SecretKey randomKey() {
    return Jwts.SIG.HS256.key().build();
  }

  /** Whether {@code userId} may be a token's user: 1 to 64 letters, digits, '.', '_' or '-'. */
  public static boolean isValidUserId(String userId) {
    return userId != null && USER_ID.matcher(userId).matches();
  }

  /** A token for {@code userId}, valid for {@code lifetime} from now. */
  public String issue(String userId, Duration lifetime) {
    if (!isValidUserId(userId)) {
      throw new IllegalArgumentException("not a valid user id: '" + userId + "'");
    }
    Instant now = clock.instant();
    return Jwts.builder()
        .issuer(ISSUER)
        .subject(userId)
        .issuedAt(Date.from(now))
        .expiration(Date.from(now.plus(lifetime)))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  /** The user {@code token} was issued for, and when the token expires. */
  public VerifiedToken verify(String token) throws InvalidTokenException {
    Claims claims;
    try {
      claims = parser.parseSignedClaims(token).getPayload();
    } catch (ExpiredJwtException e) {
      throw new InvalidTokenException("token expired");
    } catch (JwtException | IllegalArgumentException e) {
      throw new InvalidTokenException("invalid token");
    }
    if (claims.getExpiration() == null) {
      throw new InvalidTokenException("token has no expiry");
    }
    if (!isValidUserId(claims.getSubject())) {
      throw new InvalidTokenException("token names no valid user");
    }
    return new VerifiedToken(claims.getSubject(), claims.getExpiration().toInstant());
  }
}
