package io.contractcheck.sample.chat;

import io.contractcheck.sample.auth.InvalidTokenException;
import io.contractcheck.sample.auth.RequestTokens;
import io.contractcheck.sample.auth.TokenService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * The chat's WebSocket handshake: the user is whoever the request's token names. Without a valid
 * token the answer is {@code 401 Unauthorized} and there is no upgrade. Also wires the chat's parts
 * together: one {@link UserSessions}, one manager factory, one agent runner for all connections.
 */
public final class ChatSocketCreator implements WebSocketCreator {

  private final TokenService tokens;
  private final UserSessions sessions = new UserSessions();
  private final AgentHandler handler;

  public ChatSocketCreator(
      TokenService tokens, ScheduledExecutorService agentScheduler, Duration agentStepDelay) {
    this.tokens = tokens;
    this.handler =
        new AgentHandler(
            new WebSocketManagerFactory(sessions), new AgentRunner(agentScheduler, agentStepDelay));
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    Optional<String> token = RequestTokens.find(request);
    if (token.isEmpty()) {
      return refuse(request, response, callback, "missing token");
    }
    try {
      return new ChatEndpoint(tokens.verify(token.get()), sessions, handler);
    } catch (InvalidTokenException e) {
      return refuse(request, response, callback, e.getMessage());
    }
  }

  /** How many users have a connection open. */
  public int openSessionCount() {
    return sessions.openSessionCount();
  }

  private static Object refuse(
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      Callback callback,
      String reason) {
    response
        .getHeaders()
        .put(
            HttpHeader.WWW_AUTHENTICATE,
            "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"");
    Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401, reason);
    return null;
  }
}
