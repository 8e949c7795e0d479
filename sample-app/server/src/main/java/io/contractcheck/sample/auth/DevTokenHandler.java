package io.contractcheck.sample.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Development only: {@code GET /dev/token?user=alice} mints a token for any user, so the chat page
 * works out of the box. Installed only when development tokens are enabled.
 */
public final class DevTokenHandler extends Handler.Abstract.NonBlocking {

  private static final String PATH = "/dev/token";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TokenService tokens;
  private final Duration lifetime;

  public DevTokenHandler(TokenService tokens, Duration lifetime) {
    this.tokens = tokens;
    this.lifetime = lifetime;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback)
      throws JsonProcessingException {
    if (!PATH.equals(Request.getPathInContext(request))) {
      return false;
    }
    if (!HttpMethod.GET.is(request.getMethod())) {
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    String user = Request.extractQueryParameters(request).getValue("user");
    if (!TokenService.isValidUserId(user)) {
      writeJson(
          response,
          callback,
          HttpStatus.BAD_REQUEST_400,
          Map.of("error", "user must be 1 to 64 letters, digits, '.', '_' or '-'"));
      return true;
    }
    writeJson(
        response,
        callback,
        HttpStatus.OK_200,
        Map.of(
            "user", user,
            "token", tokens.issue(user, lifetime),
            "expires_in_seconds", lifetime.toSeconds()));
    return true;
  }

  private static void writeJson(
      Response response, Callback callback, int status, Map<String, Object> body)
      throws JsonProcessingException {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, JSON.writeValueAsString(body), callback);
  }
}
