package io.contractcheck.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRunTest {

  @Test
  void roundsRotateTheOrderSoEveryConfigurationTakesEveryPosition() {
    List<String> configs = List.of("a", "b", "c");

    assertEquals(List.of("a", "b", "c"), BenchRun.rotated(configs, 0));
    assertEquals(List.of("b", "c", "a"), BenchRun.rotated(configs, 1));
    assertEquals(List.of("c", "a", "b"), BenchRun.rotated(configs, 2));
    assertEquals(List.of("a", "b", "c"), BenchRun.rotated(configs, 3));
  }
}
