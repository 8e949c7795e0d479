package io.contractcheck.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChildReportTest {

  @Test
  void lineRoundTrips() {
    ChildReport report = new ChildReport(true, 12_345_678_901L, 23_456_789_012L, 1_000_000L, 654_321L,
        987_654_321L, 0, 2, 1, "17.0.15+6-Debian-1deb12u1");

    assertEquals(report, ChildReport.parse(report.toLine()));
  }

  @Test
  void missingFieldIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> ChildReport.parse(ChildReport.PREFIX + "success=true"));
  }
}
