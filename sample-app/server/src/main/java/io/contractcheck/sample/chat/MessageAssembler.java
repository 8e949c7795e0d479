package io.contractcheck.sample.chat;

import java.util.Optional;

/**
 * Joins the parts of one text message as they arrive, keeping at most {@code maxChars}. A longer
 * message is dropped part by part, so its size costs no memory, and rejected when it ends.
 */
final class MessageAssembler {

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private long length;

  MessageAssembler(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Adds the next part; returns the whole message after its last part.
   *
   * @throws RejectedMessageException after the last part of a message longer than the limit
   */
  Optional<String> append(String part, boolean last) throws RejectedMessageException {
    length += part.length();
    if (length <= maxChars) {
      text.append(part);
    }
    if (!last) {
      return Optional.empty();
    }
    long total = length;
    String message = text.toString();
    text.setLength(0);
    length = 0;
    if (total > maxChars) {
      throw new RejectedMessageException(
          "message is longer than " + maxChars + " characters (" + total + "); it was dropped");
    }
    return Optional.of(message);
  }
}
