package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every diagnostic id has its page under docs/checks, which the messages' users will look for. */
class DocsTest {
  private static final Path CHECKS = Path.of("..", "docs", "checks");

  @Test
  void everyIdHasAPageTitledWithTheIdAndItsSeverity() throws IOException {
    for (DiagnosticId id : DiagnosticId.values()) {
      Path page = CHECKS.resolve(id.name() + ".md");
      assertThat(Files.exists(page)).isTrue();
      String text = Files.readString(page);
      assertThat(text).startsWith("# " + id.name() + "\n");
      String severity = switch (id.defaultKind()) {
        case ERROR -> "**Error";
        case NOTE -> "**Note";
        default -> "**Warning";
      };
      assertThat(text).contains(severity);
    }
  }

  @Test
  void noPageForAnIdThatDoesNotExist() throws IOException {
    try (var pages = Files.list(CHECKS)) {
      pages.forEach(page -> {
        String name = page.getFileName().toString().replace(".md", "");
        assertThat(DiagnosticId.valueOf(name)).isNotNull();
      });
    }
  }
}
