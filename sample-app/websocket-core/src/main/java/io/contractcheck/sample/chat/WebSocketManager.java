package io.contractcheck.sample.chat;

import io.contractcheck.sample.context.UserExecutionContext;

/**
 * Delivers the events of one user context to that user's open connections, and to no one else's.
 * Created by {@link WebSocketManagerFactory}. Once the user's last connection has closed, events are
 * dropped.
 */
public final class WebSocketManager {

  private final UserExecutionContext userContext;
  private final UserSession session;

  WebSocketManager(UserExecutionContext userContext, UserSession session) {
    if (!session.userId().equals(userContext.userId())) {
      throw new IllegalArgumentException(
          "a manager for " + userContext.userId() + " cannot use the session of " + session.userId());
    }
    this.userContext = userContext;
    this.session = session;
  }

  public UserExecutionContext userContext() {
    return userContext;
  }

  void send(AgentEvent event) {
    session.broadcast(ServerEvents.agentEvent(userContext, event));
  }
}
