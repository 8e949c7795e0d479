package io.contractcheck.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The incident in two files under {@code src/chat}: a contract factory whose parameter is
 * {@code userContext}, and a caller that still labels its argument {@code context} (line 5).
 */
final class IncidentSources {

  static final String FACTORY = """
      package chat;

      import io.contractcheck.Contract;

      public final class Factory {
        @Contract
        public static String createWebSocketManager(String userContext) {
          return userContext;
        }
      }
      """;

  static final String HANDLER = """
      package chat;

      final class Handler {
        String start(String context) {
          return Factory.createWebSocketManager(/* context= */ context);
        }
      }
      """;

  private IncidentSources() {}

  /** Writes both files under {@code root/src/chat} and returns that folder. */
  static Path write(Path root) throws IOException {
    Path src = Files.createDirectories(root.resolve("src/chat"));
    Files.writeString(src.resolve("Factory.java"), FACTORY);
    Files.writeString(src.resolve("Handler.java"), HANDLER);
    return src;
  }
}
