package io.contractcheck.sample.chat;

import io.contractcheck.sample.auth.VerifiedToken;
import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of an authenticated user. Text arrives in parts and is assembled up to
 * {@link #MAX_MESSAGE_CHARS}; binary messages are refused. Jetty calls this from one thread at a
 * time per connection. Public only because Jetty invokes its methods through a public lookup.
 *
 * <p>A connection lives no longer than the token it was opened with: when the token expires, the
 * server closes the connection with {@value #TOKEN_EXPIRED_STATUS} (policy violation) and the reason
 * {@value #TOKEN_EXPIRED_REASON}; the user's running runs are cancelled as on any close.
 */
public final class ChatEndpoint extends Session.Listener.AbstractAutoDemanding {

  static final int MAX_MESSAGE_CHARS = 16_384;
  static final int TOKEN_EXPIRED_STATUS = StatusCode.POLICY_VIOLATION;
  static final String TOKEN_EXPIRED_REASON = "token expired; reconnect with a new token";

  private static final Logger LOG = LoggerFactory.getLogger(ChatEndpoint.class);

  private final String userId;
  private final Instant tokenExpiry;
  private final UserSessions sessions;
  private final AgentHandler handler;
  private final ScheduledExecutorService scheduler;
  private final Runnable onSlowClient;
  private final MessageAssembler assembler = new MessageAssembler(MAX_MESSAGE_CHARS);

  private ClientConnection connection;
  private UserSession userSession;
  private ScheduledFuture<?> expiry;

  ChatEndpoint(
      VerifiedToken token,
      UserSessions sessions,
      AgentHandler handler,
      ScheduledExecutorService scheduler,
      Runnable onSlowClient) {
    this.userId = token.userId();
    this.tokenExpiry = token.expiresAt();
    this.sessions = sessions;
    this.handler = handler;
    this.scheduler = scheduler;
    this.onSlowClient = onSlowClient;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    super.onWebSocketOpen(session);
    connection =
        new ClientConnection(
            UnifiedIdGenerator.newConnectionId(), userId, new JettyTextChannel(session, onSlowClient));
    userSession = sessions.join(connection);
    connection.send(ServerEvents.connectionReady(connection));
    // The token is valid through its expiry's millisecond; close just after it, never before
    // (nanoseconds, not milliseconds rounded down, which closed up to 1 ms early).
    long untilExpiry =
        Math.max(0, Duration.between(Instant.now(), tokenExpiry.plusMillis(1)).toNanos());
    expiry = scheduler.schedule(() -> closeExpired(session), untilExpiry, TimeUnit.NANOSECONDS);
    LOG.debug("{} opened {}", userId, connection.connectionId());
  }

  private void closeExpired(Session session) {
    LOG.debug("{}: token expired, closing {}", userId, connection.connectionId());
    session.close(TOKEN_EXPIRED_STATUS, TOKEN_EXPIRED_REASON, Callback.NOOP);
  }

  @Override
  public void onWebSocketPartialText(String part, boolean last) {
    try {
      assembler
          .append(part, last)
          .ifPresent(text -> handler.handle(userSession, connection, text));
    } catch (RejectedMessageException e) {
      handler.reject(connection, e.getMessage());
    }
  }

  @Override
  public void onWebSocketPartialBinary(ByteBuffer part, boolean last, Callback callback) {
    callback.succeed();
    if (last) {
      handler.reject(connection, "binary messages are not supported; send JSON text");
    }
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    if (expiry != null) {
      expiry.cancel(false);
    }
    if (connection != null) {
      sessions.leave(connection);
      LOG.debug("{} closed {} ({} {})", userId, connection.connectionId(), statusCode, reason);
    }
    callback.succeed();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    LOG.debug("{}: {}", userId, cause.toString());
  }
}
