package io.contractcheck.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void oddCountTakesTheMiddleValue() {
    assertEquals(new Summary(2.0, 1.0, 9.0), Summary.of(List.of(9.0, 1.0, 2.0)));
  }

  @Test
  void evenCountAveragesTheTwoMiddleValues() {
    assertEquals(new Summary(2.5, 1.0, 4.0), Summary.of(List.of(4.0, 1.0, 3.0, 2.0)));
  }

  @Test
  void formatsMedianAndRangeWithoutLocale() {
    assertEquals("1.50 (1.25–2.00)", Summary.of(List.of(1.25, 1.5, 2.0)).format2());
  }

  @Test
  void refusesNoValues() {
    assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of()));
  }
}
