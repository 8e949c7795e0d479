package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The name tests behind R13 and R14 (docs/checks/SwappedArguments.md). */
class ArgumentOrderTest {

  @Test
  void knowsTheLowEndOfAPairThatDiffersInOneWord() {
    assertThat(ArgumentOrder.lowEnd("beginIndex", "endIndex")).isTrue();
    assertThat(ArgumentOrder.lowEnd("endIndex", "beginIndex")).isFalse();
    assertThat(ArgumentOrder.lowEnd("fromIndex", "toIndex")).isTrue();
    assertThat(ArgumentOrder.lowEnd("start", "stop")).isTrue();
    assertThat(ArgumentOrder.lowEnd("minValue", "maxValue")).isTrue();
    // two differing words: only inclusive/exclusive may be the second
    assertThat(ArgumentOrder.lowEnd("startInclusive", "endExclusive")).isTrue();
    assertThat(ArgumentOrder.lowEnd("endExclusive", "startInclusive")).isFalse();
    assertThat(ArgumentOrder.lowEnd("startRow", "endColumn")).isFalse();
    // not a pair: the same word, or words of no pair
    assertThat(ArgumentOrder.lowEnd("fromInclusive", "fromExclusive")).isFalse();
    assertThat(ArgumentOrder.lowEnd("offset", "length")).isFalse();
    assertThat(ArgumentOrder.lowEnd("start", "endIndex")).isFalse();
  }

  @Test
  void positionsAreRangesOfIndicesNotBoundsOfValues() {
    assertThat(ArgumentOrder.positions("beginIndex", "endIndex")).isTrue();
    assertThat(ArgumentOrder.positions("from", "to")).isTrue();
    assertThat(ArgumentOrder.positions("min", "max")).isFalse();
    assertThat(ArgumentOrder.positions("lower", "upper")).isFalse();
  }

  @Test
  void boundsLeaveOutPairsThatAlsoNameElements() {
    assertThat(ArgumentOrder.lowBound("start", "end")).isTrue();
    assertThat(ArgumentOrder.lowBound("indexStart", "indexEnd")).isTrue();
    assertThat(ArgumentOrder.lowBound("firstPoint", "lastPoint")).isFalse();
    assertThat(ArgumentOrder.lowBound("head", "tail")).isFalse();
    assertThat(ArgumentOrder.lowEnd("firstPoint", "lastPoint")).isTrue();
  }

  @Test
  void aQuickTestFindsEveryNameThatCanBeAnEnd() {
    assertThat(ArgumentOrder.namesAnEnd("endExclusive")).isTrue();
    assertThat(ArgumentOrder.namesAnEnd("lo")).isTrue();
    assertThat(ArgumentOrder.namesAnEnd("offset")).isFalse();
    assertThat(ArgumentOrder.namesAnEnd("frontier")).isFalse();
  }
}
