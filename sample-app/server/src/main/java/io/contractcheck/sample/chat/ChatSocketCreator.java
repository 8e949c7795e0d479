package io.contractcheck.sample.chat;

import io.contractcheck.sample.auth.InvalidTokenException;
import io.contractcheck.sample.auth.RequestTokens;
import io.contractcheck.sample.auth.TokenService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's WebSocket handshake: the user is whoever the request's token names. Without a valid
 * token the answer is {@code 401 Unauthorized} and there is no upgrade. Also wires the chat's parts
 * together: one {@link UserSessions}, one manager factory, one agent runner for all connections.
 * Each refused handshake is logged in one line, with the client's address and the reason.
 */
public final class ChatSocketCreator implements WebSocketCreator {

  private static final Logger LOG = LoggerFactory.getLogger(ChatSocketCreator.class);

  /**
   * A handshake whose value of this header equals the creator's warm-up marker is one of the
   * server's own warm-up handshakes: its refusal is not logged.
   */
  public static final String WARM_UP_HEADER = "X-ContractCheck-Warm-Up";

  private final TokenService tokens;
  private final ScheduledExecutorService scheduler;
  private final UserSessions sessions = new UserSessions();
  private final AgentRunner runner;
  private final AgentHandler handler;
  private final AtomicInteger slowClientsClosed = new AtomicInteger();
  private final String warmUpMarker;

  /**
   * @param warmUpMarker the value of {@link #WARM_UP_HEADER} that marks the server's own warm-up
   *     handshakes; made fresh at each start and known only to this process
   */
  public ChatSocketCreator(
      TokenService tokens,
      ScheduledExecutorService agentScheduler,
      Duration agentStepDelay,
      String warmUpMarker) {
    this.tokens = tokens;
    this.warmUpMarker = warmUpMarker;
    this.scheduler = agentScheduler;
    this.runner = new AgentRunner(agentScheduler, agentStepDelay);
    this.handler = new AgentHandler(new WebSocketManagerFactory(sessions), runner);
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    Optional<String> token = RequestTokens.find(request);
    if (token.isEmpty()) {
      return refuse(request, response, callback, "missing token");
    }
    try {
      return new ChatEndpoint(
          tokens.verify(token.get()),
          sessions,
          handler,
          scheduler,
          slowClientsClosed::incrementAndGet);
    } catch (InvalidTokenException e) {
      return refuse(request, response, callback, e.getMessage());
    }
  }

  /** How many users have a connection open. */
  public int openSessionCount() {
    return sessions.openSessionCount();
  }

  /** How many connections were closed because their client stopped reading. */
  public int slowClientsClosed() {
    return slowClientsClosed.get();
  }

  /** How many agent runs have started and not yet ended. */
  public int activeRunCount() {
    return runner.activeRunCount();
  }

  private Object refuse(
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      Callback callback,
      String reason) {
    if (!warmUpMarker.equals(request.getHeaders().get(WARM_UP_HEADER))) {
      LOG.info(
          "Refused WebSocket handshake from {}: {}",
          Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request),
          reason);
    }
    // A short plain-text body written directly: Response.writeError renders Jetty's HTML error
    // page through its ErrorHandler, which cost each refused handshake far more than the check.
    response.setStatus(HttpStatus.UNAUTHORIZED_401);
    response
        .getHeaders()
        .put(
            HttpHeader.WWW_AUTHENTICATE,
            "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"");
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    response.write(
        true, ByteBuffer.wrap((reason + "\n").getBytes(StandardCharsets.UTF_8)), callback);
    return null;
  }
}
