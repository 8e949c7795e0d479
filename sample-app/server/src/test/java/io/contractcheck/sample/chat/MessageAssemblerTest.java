package io.contractcheck.sample.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageAssemblerTest {

  private final MessageAssembler assembler = new MessageAssembler(10);

  @Test
  void joinsThePartsOfAMessage() throws RejectedMessageException {
    assertEquals(Optional.empty(), assembler.append("hello", false));
    assertEquals(Optional.of("hello, you"), assembler.append(", you", true));
  }

  @Test
  void acceptsAMessageOfExactlyTheLimit() throws RejectedMessageException {
    assertEquals(Optional.of("0123456789"), assembler.append("0123456789", true));
  }

  @Test
  void rejectsATooLongMessageAtItsEndAndThenAcceptsTheNextOne() throws RejectedMessageException {
    assertEquals(Optional.empty(), assembler.append("0123456789", false));
    assertEquals(Optional.empty(), assembler.append("abc", false));
    RejectedMessageException e =
        assertThrows(RejectedMessageException.class, () -> assembler.append("def", true));
    assertEquals("message is longer than 10 characters (16); it was dropped", e.getMessage());

    assertEquals(Optional.of("next"), assembler.append("next", true));
  }
}
