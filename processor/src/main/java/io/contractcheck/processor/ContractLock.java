package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract lock file: the parameter lists a module promises its callers, committed and
 * reviewed like an API dump, but with the parameter names that binary-compatibility tools ignore.
 * Sorted by id, one line per fact, so a change reads well in a diff.
 *
 * <pre>
 * contract chat.WebSocketManagerFactory#createWebSocketManager
 *   member chat.WebSocketManagerFactory#createWebSocketManager
 *   parameter userContext chat.UserExecutionContext
 *   requireNamedArguments true
 * </pre>
 */
final class ContractLock {
  static final String HEADER = """
      # ContractCheck contract lock: the parameter lists this module promises its callers.
      # A build fails when a contract changes in a way that breaks callers. If the change is
      # intended, regenerate this file with -Acontractcheck.updateLock=true
      # (Maven: mvn clean compile -Dcontractcheck.updateLock=true) and commit it.
      """;

  /** One contract's difference between the lock and the code. */
  static final class Change {
    final String id;
    final boolean breaking;
    final String description;

    Change(String id, boolean breaking, String description) {
      this.id = id;
      this.breaking = breaking;
      this.description = description;
    }
  }

  private ContractLock() {}

  static String write(Collection<ManifestEntry> sortedEntries) {
    StringBuilder b = new StringBuilder(HEADER);
    for (ManifestEntry e : sortedEntries) {
      b.append('\n').append("contract ").append(e.id).append('\n');
      b.append("  member ").append(e.owner).append('#').append(e.member).append('\n');
      for (ManifestEntry.Parameter p : e.parameters) {
        b.append("  parameter ").append(p.name).append(' ').append(p.declaredType).append('\n');
      }
      b.append("  requireNamedArguments ").append(e.requireNamedArguments).append('\n');
      if (!e.replacedBy.isEmpty()) {
        b.append("  replacedBy ").append(e.replacedBy).append('\n');
      }
      if (!e.namedCall.isEmpty()) {
        b.append("  namedCall ").append(e.namedCall).append('\n');
      }
    }
    return b.toString();
  }

  /** Reads a lock file; a line it does not understand is an error naming the line. */
  static Map<String, ManifestEntry> read(String text) throws ContractManifest.UnreadableManifestException {
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    String id = null;
    String member = "";
    List<ManifestEntry.Parameter> parameters = new ArrayList<>();
    boolean required = false;
    String replacedBy = "";
    String namedCall = "";
    List<String> lines = text.lines().toList();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "contract";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split(" ", 2);
      String value = kv.length > 1 ? kv[1].strip() : "";
      switch (kv[0]) {
        case "contract":
          if (id != null) {
            int hash = member.lastIndexOf('#');
            entries.put(id, new ManifestEntry(id, hash < 0 ? member : member.substring(0, hash),
                member.substring(hash + 1), parameters, required, replacedBy, namedCall));
          }
          id = value;
          member = "";
          parameters = new ArrayList<>();
          required = false;
          replacedBy = "";
          namedCall = "";
          break;
        case "member":
          member = value;
          break;
        case "parameter":
          String[] nameAndType = value.split(" ", 2);
          if (nameAndType.length != 2) {
            throw new ContractManifest.UnreadableManifestException(
                "line " + (i + 1) + " is not 'parameter name type'");
          }
          parameters.add(new ManifestEntry.Parameter(nameAndType[0], nameAndType[1], nameAndType[1]));
          break;
        case "requireNamedArguments":
          required = Boolean.parseBoolean(value);
          break;
        case "replacedBy":
          replacedBy = value;
          break;
        case "namedCall":
          namedCall = value;
          break;
        default:
          throw new ContractManifest.UnreadableManifestException(
              "line " + (i + 1) + " starts with an unknown word '" + kv[0] + "'");
      }
      if (id == null && i < lines.size()) {
        throw new ContractManifest.UnreadableManifestException(
            "line " + (i + 1) + " comes before the first 'contract' line");
      }
    }
    return entries;
  }

  /** Every difference between the locked contracts and the current ones, by id. */
  static List<Change> compare(Map<String, ManifestEntry> locked, Map<String, ManifestEntry> now) {
    List<Change> changes = new ArrayList<>();
    for (ManifestEntry old : locked.values()) {
      ManifestEntry current = now.get(old.id);
      if (current == null) {
        changes.add(new Change(old.id, true, "the contract was removed (it was "
            + old.owner + "." + old.declaredSignature() + ")"));
        continue;
      }
      List<String> breaking = breakingDifferences(old, current);
      if (!breaking.isEmpty()) {
        changes.add(new Change(old.id, true, String.join("; ", breaking)
            + " (locked: " + old.declaredSignature() + ", now: " + current.declaredSignature() + ")"));
      } else if (!current.namedCall.equals(old.namedCall) && old.namedCall.isEmpty()) {
        changes.add(new Change(old.id, false, "it has a new named call " + current.namedCall));
      } else if (!old.replacedBy.equals(current.replacedBy)) {
        changes.add(new Change(old.id, false, "replacedBy changed from '" + old.replacedBy
            + "' to '" + current.replacedBy + "'"));
      }
    }
    for (ManifestEntry current : now.values()) {
      if (!locked.containsKey(current.id)) {
        changes.add(new Change(current.id, false, "the contract is new: "
            + current.owner + "." + current.declaredSignature()));
      }
    }
    return changes;
  }

  private static List<String> breakingDifferences(ManifestEntry old, ManifestEntry now) {
    List<String> differences = new ArrayList<>();
    if (!old.owner.equals(now.owner) || !old.member.equals(now.member)) {
      differences.add("the id now names " + now.owner + "#" + now.member + " instead of "
          + old.owner + "#" + old.member);
    }
    List<ManifestEntry.Parameter> before = old.parameters;
    List<ManifestEntry.Parameter> after = now.parameters;
    Set<String> beforeNames = names(before);
    Set<String> afterNames = names(after);
    if (before.size() != after.size()) {
      for (ManifestEntry.Parameter p : after) {
        if (!beforeNames.contains(p.name)) {
          differences.add("parameter '" + p.name + "' (" + p.declaredType + ") was added");
        }
      }
      for (ManifestEntry.Parameter p : before) {
        if (!afterNames.contains(p.name)) {
          differences.add("parameter '" + p.name + "' (" + p.declaredType + ") was removed");
        }
      }
      if (differences.isEmpty()) {
        differences.add("the parameter count changed from " + before.size() + " to " + after.size());
      }
    } else if (beforeNames.equals(afterNames) && !sameOrder(before, after)) {
      differences.add("the parameters were reordered from (" + String.join(", ", order(before))
          + ") to (" + String.join(", ", order(after)) + ")");
    } else {
      for (int i = 0; i < before.size(); i++) {
        ManifestEntry.Parameter b = before.get(i);
        ManifestEntry.Parameter a = after.get(i);
        boolean renamed = !b.name.equals(a.name);
        boolean retyped = !b.declaredType.equals(a.declaredType);
        if (renamed && retyped) {
          differences.add("parameter " + (i + 1) + " changed from " + b.declaredType + " " + b.name
              + " to " + a.declaredType + " " + a.name);
        } else if (renamed) {
          differences.add("parameter " + (i + 1) + " was renamed from '" + b.name + "' to '"
              + a.name + "'");
        } else if (retyped) {
          differences.add("parameter " + (i + 1) + " '" + b.name + "' changed type from "
              + b.declaredType + " to " + a.declaredType);
        }
      }
    }
    if (!old.namedCall.isEmpty() && !old.namedCall.equals(now.namedCall)) {
      differences.add(now.namedCall.isEmpty()
          ? "its named call " + old.namedCall + " is no longer generated"
          : "its named call moved from " + old.namedCall + " to " + now.namedCall);
    }
    if (old.requireNamedArguments != now.requireNamedArguments) {
      differences.add("requireNamedArguments changed from " + old.requireNamedArguments + " to "
          + now.requireNamedArguments);
    }
    return differences;
  }

  private static Set<String> names(List<ManifestEntry.Parameter> parameters) {
    Set<String> names = new HashSet<>();
    parameters.forEach(p -> names.add(p.name));
    return names;
  }

  private static List<String> order(List<ManifestEntry.Parameter> parameters) {
    List<String> names = new ArrayList<>();
    parameters.forEach(p -> names.add(p.name));
    return names;
  }

  private static boolean sameOrder(List<ManifestEntry.Parameter> a, List<ManifestEntry.Parameter> b) {
    return order(a).equals(order(b));
  }
}
