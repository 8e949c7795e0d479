package io.contractcheck.sample.chat;

import io.contractcheck.sample.context.UserContextFactory;
import io.contractcheck.sample.context.UserContextFactoryCalls;
import io.contractcheck.sample.context.UserExecutionContext;
import io.contractcheck.sample.ids.UnifiedIdGenerator;

/**
 * Acts on the messages of a connection: starts, continues and stops agent runs. Every request gets
 * its user context and its WebSocket manager from the factories, as in the incident's handler. A
 * rejected message is answered with an {@code error} event to the sending connection only; the
 * connection stays open.
 */
final class AgentHandler {

  private final ClientMessageParser parser = new ClientMessageParser();
  private final WebSocketManagerFactory managers;
  private final AgentRunner runner;

  AgentHandler(WebSocketManagerFactory managers, AgentRunner runner) {
    this.managers = managers;
    this.runner = runner;
  }

  void handle(UserSession session, ClientConnection connection, String text) {
    try {
      ClientMessage message = parser.parse(text);
      if (message instanceof ClientMessage.StartAgent start) {
        startAgent(session, connection, start);
      } else if (message instanceof ClientMessage.UserMessage reply) {
        continueThread(session, connection, reply);
      } else {
        stopAgent(session, connection, (ClientMessage.StopAgent) message);
      }
    } catch (RejectedMessageException e) {
      reject(connection, e.getMessage());
    }
  }

  void reject(ClientConnection connection, String reason) {
    connection.send(ServerEvents.error(reason));
  }

  private void startAgent(
      UserSession session, ClientConnection connection, ClientMessage.StartAgent start)
      throws RejectedMessageException {
    String threadId;
    if (start.threadId().isPresent()) {
      threadId = start.threadId().get();
      session.requireOwnThread(threadId);
    } else {
      threadId = session.openThread();
    }
    String runId = UnifiedIdGenerator.newRunId(threadId);
    // Named calls (generated from the contracts): a renamed or reordered parameter in
    // websocket-core breaks this code in any compiler, with or without ContractCheck.
    UserExecutionContext userContext = UserContextFactoryCalls.getRequestScopedUserContext()
        .userId(connection.userId())
        .threadId(threadId)
        .runId(runId)
        .connectionId(connection.connectionId())
        .call();
    WebSocketManager manager = WebSocketManagerFactoryCalls.createWebSocketManager(managers)
        .userContext(userContext)
        .call();
    runner.start(session, manager, start.userRequest());
  }

  private void continueThread(
      UserSession session, ClientConnection connection, ClientMessage.UserMessage reply)
      throws RejectedMessageException {
    session.requireOwnThread(reply.threadId());
    String runId = UnifiedIdGenerator.newRunId(reply.threadId());
    UserExecutionContext userContext = UserContextFactoryCalls.getRequestScopedUserContext()
        .userId(connection.userId())
        .threadId(reply.threadId())
        .runId(runId)
        .connectionId(connection.connectionId())
        .call();
    WebSocketManager manager = WebSocketManagerFactoryCalls.createWebSocketManager(managers)
        .userContext(userContext)
        .call();
    runner.start(session, manager, reply.content());
  }

  private void stopAgent(
      UserSession session, ClientConnection connection, ClientMessage.StopAgent stop)
      throws RejectedMessageException {
    session.requireOwnThread(stop.threadId());
    AgentRun run =
        session
            .activeRun(stop.runId())
            .orElseThrow(() -> notRunning(stop.runId()));
    if (!run.cancel()) {
      throw notRunning(stop.runId());
    }
    // The stopped run's context, to tell the user through their own connection.
    UserExecutionContext userContext =
        UserContextFactory.getRequestScopedUserContext(
            connection.userId(),
            stop.threadId(),
            stop.runId(),
            connection.connectionId());
    managers
        .createWebSocketManager(userContext)
        .send(AgentEvent.of("agent_stopped", "reason", "stopped at your request"));
  }

  private static RejectedMessageException notRunning(String runId) {
    return new RejectedMessageException(
        "run " + runId + " is not running: it has finished or was stopped");
  }
}
