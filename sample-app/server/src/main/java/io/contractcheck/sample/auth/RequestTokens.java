package io.contractcheck.sample.auth;

import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Finds the token of a WebSocket handshake: the {@code token} query parameter (browsers cannot set
 * headers on a WebSocket) or an {@code Authorization: Bearer} header.
 */
public final class RequestTokens {

  private static final String BEARER = "Bearer ";

  private RequestTokens() {}

  public static Optional<String> find(Request request) {
    String fromQuery = Request.extractQueryParameters(request).getValue("token");
    if (fromQuery != null && !fromQuery.isBlank()) {
      return Optional.of(fromQuery);
    }
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.of(authorization.substring(BEARER.length()).trim());
    }
    return Optional.empty();
  }
}
