package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the build of websocket-core leaves in {@code target/classes} (and so in its jar): class files
 * without parameter names, and contract manifests that carry them to the modules compiled against
 * it.
 */
class ContractManifestTest {

  private static final Path FACTORY = Path.of("io", "contractcheck", "sample", "chat");

  @Test
  void theFactorysManifestShipsBesideItsClassWithTheParameterName() throws IOException {
    Path manifest =
        ModuleCompiler.classes().resolve(FACTORY).resolve("WebSocketManagerFactory.contracts");

    assertTrue(Files.isRegularFile(manifest), manifest + " was not written by the build");
    String text = Files.readString(manifest, StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            "contract io.contractcheck.sample.chat.WebSocketManagerFactory#createWebSocketManager\n"),
        text);
    assertTrue(text.contains("  parameter userContext\t"), text);
    assertTrue(text.contains("  requireNamedArguments true\n"), text);
  }

  @Test
  void theFactorysClassFileCarriesNoParameterNames() throws IOException {
    Path classFile =
        ModuleCompiler.classes().resolve(FACTORY).resolve("WebSocketManagerFactory.class");

    // Attribute names and parameter names live in the constant pool as plain UTF-8.
    String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    assertFalse(constants.contains("MethodParameters"), "built with -parameters");
    assertFalse(constants.contains("LocalVariableTable"), "built with -g:vars");
    assertFalse(constants.contains("userContext"), "the class file names the parameter");
    assertTrue(constants.contains("LineNumberTable"), "stack traces lost their line numbers");
  }
}
