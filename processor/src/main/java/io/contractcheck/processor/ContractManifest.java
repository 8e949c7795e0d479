package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The contract manifest of one type: a small text file written next to its class file
 * ({@code com/example/Factory.contracts}, so it ships in the jar) that lets separately compiled
 * callers check calls with the declared parameter names.
 *
 * <pre>
 * contractcheck-manifest 1
 * contract com.example.Factory#create
 *   owner com.example.Factory
 *   member create
 *   parameter userContext	com.example.UserContext	com.example.UserContext
 *   requireNamedArguments true
 *   replacedBy
 *   namedCall com.example.FactoryCalls#create
 * </pre>
 *
 * Contracts are sorted by id; the bytes depend only on the declarations (UTF-8, {@code \n}, no
 * timestamps). Parameter lines are tab-separated: name, declared type, erased type.
 */
final class ContractManifest {
  static final String SUFFIX = ".contracts";
  /**
   * The newest format: 2 adds the {@code namedCall} line. A manifest without named calls is
   * written in format 1, which ContractCheck versions before named calls read too.
   */
  static final int FORMAT = 2;
  private static final String HEADER = "contractcheck-manifest ";

  private ContractManifest() {}

  /** The entries describing {@code contracts}, sorted by id. */
  static List<ManifestEntry> entries(TypeContracts contracts, Elements elements, Types types) {
    List<ManifestEntry> entries = new ArrayList<>();
    for (ContractInfo contract : contracts.all()) {
      ExecutableElement method = contract.method();
      List<ManifestEntry.Parameter> parameters = new ArrayList<>();
      for (int i = 0; i < method.getParameters().size(); i++) {
        VariableElement p = method.getParameters().get(i);
        parameters.add(new ManifestEntry.Parameter(contract.parameterNames().get(i),
            p.asType().toString(), types.erasure(p.asType()).toString()));
      }
      entries.add(new ManifestEntry(contract.id(),
          elements.getBinaryName((TypeElement) method.getEnclosingElement()).toString(),
          Signatures.memberName(method),
          parameters, contract.requireNamedArguments(), contract.replacedBy(),
          contract.namedCall()));
    }
    entries.sort(Comparator.comparing((ManifestEntry e) -> e.id)
        .thenComparing(e -> e.erasedSignature()));
    return entries;
  }

  static String write(List<ManifestEntry> entries) {
    boolean namedCalls = entries.stream().anyMatch(e -> !e.namedCall.isEmpty());
    StringBuilder b = new StringBuilder(HEADER).append(namedCalls ? FORMAT : 1).append('\n');
    for (ManifestEntry e : entries) {
      b.append("contract ").append(e.id).append('\n');
      b.append("  owner ").append(e.owner).append('\n');
      b.append("  member ").append(e.member).append('\n');
      for (ManifestEntry.Parameter p : e.parameters) {
        b.append("  parameter ").append(p.name).append('\t').append(p.declaredType).append('\t')
            .append(p.erasedType).append('\n');
      }
      b.append("  requireNamedArguments ").append(e.requireNamedArguments).append('\n');
      b.append("  replacedBy ").append(e.replacedBy).append('\n');
      if (namedCalls) {
        b.append("  namedCall ").append(e.namedCall).append('\n');
      }
    }
    return b.toString();
  }

  /** Thrown for text that is not a manifest this version can read; the message says why. */
  static final class UnreadableManifestException extends Exception {
    UnreadableManifestException(String message) {
      super(message);
    }
  }

  static List<ManifestEntry> read(String text) throws UnreadableManifestException {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      throw new UnreadableManifestException("it does not start with '" + HEADER.trim() + "'");
    }
    String version = lines.get(0).substring(HEADER.length()).trim();
    if (!version.equals("1") && !version.equals(String.valueOf(FORMAT))) {
      throw new UnreadableManifestException("it has format " + version + ", and this ContractCheck"
          + " reads formats 1 to " + FORMAT + "; use the ContractCheck version that wrote it or newer");
    }
    List<ManifestEntry> entries = new ArrayList<>();
    int i = 1;
    while (i < lines.size()) {
      String id = value(lines, i++, "contract ");
      String owner = value(lines, i++, "  owner ");
      String member = value(lines, i++, "  member ");
      List<ManifestEntry.Parameter> parameters = new ArrayList<>();
      while (i < lines.size() && lines.get(i).startsWith("  parameter ")) {
        String[] fields = lines.get(i).substring("  parameter ".length()).split("\t", -1);
        if (fields.length != 3 || fields[0].isEmpty() || fields[2].isEmpty()) {
          throw new UnreadableManifestException("line " + (i + 1) + " is not 'parameter name<TAB>"
              + "type<TAB>erased type'");
        }
        parameters.add(new ManifestEntry.Parameter(fields[0], fields[1], fields[2]));
        i++;
      }
      String required = value(lines, i++, "  requireNamedArguments ");
      if (!required.equals("true") && !required.equals("false")) {
        throw new UnreadableManifestException("line " + i + " is not true or false");
      }
      String replacedBy = value(lines, i++, "  replacedBy ");
      String namedCall = version.equals("1") ? "" : value(lines, i++, "  namedCall ");
      entries.add(new ManifestEntry(id, owner, member, parameters, required.equals("true"),
          replacedBy, namedCall));
    }
    return entries;
  }

  private static String value(List<String> lines, int index, String key)
      throws UnreadableManifestException {
    if (index >= lines.size()) {
      throw new UnreadableManifestException("it ends where '" + key.trim() + "' was expected");
    }
    String line = lines.get(index);
    if (!line.startsWith(key) && !line.equals(key.stripTrailing())) {
      throw new UnreadableManifestException(
          "line " + (index + 1) + " should start with '" + key.trim() + "'");
    }
    return line.length() > key.length() ? line.substring(key.length()) : "";
  }
}
