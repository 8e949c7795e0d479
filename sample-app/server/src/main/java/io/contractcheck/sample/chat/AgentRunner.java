package io.contractcheck.sample.chat;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** Starts runs of the {@link BuiltInAgent} and keeps them in their user's session until they end. */
final class AgentRunner {

  private final ScheduledExecutorService scheduler;
  private final Duration stepDelay;
  private final AtomicInteger activeRuns = new AtomicInteger();

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
            ended -> {
              session.runFinished(runId, ended);
              activeRuns.decrementAndGet();
            });
    if (session.registerRun(runId, run)) {
      activeRuns.incrementAndGet();
      run.start();
    }
  }

  /** How many runs have started and not yet ended (finished, stopped or cancelled). */
  int activeRunCount() {
    return activeRuns.get();
  }
}
