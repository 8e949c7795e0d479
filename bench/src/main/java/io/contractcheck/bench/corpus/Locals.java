package io.contractcheck.bench.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local variables one statement needs, each named exactly like the parameter it is passed to. The
 * statement is wrapped in a block, so a name never reaches a call it was not declared for.
 */
final class Locals {

  private final Map<String, String> declarations = new LinkedHashMap<>();

  /** Declares {@code parameter} as a local initialised with {@code initialiser}, once. */
  void declare(Parameter parameter, String initialiser) {
    declarations.putIfAbsent(parameter.name(), parameter.declaration() + " = " + initialiser + ";");
  }

  boolean isEmpty() {
    return declarations.isEmpty();
  }

  List<String> declarations() {
    return List.copyOf(declarations.values());
  }
}
