package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

/** SARIF lists every check with one sentence of its own. */
class RuleDescriptionsTest {
  @Test
  void everyIdHasItsOwnSentence() {
    for (DiagnosticId id : DiagnosticId.values()) {
      assertWithMessage("%s", id).that(RuleDescriptions.of(id)).doesNotContain("ContractCheck's check");
      assertWithMessage("%s", id).that(RuleDescriptions.of(id)).endsWith(".");
    }
  }
}
