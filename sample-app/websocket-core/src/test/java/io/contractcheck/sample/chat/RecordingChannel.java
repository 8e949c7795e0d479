package io.contractcheck.sample.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connection's channel that keeps what was sent to it. */
final class RecordingChannel implements TextChannel {

  private final List<String> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(String text) {
    sent.add(text);
  }

  List<String> sent() {
    return List.copyOf(sent);
  }
}
