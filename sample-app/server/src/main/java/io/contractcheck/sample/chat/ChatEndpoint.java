package io.contractcheck.sample.chat;

import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of an authenticated user. Text arrives in parts and is assembled up to
 * {@link #MAX_MESSAGE_CHARS}; binary messages are refused. Jetty calls this from one thread at a
 * time per connection. Public only because Jetty invokes its methods through a public lookup.
 */
public final class ChatEndpoint extends Session.Listener.AbstractAutoDemanding {

  static final int MAX_MESSAGE_CHARS = 16_384;

  private static final Logger LOG = LoggerFactory.getLogger(ChatEndpoint.class);

  private final String userId;
  private final UserSessions sessions;
  private final AgentHandler handler;
  private final MessageAssembler assembler = new MessageAssembler(MAX_MESSAGE_CHARS);

  private ClientConnection connection;
  private UserSession userSession;

  ChatEndpoint(String userId, UserSessions sessions, AgentHandler handler) {
    this.userId = userId;
    this.sessions = sessions;
    this.handler = handler;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    super.onWebSocketOpen(session);
    connection =
        new ClientConnection(
            UnifiedIdGenerator.newConnectionId(), userId, new JettyTextChannel(session));
    userSession = sessions.join(connection);
    connection.send(ServerEvents.connectionReady(connection));
    LOG.debug("{} opened {}", userId, connection.connectionId());
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
