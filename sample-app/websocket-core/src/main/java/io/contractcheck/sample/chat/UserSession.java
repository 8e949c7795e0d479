package io.contractcheck.sample.chat;

import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server holds for one signed-in user while they have a connection open: the connections,
 * the threads they own and their running agent runs. Nothing in it is reachable from another
 * user's session. {@link UserSessions} closes it when the user's last connection closes.
 */
final class UserSession {

  static final int MAX_THREADS = 256;
  static final int MAX_ACTIVE_RUNS = 16;

  private final String userId;
  private final List<ClientConnection> connections = new CopyOnWriteArrayList<>();
  private final Set<String> threadIds = ConcurrentHashMap.newKeySet();
  private final Map<String, AgentRun> activeRuns = new ConcurrentHashMap<>();
  private volatile boolean closed;

  UserSession(String userId) {
    this.userId = userId;
  }

  /** A session of a user who has no open connection: it delivers nothing and accepts no runs. */
  static UserSession ended(String userId) {
    UserSession session = new UserSession(userId);
    session.close();
    return session;
  }

  String userId() {
    return userId;
  }

  void addConnection(ClientConnection connection) {
    if (!connection.userId().equals(userId)) {
      throw new IllegalArgumentException(
          connection.connectionId() + " belongs to " + connection.userId() + ", not " + userId);
    }
    connections.add(connection);
  }

  /** Returns whether the user still has an open connection. */
  boolean removeConnection(ClientConnection connection) {
    connections.remove(connection);
    return !connections.isEmpty();
  }

  /** Sends {@code text} to every open connection of this user. */
  void broadcast(String text) {
    for (ClientConnection connection : connections) {
      connection.send(text);
    }
  }

  /** Opens a new thread owned by this user and returns its id. */
  String openThread() throws RejectedMessageException {
    if (threadIds.size() >= MAX_THREADS) {
      throw new RejectedMessageException(
          "too many threads in this session (" + MAX_THREADS + "); continue one with user_message");
    }
    String threadId = UnifiedIdGenerator.newThreadId();
    threadIds.add(threadId);
    return threadId;
  }

  /** Throws unless this user owns {@code threadId}; the reason does not tell whether it exists. */
  void requireOwnThread(String threadId) throws RejectedMessageException {
    if (!threadIds.contains(threadId)) {
      throw new RejectedMessageException(
          "thread_id " + threadId + " is not one of your threads; start one with start_agent");
    }
  }

  /** Registers a started run; returns false, leaving it unregistered, once the session is closed. */
  boolean registerRun(String runId, AgentRun run) throws RejectedMessageException {
    if (activeRuns.size() >= MAX_ACTIVE_RUNS) {
      throw new RejectedMessageException(
          "too many active runs (" + MAX_ACTIVE_RUNS + "); wait for one to finish or stop one");
    }
    if (closed) {
      return false;
    }
    activeRuns.put(runId, run);
    return true;
  }

  void runFinished(String runId, AgentRun run) {
    activeRuns.remove(runId, run);
  }

  Optional<AgentRun> activeRun(String runId) {
    return Optional.ofNullable(activeRuns.get(runId));
  }

  /** Releases everything: cancels the runs (no one is left to tell) and forgets the threads. */
  void close() {
    closed = true;
    connections.clear();
    threadIds.clear();
    activeRuns.values().forEach(AgentRun::cancel);
  }
}
