package io.contractcheck.bench.corpus;

import java.util.Random;

/** The value types that generated business methods take as parameters. */
enum JavaType {
  STRING("String"),
  INT("int"),
  LONG("long"),
  BOOLEAN("boolean"),
  DOUBLE("double"),
  STRING_LIST("List<String>");

  private final String sourceName;

  JavaType(String sourceName) {
    this.sourceName = sourceName;
  }

  /** The type as written in source. */
  String sourceName() {
    return sourceName;
  }

  /** A literal (or literal-like expression that names nothing) of this type. */
  String literal(Random random) {
    return switch (this) {
      case STRING -> '"' + Vocabulary.pick(Vocabulary.LITERAL_WORDS, random) + "-" + random.nextInt(100) + '"';
      case INT -> Integer.toString(1 + random.nextInt(500));
      case LONG -> (1 + random.nextInt(100_000)) + "L";
      case BOOLEAN -> random.nextBoolean() ? "true" : "false";
      case DOUBLE -> (random.nextInt(100) / 4.0) + "";
      case STRING_LIST -> "List.of(\"" + Vocabulary.pick(Vocabulary.LITERAL_WORDS, random) + "\", \""
          + Vocabulary.pick(Vocabulary.LITERAL_WORDS, random) + "\")";
    };
  }

  /** An expression that turns a value of this type into a String. */
  String toStringExpression(String expression) {
    return this == STRING ? expression : "String.valueOf(" + expression + ")";
  }
}
