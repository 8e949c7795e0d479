package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * One contract as a manifest or lock file records it: everything a separately compiled caller
 * needs, independent of what the class file kept (parameter names survive {@code -g:none} and
 * abstract methods).
 */
final class ManifestEntry {
  /** One parameter: its name, its type as declared, and its erasure (which identifies the member). */
  static final class Parameter {
    final String name;
    final String declaredType;
    final String erasedType;

    Parameter(String name, String declaredType, String erasedType) {
      this.name = name;
      this.declaredType = declaredType;
      this.erasedType = erasedType;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Parameter
          && ((Parameter) o).name.equals(name)
          && ((Parameter) o).declaredType.equals(declaredType)
          && ((Parameter) o).erasedType.equals(erasedType);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + erasedType.hashCode();
    }
  }

  final String id;
  /** The binary name of the declaring type. */
  final String owner;
  /** The method's name, or {@code <init>}. */
  final String member;
  final List<Parameter> parameters;
  final boolean requireNamedArguments;
  final String replacedBy;
  /** The generated named call, {@code com.example.FactoryCalls#create}, or empty. */
  final String namedCall;

  ManifestEntry(String id, String owner, String member, List<Parameter> parameters,
      boolean requireNamedArguments, String replacedBy, String namedCall) {
    this.id = id;
    this.owner = owner;
    this.member = member;
    this.parameters = List.copyOf(parameters);
    this.requireNamedArguments = requireNamedArguments;
    this.replacedBy = replacedBy;
    this.namedCall = namedCall;
  }

  /** {@code member(erased,types)}: what identifies the method in its type. */
  String erasedSignature() {
    List<String> erased = new ArrayList<>();
    parameters.forEach(p -> erased.add(p.erasedType));
    return erasedSignature(member, erased);
  }

  /** {@code member(erased,types)} of a member with these erased parameter types. */
  static String erasedSignature(String member, List<String> erasedTypes) {
    return member + "(" + String.join(",", erasedTypes) + ")";
  }

  /** {@code member(Type name, ...)} with declared types, for messages and lock files. */
  String declaredSignature() {
    StringBuilder b = new StringBuilder(member).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      b.append(i > 0 ? ", " : "").append(p.declaredType).append(' ').append(p.name);
    }
    return b.append(')').toString();
  }
}
