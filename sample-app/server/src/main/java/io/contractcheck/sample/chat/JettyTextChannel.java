package io.contractcheck.sample.chat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through a Jetty session, asynchronously. What waits to be written to a connection is
 * bounded: once more than {@value #MAX_QUEUED_CHARS} characters are queued (the client has stopped
 * reading, and the socket's buffers are full), the server stops sending to it and closes it with
 * {@value #SLOW_CLIENT_STATUS} (try again later). A client that reads again gets what was queued,
 * then that close frame; one that never reads again is dropped after {@link #CLOSE_TIMEOUT} without
 * progress.
 */
final class JettyTextChannel implements TextChannel {

  static final long MAX_QUEUED_CHARS = 1L << 20;
  static final int SLOW_CLIENT_STATUS = StatusCode.TRY_AGAIN_LATER;
  static final String SLOW_CLIENT_REASON = "client is not reading its messages";
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(JettyTextChannel.class);

  private final Session session;
  private final Runnable onSlowClient;
  private final AtomicLong queuedChars = new AtomicLong();
  private final AtomicBoolean closing = new AtomicBoolean();

  /** {@code onSlowClient} runs once if this connection is closed for not reading. */
  JettyTextChannel(Session session, Runnable onSlowClient) {
    this.session = session;
    this.onSlowClient = onSlowClient;
  }

  @Override
  public void send(String text) {
    if (closing.get()) {
      return;
    }
    int length = text.length();
    long queued = queuedChars.addAndGet(length);
    if (queued > MAX_QUEUED_CHARS) {
      queuedChars.addAndGet(-length);
      close("more than " + MAX_QUEUED_CHARS + " characters wait to be sent");
      return;
    }
    session.sendText(
        text,
        Callback.from(
            () -> queuedChars.addAndGet(-length),
            failure -> {
              queuedChars.addAndGet(-length);
              close("could not send (" + failure + ")");
            }));
  }

  private void close(String why) {
    if (closing.compareAndSet(false, true) && session.isOpen()) {
      LOG.warn("Closing {} with {}: {}; {}", session.getRemoteSocketAddress(), SLOW_CLIENT_STATUS, SLOW_CLIENT_REASON, why);
      session.setIdleTimeout(CLOSE_TIMEOUT);
      session.close(SLOW_CLIENT_STATUS, SLOW_CLIENT_REASON, Callback.NOOP);
      onSlowClient.run();
    }
  }
}
