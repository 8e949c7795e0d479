package io.contractcheck.bench.corpus;

/** One declared parameter of a generated method. */
record Parameter(String name, JavaType type) {

  String declaration() {
    return type.sourceName() + " " + name;
  }
}
