package io.contractcheck.sample.chat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of the agent: sends its events through its manager, one every step delay. It ends after
 * its last event or when cancelled; no event of the run follows its end.
 */
final class AgentRun {

  private final WebSocketManager manager;
  private final List<AgentEvent> events;
  private final ScheduledExecutorService scheduler;
  private final Duration stepDelay;
  private final Consumer<AgentRun> onEnd;

  private int sent;
  private boolean ended;
  private ScheduledFuture<?> nextStep;

  AgentRun(
      WebSocketManager manager,
      List<AgentEvent> events,
      ScheduledExecutorService scheduler,
      Duration stepDelay,
      Consumer<AgentRun> onEnd) {
    this.manager = manager;
    this.events = List.copyOf(events);
    this.scheduler = scheduler;
    this.stepDelay = stepDelay;
    this.onEnd = onEnd;
  }

  /** Sends the first event now and schedules the rest. */
  void start() {
    sendNext();
  }

  /** Ends the run before its last event; returns false if it had already ended. */
  boolean cancel() {
    synchronized (this) {
      if (ended) {
        return false;
      }
      ended = true;
      if (nextStep != null) {
        nextStep.cancel(false);
      }
    }
    onEnd.accept(this);
    return true;
  }

  private void sendNext() {
    boolean last;
    synchronized (this) {
      if (ended) {
        return;
      }
      manager.send(events.get(sent++));
      last = sent == events.size();
      if (last) {
        ended = true;
      } else {
        nextStep = scheduler.schedule(this::sendNext, stepDelay.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    if (last) {
      onEnd.accept(this);
    }
  }
}
