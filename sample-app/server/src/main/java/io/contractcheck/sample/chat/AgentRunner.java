package io.contractcheck.sample.chat;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/** Starts runs of the {@link BuiltInAgent} and keeps them in their user's session until they end. */
final class AgentRunner {

  private final ScheduledExecutorService scheduler;
  private final Duration stepDelay;

  AgentRunner(ScheduledExecutorService scheduler, Duration stepDelay) {
    this.scheduler = scheduler;
    this.stepDelay = stepDelay;
  }

  void start(UserSession session, WebSocketManager manager, String userRequest)
      throws RejectedMessageException {
    String runId = manager.userContext().runId();
    AgentRun run =
        new AgentRun(
            manager,
            BuiltInAgent.plan(userRequest),
            scheduler,
            stepDelay,
            ended -> session.runFinished(runId, ended));
    if (session.registerRun(runId, run)) {
      run.start();
    }
  }
}
