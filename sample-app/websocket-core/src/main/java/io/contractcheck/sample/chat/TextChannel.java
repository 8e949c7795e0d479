package io.contractcheck.sample.chat;

/** Where the text frames of one connection go. */
interface TextChannel {

  /** Queues {@code text} as one text message; never blocks. Dropped if the channel is closed. */
  void send(String text);
}
