package io.contractcheck.sample.chat;

/** One open WebSocket connection of an authenticated user. */
record ClientConnection(String connectionId, String userId, TextChannel channel) {

  void send(String text) {
    channel.send(text);
  }
}
