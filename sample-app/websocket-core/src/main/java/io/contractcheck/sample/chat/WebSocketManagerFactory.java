package io.contractcheck.sample.chat;

import io.contractcheck.Contract;
import io.contractcheck.sample.context.UserExecutionContext;

/**
 * Creates the {@link WebSocketManager} of a user context. The incident called this factory with a
 * wrongly named argument; here every call must name its argument, and the processor checks it.
 */
public final class WebSocketManagerFactory {

  private final UserSessions sessions;

  WebSocketManagerFactory(UserSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * A manager isolated to {@code userContext}'s user: it reaches only that user's connections.
   *
   * @param userContext the context of the request the manager serves
   * @return the user's manager
   */
  @Contract(requireNamedArguments = true, namedCall = true)
  public WebSocketManager createWebSocketManager(UserExecutionContext userContext) {
    return new WebSocketManager(userContext, sessions.sessionOf(userContext.userId()));
  }
}
