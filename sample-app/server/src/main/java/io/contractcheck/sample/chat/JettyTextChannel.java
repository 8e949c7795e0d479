package io.contractcheck.sample.chat;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through a Jetty session. Jetty queues concurrent sends; when a client stops reading and the
 * queue is full (the container's max outgoing frames), the send fails and the connection is closed
 * rather than buffering without bound.
 */
final class JettyTextChannel implements TextChannel {

  private static final Logger LOG = LoggerFactory.getLogger(JettyTextChannel.class);

  private final Session session;

  JettyTextChannel(Session session) {
    this.session = session;
  }

  @Override
  public void send(String text) {
    session.sendText(text, Callback.from(() -> {}, this::onSendFailed));
  }

  private void onSendFailed(Throwable failure) {
    if (session.isOpen()) {
      LOG.warn("Closing {}: could not send ({})", session.getRemoteSocketAddress(), failure.toString());
      session.close(StatusCode.TRY_AGAIN_LATER, "client is not reading its messages", Callback.NOOP);
    }
  }
}
