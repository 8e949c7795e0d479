package io.contractcheck.sample.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The open {@link UserSession}s by user id. A user's session is created with their first connection
 * and closed, releasing all it holds, when their last connection closes. Joining and leaving are
 * atomic per user, so a new connection never joins a session that is being released.
 */
final class UserSessions {

  private final Map<String, UserSession> byUserId = new ConcurrentHashMap<>();

  /** Adds {@code connection} to its user's session, creating the session if needed. */
  UserSession join(ClientConnection connection) {
    return byUserId.compute(
        connection.userId(),
        (userId, session) -> {
          UserSession joined = session == null ? new UserSession(userId) : session;
          joined.addConnection(connection);
          return joined;
        });
  }

  /**
   * Removes {@code connection}; if it was its user's last, forgets the user's session and closes it.
   * The session is closed outside the map's lock: closing cancels runs, which take their own locks.
   */
  void leave(ClientConnection connection) {
    AtomicReference<UserSession> released = new AtomicReference<>();
    byUserId.computeIfPresent(
        connection.userId(),
        (userId, session) -> {
          if (session.removeConnection(connection)) {
            return session;
          }
          released.set(session);
          return null;
        });
    UserSession session = released.get();
    if (session != null) {
      session.close();
    }
  }

  /** The open session of {@code userId}, or an ended one if the user has no open connection. */
  UserSession sessionOf(String userId) {
    UserSession session = byUserId.get(userId);
    return session != null ? session : UserSession.ended(userId);
  }

  int openSessionCount() {
    return byUserId.size();
  }
}
