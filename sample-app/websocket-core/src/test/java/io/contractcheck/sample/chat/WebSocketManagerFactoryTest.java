package io.contractcheck.sample.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.context.UserContextFactory;
import io.contractcheck.sample.context.UserExecutionContext;
import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketManagerFactoryTest {

  private final UserSessions sessions = new UserSessions();
  private final WebSocketManagerFactory factory = new WebSocketManagerFactory(sessions);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void aManagerDeliversToEveryConnectionOfItsUserAndNoOneElse() {
    RecordingChannel aliceLaptop = join("alice");
    RecordingChannel alicePhone = join("alice");
    RecordingChannel bob = join("bob");
    UserExecutionContext userContext = contextOf("alice");

    factory.createWebSocketManager(userContext).send(AgentEvent.of("agent_thinking", "thought", "hm"));

    assertEquals(1, aliceLaptop.sent().size());
    assertEquals(aliceLaptop.sent(), alicePhone.sent());
    assertTrue(aliceLaptop.sent().get(0).contains("\"run_id\":\"" + userContext.runId() + "\""));
    assertEquals(List.of(), bob.sent());
  }

  @Test
  void eachUserContextGetsItsOwnManager() {
    join("alice");
    UserExecutionContext userContext = contextOf("alice");

    WebSocketManager first = factory.createWebSocketManager(userContext);
    WebSocketManager second = factory.createWebSocketManager(userContext);

    assertFalse(first == second);
    assertEquals(userContext, first.userContext());
  }

  @Test
  void theSessionIsReleasedWithTheLastConnectionAndItsRunsAreCancelled()
      throws RejectedMessageException {
    ClientConnection laptop = connection("alice", new RecordingChannel());
    RecordingChannel phoneChannel = new RecordingChannel();
    ClientConnection phone = connection("alice", phoneChannel);
    UserSession session = sessions.join(laptop);
    sessions.join(phone);
    String threadId = session.openThread();
    UserExecutionContext userContext =
        UserContextFactory.getRequestScopedUserContext(
            "alice", threadId, UnifiedIdGenerator.newRunId(threadId), phone.connectionId());
    // A run as the server's agent runner starts one: registered in the session, first event now,
    // the next one a minute later.
    AgentRun run =
        new AgentRun(
            factory.createWebSocketManager(userContext),
            List.of(AgentEvent.of("agent_started"), AgentEvent.of("agent_completed")),
            scheduler,
            Duration.ofMinutes(1),
            ended -> session.runFinished(userContext.runId(), ended));
    assertTrue(session.registerRun(userContext.runId(), run));
    run.start();

    sessions.leave(laptop);
    assertEquals(1, sessions.openSessionCount());
    assertTrue(session.activeRun(userContext.runId()).isPresent());

    sessions.leave(phone);
    assertEquals(0, sessions.openSessionCount());
    assertFalse(run.cancel(), "the run was still active after its user left");
    assertTrue(session.activeRun(userContext.runId()).isEmpty());
    assertThrows(RejectedMessageException.class, () -> session.requireOwnThread(threadId));
    assertFalse(session.registerRun(userContext.runId(), run), "a released session took a run");
    assertEquals(1, phoneChannel.sent().size(), "only agent_started was sent before the user left");
  }

  @Test
  void aManagerForAUserWithoutConnectionsDeliversNothing() {
    RecordingChannel bob = join("bob");

    factory.createWebSocketManager(contextOf("carol")).send(AgentEvent.of("agent_thinking"));

    assertEquals(List.of(), bob.sent());
  }

  @Test
  void aManagerCannotBeBoundToAnotherUsersSession() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new WebSocketManager(contextOf("alice"), new UserSession("bob")));
  }

  private RecordingChannel join(String userId) {
    RecordingChannel channel = new RecordingChannel();
    sessions.join(connection(userId, channel));
    return channel;
  }

  private static ClientConnection connection(String userId, TextChannel channel) {
    return new ClientConnection(UnifiedIdGenerator.newConnectionId(), userId, channel);
  }

  private static UserExecutionContext contextOf(String userId) {
    String threadId = UnifiedIdGenerator.newThreadId();
    return UserContextFactory.getRequestScopedUserContext(
        userId, threadId, UnifiedIdGenerator.newRunId(threadId), UnifiedIdGenerator.newConnectionId());
  }
}
