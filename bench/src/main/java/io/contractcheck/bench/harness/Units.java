package io.contractcheck.bench.harness;

import java.util.Locale;

/** Unit conversions and fixed, locale-independent number formats for the reports. */
final class Units {

  private Units() {}

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static double mebibytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  static double mebibytesFromKibibytes(long kibibytes) {
    return kibibytes / 1024.0;
  }

  static String format1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String format2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String format3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A share as a percentage: {@code 12%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** A ratio as {@code 1.03×}. */
  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.3f×", value);
  }

  /** A ratio as a signed percentage overhead: {@code +3.1%}. */
  static String overhead(double ratio) {
    return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
  }
}
