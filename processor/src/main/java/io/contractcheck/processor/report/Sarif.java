package io.contractcheck.processor.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;

/**
 * One SARIF 2.1.0 log of a compilation's findings: the rules, and a result per finding with its
 * physical location (relative to {@code %SRCROOT%}), its fix, and whether it was suppressed in
 * the source or recorded in the baseline.
 */
final class Sarif {
  /** Where each rule's page is published; the page of rule X is {@code DOCS + X + ".md"}. */
  static final String DOCS = "https://github.com/contractcheck/contractcheck/blob/main/docs/checks/";
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String ROOT = "%SRCROOT%";

  /** A finding and what became of it. */
  record Entry(Finding finding, boolean baselined) {}

  private Sarif() {}

  static String render(List<Rule> rules, List<Entry> entries, URI root, boolean baselineUsed,
      String version) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Object> ruleObjects = new ArrayList<>();
    for (Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleObjects.size());
      ruleObjects.add(map(
          "id", rule.id(),
          "name", rule.id(),
          "shortDescription", map("text", rule.description()),
          "helpUri", DOCS + rule.id() + ".md",
          "defaultConfiguration", map("level", level(rule.defaultKind()))));
    }
    List<Object> results = new ArrayList<>();
    for (Entry entry : entries) {
      results.add(result(entry, ruleIndex, baselineUsed));
    }
    Map<String, Object> driver = map(
        "name", "ContractCheck",
        "version", version,
        "informationUri", DOCS.substring(0, DOCS.length() - "docs/checks/".length()),
        "rules", ruleObjects);
    Map<String, Object> run = map(
        "tool", map("driver", driver),
        "originalUriBaseIds", map(ROOT, map("uri", root.toString())),
        "columnKind", "utf16CodeUnits",
        "results", results);
    return Json.write(map(
        "$schema", SCHEMA,
        "version", "2.1.0",
        "runs", List.of(run)));
  }

  private static Map<String, Object> result(
      Entry entry, Map<String, Integer> ruleIndex, boolean baselineUsed) {
    Finding f = entry.finding();
    Map<String, Object> result = map("ruleId", f.id());
    Integer index = ruleIndex.get(f.id());
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("level", level(f.kind()));
    result.put("message", map("text", f.text()));
    if (f.location() != null) {
      Location at = f.location();
      result.put("locations", List.of(map("physicalLocation", map(
          "artifactLocation", artifact(at.file()),
          "region", map(
              "startLine", at.line(),
              "startColumn", at.column(),
              "endLine", at.endLine(),
              "endColumn", at.endColumn(),
              "charOffset", at.start(),
              "charLength", at.end() - at.start())))));
      if (!f.fix().isEmpty()) {
        List<Object> replacements = new ArrayList<>();
        for (Edit edit : f.fix()) {
          replacements.add(map(
              "deletedRegion", map("charOffset", edit.start(), "charLength", edit.end() - edit.start()),
              "insertedContent", map("text", edit.replacement())));
        }
        result.put("fixes", List.of(map(
            "description", map("text", "ContractCheck's fix for " + f.id()),
            "artifactChanges", List.of(map(
                "artifactLocation", artifact(at.file()),
                "replacements", replacements)))));
      }
    }
    List<Object> suppressions = new ArrayList<>();
    if (f.suppressed()) {
      suppressions.add(map("kind", "inSource",
          "justification", "@SuppressWarnings(\"contractcheck:" + f.id() + "\") or"
              + " @SuppressWarnings(\"contractcheck\") on an enclosing declaration"));
    }
    if (entry.baselined()) {
      suppressions.add(map("kind", "external", "status", "accepted",
          "justification", "recorded in the ContractCheck baseline"));
    }
    if (!suppressions.isEmpty()) {
      result.put("suppressions", suppressions);
    }
    if (baselineUsed && f.location() != null && !f.suppressed()) {
      result.put("baselineState", entry.baselined() ? "unchanged" : "new");
    }
    return result;
  }

  private static Map<String, Object> artifact(SourceFile file) {
    String uri;
    try {
      uri = new URI(null, null, file.path(), null).toASCIIString(); // spaces and the like escaped
    } catch (java.net.URISyntaxException e) {
      uri = file.path();
    }
    return map("uri", uri, "uriBaseId", ROOT);
  }

  private static String level(Diagnostic.Kind kind) {
    switch (kind) {
      case ERROR:
        return "error";
      case WARNING:
      case MANDATORY_WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
