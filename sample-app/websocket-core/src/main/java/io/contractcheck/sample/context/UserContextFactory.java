package io.contractcheck.sample.context;

import io.contractcheck.Contract;
import io.contractcheck.sample.ids.UnifiedIdGenerator;

/** Creates the {@link UserExecutionContext} of each request. */
public final class UserContextFactory {

  private UserContextFactory() {}

  /**
   * The context of one request: a fresh request id every time, so no two requests share one.
   *
   * @param userId the authenticated user
   * @param threadId the conversation thread
   * @param runId the agent run, which belongs to {@code threadId}
   * @param connectionId the WebSocket connection the request came in on
   * @return the request's context
   * @throws IllegalArgumentException if {@code runId} is not a run of {@code threadId}
   */
  @Contract(namedCall = true)
  public static UserExecutionContext getRequestScopedUserContext(
      String userId, String threadId, String runId, String connectionId) {
    return new UserExecutionContext(
        userId, threadId, runId, UnifiedIdGenerator.newRequestId(), connectionId);
  }

  /**
   * The incident's API: the caller supplies the request id, so callers could (and did) reuse one
   * across requests. Kept for the callers that remain; the processor reports each of them.
   *
   * @deprecated use {@link #getRequestScopedUserContext}, which mints the request id itself.
   */
  @Deprecated
  @Contract(
      replacedBy = "io.contractcheck.sample.context.UserContextFactory#getRequestScopedUserContext",
      // the replacement mints the request id itself: a fix may leave out the argument that did
      replacementDrops = "requestId",
      namedCall = true)
  public static UserExecutionContext createUserExecutionContext(
      String userId, String threadId, String runId, String connectionId, String requestId) {
    return new UserExecutionContext(userId, threadId, runId, requestId, connectionId);
  }
}
