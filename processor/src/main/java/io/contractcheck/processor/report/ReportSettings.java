package io.contractcheck.processor.report;

import java.nio.file.Path;

/**
 * Which reports a compilation writes: each path is null when its report is off.
 *
 * @param root what report paths are relative to; null for the repository root of each file
 */
public record ReportSettings(Path fix, Path baseline, boolean updateBaseline, Path sarif, Path root) {
  boolean any() {
    return fix != null || baseline != null || sarif != null;
  }
}
