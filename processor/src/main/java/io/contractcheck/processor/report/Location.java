package io.contractcheck.processor.report;

/**
 * A range in a source file. Lines and columns are 1-based; the column counts {@code char}s, as
 * javac's do; {@code end} is exclusive.
 */
public record Location(SourceFile file, int start, int end, int line, int column, int endLine,
    int endColumn) {}
