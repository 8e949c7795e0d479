package io.contractcheck.processor.report;

/**
 * A range in a source file. Lines and columns are 1-based; the column counts {@code char}s (a tab
 * is one, not a tab stop as in javac's messages); {@code end} is exclusive.
 */
public record Location(SourceFile file, int start, int end, int line, int column, int endLine,
    int endColumn) {}
