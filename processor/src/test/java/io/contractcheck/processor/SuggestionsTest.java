package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void wordContainmentComesFirst() {
    assertThat(Suggestions.closest("context", List.of("userId", "userContext")))
        .hasValue("userContext");
    assertThat(Suggestions.closest("id", List.of("userId", "roomId"))).hasValue("userId");
  }

  @Test
  void thenSmallEditDistance() {
    assertThat(Suggestions.closest("usrId", List.of("roomId", "userId"))).hasValue("userId");
    assertThat(Suggestions.closest("demo.Api#creat", List.of("demo.Api#create")))
        .hasValue("demo.Api#create");
  }

  @Test
  void nothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("payload", List.of("userId", "roomId"))).isEmpty();
    assertThat(Suggestions.closest("userId", List.of("userId"))).isEmpty();
  }
}
