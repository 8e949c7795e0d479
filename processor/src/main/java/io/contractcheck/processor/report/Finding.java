package io.contractcheck.processor.report;

import java.util.List;
import javax.tools.Diagnostic;

/**
 * One ContractCheck finding as the reports see it: what javac prints, where, the parts of its
 * baseline key, and its fix.
 *
 * @param id the diagnostic id, e.g. {@code LabelMismatch}
 * @param kind the severity the check gives it (before any baseline)
 * @param message the full message, starting with {@code [Id]}
 * @param location where it is, or null for a finding about no source position
 * @param member the enclosing declarations, outermost first ({@code Caller.call}), for the
 *     baseline key; empty when unknown
 * @param callee the called method ({@code Factories.runId}) or the declaration the finding is
 *     about, for the baseline key
 * @param arguments the arguments as written (white space collapsed), for the baseline key
 * @param suppressed turned off by {@code @SuppressWarnings}: not printed, only marked in SARIF
 * @param fix the edits in {@code location}'s file that fix it; empty when there is no safe fix
 */
public record Finding(String id, Diagnostic.Kind kind, String message, Location location,
    String member, String callee, List<String> arguments, boolean suppressed, List<Edit> fix) {
  public Finding {
    arguments = List.copyOf(arguments);
    fix = List.copyOf(fix);
  }

  /** The message without its {@code [Id] } tag. */
  String text() {
    String tag = "[" + id + "] ";
    return message.startsWith(tag) ? message.substring(tag.length()) : message;
  }
}
