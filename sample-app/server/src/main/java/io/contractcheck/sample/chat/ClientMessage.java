package io.contractcheck.sample.chat;

import java.util.Optional;

/** A validated message from the client. Field values are already checked for size and id format. */
sealed interface ClientMessage {

  /** Start a run of the agent, in a new thread or in one of the user's threads. */
  record StartAgent(String userRequest, Optional<String> threadId) implements ClientMessage {}

  /** Continue one of the user's threads: a new run answers {@code content}. */
  record UserMessage(String threadId, String content) implements ClientMessage {}

  /** Stop a running run; {@code runId} belongs to {@code threadId}. */
  record StopAgent(String threadId, String runId) implements ClientMessage {}
}
