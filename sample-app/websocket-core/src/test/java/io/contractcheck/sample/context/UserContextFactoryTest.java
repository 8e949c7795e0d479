package io.contractcheck.sample.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.ids.UnifiedIdGenerator;
import org.junit.jupiter.api.Test;

class UserContextFactoryTest {

  private final String threadId = UnifiedIdGenerator.newThreadId();
  private final String runId = UnifiedIdGenerator.newRunId(threadId);
  private final String connectionId = UnifiedIdGenerator.newConnectionId();

  @Test
  void aRequestScopedContextCarriesItsIdsAndAFreshRequestId() {
    UserExecutionContext first =
        UserContextFactory.getRequestScopedUserContext("alice", threadId, runId, connectionId);
    UserExecutionContext second =
        UserContextFactory.getRequestScopedUserContext("alice", threadId, runId, connectionId);

    assertEquals("alice", first.userId());
    assertEquals(threadId, first.threadId());
    assertEquals(runId, first.runId());
    assertEquals(connectionId, first.connectionId());
    assertTrue(first.requestId().startsWith("req_"));
    assertNotEquals(first.requestId(), second.requestId());
  }

  @Test
  void aContextRefusesARunOfAnotherThread() {
    String otherRun = UnifiedIdGenerator.newRunId(UnifiedIdGenerator.newThreadId());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UserContextFactory.getRequestScopedUserContext(
                    "alice", threadId, otherRun, connectionId));
    assertTrue(e.getMessage().startsWith("Thread ID mismatch in run_id"), e.getMessage());
  }

  @Test
  void aContextRefusesAMalformedRunId() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UserContextFactory.getRequestScopedUserContext(
                    "alice", threadId, "run-42", connectionId));
    assertTrue(e.getMessage().startsWith("run_id does not follow expected format"), e.getMessage());
  }

  /** The hazard the replacement removes: the old API reuses whatever request id it is given. */
  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedApiKeepsTheCallersRequestId() {
    String reused = UnifiedIdGenerator.newRequestId();

    UserExecutionContext first =
        UserContextFactory.createUserExecutionContext(
            "alice", threadId, runId, connectionId, reused);
    UserExecutionContext second =
        UserContextFactory.createUserExecutionContext(
            "alice", threadId, runId, connectionId, reused);

    assertEquals(first, second);
  }
}
