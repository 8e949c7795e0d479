package io.contractcheck.processor.report;

import javax.tools.Diagnostic;

/** A check as SARIF lists it: its id, its default severity and one sentence on what it finds. */
public record Rule(String id, Diagnostic.Kind defaultKind, String description) {}
