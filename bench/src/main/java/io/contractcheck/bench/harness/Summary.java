package io.contractcheck.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, minimum and maximum of a few measurements. */
record Summary(double median, double min, double max) {

  static Summary of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to summarise");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Summary(median, sorted.get(0), sorted.get(n - 1));
  }

  /** {@code median (min–max)} with one decimal, e.g. {@code 41.2 (40.9–42.0)}. */
  String format1() {
    return Units.format1(median) + " (" + Units.format1(min) + "–" + Units.format1(max) + ")";
  }

  /** Same with two decimals. */
  String format2() {
    return Units.format2(median) + " (" + Units.format2(min) + "–" + Units.format2(max) + ")";
  }

  double spread() {
    return max - min;
  }
}
