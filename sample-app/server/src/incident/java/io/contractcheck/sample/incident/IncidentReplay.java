package io.contractcheck.sample.incident;

import io.contractcheck.sample.chat.WebSocketManager;
import io.contractcheck.sample.chat.WebSocketManagerFactory;
import io.contractcheck.sample.context.UserExecutionContext;

/**
 * The incident's call, replayed in Java. The handler passed the user context under the name
 * {@code context}, but the factory's parameter is {@code userContext}: in production that was
 * "got an unexpected keyword argument 'context'". Compiled only with {@code -Pincident}, where the
 * processor rejects it at build time.
 */
final class IncidentReplay {

  private IncidentReplay() {}

  static WebSocketManager managerFor(
      WebSocketManagerFactory factory, UserExecutionContext context) {
    return factory.createWebSocketManager(/* context= */ context);
  }
}
