package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {

  @Test
  void splitsCamelCaseAcronymsDigitsAndUnderscores() {
    assertThat(NameWords.of("userContext")).containsExactly("user", "context").inOrder();
    assertThat(NameWords.of("HTTPServerURL")).containsExactly("http", "server", "url").inOrder();
    assertThat(NameWords.of("user_ID2name")).containsExactly("user", "id", "2", "name").inOrder();
    assertThat(NameWords.of("USER_ID")).containsExactly("user", "id").inOrder();
    assertThat(NameWords.of("x")).containsExactly("x");
    assertThat(NameWords.of("_")).isEmpty();
  }

  @Test
  void normalizesForTheSwapCheck() {
    assertThat(NameWords.normalized("Run_Id")).isEqualTo("runid");
    assertThat(NameWords.normalized("RUNID")).isEqualTo("runid");
  }

  @Test
  void stripsOnlyRealAccessorPrefixes() {
    assertThat(NameWords.withoutAccessorPrefix("getUserId")).isEqualTo("userId");
    assertThat(NameWords.withoutAccessorPrefix("isOpen")).isEqualTo("open");
    assertThat(NameWords.withoutAccessorPrefix("getaway")).isEqualTo("getaway");
    assertThat(NameWords.withoutAccessorPrefix("island")).isEqualTo("island");
    assertThat(NameWords.withoutAccessorPrefix("get")).isEqualTo("get");
  }

  @Test
  void editDistance() {
    assertThat(NameWords.editDistance("usrid", "userid")).isEqualTo(1);
    assertThat(NameWords.editDistance("", "abc")).isEqualTo(3);
    assertThat(NameWords.editDistance("kitten", "sitting")).isEqualTo(3);
  }
}
