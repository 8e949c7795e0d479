package io.contractcheck.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A one-class program with a wrong argument label on a call of a contract. Each ContractCheck
 * configuration must reject it: otherwise its silence on the corpus proves nothing (the processor
 * might not be running at all).
 */
final class Canary {

  static final String SOURCE = """
      package canary;

      import io.contractcheck.Contract;

      public final class Canary {
        @Contract
        public static long transfer(long amountCents, long feeCents) {
          return amountCents - feeCents;
        }

        public static long misuse() {
          return transfer(/* feeCents= */ 1L, /* amountCents= */ 2L);
        }
      }
      """;

  private Canary() {}

  /** Writes the canary under {@code directory} and returns the source list for the child. */
  static Path write(Path directory) throws IOException {
    Path source = directory.resolve("src/canary/Canary.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
    Path list = directory.resolve("sources-absolute.txt");
    Files.write(list, List.of(source.toString()), StandardCharsets.UTF_8);
    return list;
  }

  /** The canary passed if the compile failed with at least one error. */
  static Check verdict(CompilerConfig config, ChildReport report) {
    String measured = report.errors() + " error(s)" + (report.success() ? ", compile succeeded" : ", compile failed");
    return Check.of(Check.Category.CORRECTNESS, config.id() + ": rejects a wrong argument label (canary)",
        measured, "≥ 1 error", report.errors() > 0 && !report.success());
  }
}
