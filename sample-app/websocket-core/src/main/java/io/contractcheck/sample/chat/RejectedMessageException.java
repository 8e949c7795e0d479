package io.contractcheck.sample.chat;

/** A client message the server will not act on; the message is the reason sent back to the client. */
final class RejectedMessageException extends Exception {

  private static final long serialVersionUID = 1L;

  RejectedMessageException(String reason) {
    super(reason);
  }
}
