package io.contractcheck.sample.context;

import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.util.Objects;

/**
 * Who a piece of work is for and where it belongs: the user, the conversation thread, the agent run
 * inside that thread, the request that started it and the connection it came from. Immutable; the
 * run always belongs to the thread. Created only by {@link UserContextFactory}.
 */
public record UserExecutionContext(
    String userId, String threadId, String runId, String requestId, String connectionId) {

  public UserExecutionContext {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(connectionId, "connectionId");
    String threadOfRun =
        UnifiedIdGenerator.threadIdOf(runId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "run_id does not follow expected format "
                            + UnifiedIdGenerator.RUN_ID_FORMAT
                            + ": '"
                            + runId
                            + "'"));
    if (!threadOfRun.equals(threadId)) {
      throw new IllegalArgumentException(
          "Thread ID mismatch in run_id: " + runId + " belongs to " + threadOfRun + ", not " + threadId);
    }
  }
}
