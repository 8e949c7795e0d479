package io.contractcheck.processor.report;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The root that report paths are relative to: the {@code root} option when given, else the nearest
 * folder above the source file that holds {@code .git} (a folder, or a file in a worktree), else
 * the current directory. Relative to the repository root, {@code git apply} takes the fix patch and
 * GitHub code scanning finds the SARIF locations.
 */
final class SourceRoots {
  private final Path configured;
  private final Map<Path, Path> byFolder = new HashMap<>();

  SourceRoots(Path configured) {
    this.configured = configured == null ? null : configured.toAbsolutePath().normalize();
  }

  /** The path of {@code uri} relative to its root, with {@code /} separators. */
  String relative(URI uri) {
    Path file = pathOf(uri);
    if (file == null) {
      String path = uri.getPath() != null ? uri.getPath() : uri.toString();
      return path.startsWith("/") ? path.substring(1) : path; // an in-memory source
    }
    Path root = rootOf(file);
    Path relative = file.startsWith(root) ? root.relativize(file) : file;
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }

  /** The root of {@code uri}'s file as a {@code file:} URI ending in {@code /}. */
  URI rootUri(URI uri) {
    Path file = pathOf(uri);
    Path root = file == null ? currentDirectory() : rootOf(file);
    String text = root.toUri().toString();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  private static Path pathOf(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    try {
      return Path.of(uri).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | SecurityException notAFile) {
      return null;
    }
  }

  private Path rootOf(Path file) {
    if (configured != null) {
      return configured;
    }
    Path folder = file.getParent();
    if (folder == null) {
      return currentDirectory();
    }
    return byFolder.computeIfAbsent(folder, f -> {
      for (Path p = f; p != null; p = p.getParent()) {
        if (Files.exists(p.resolve(".git"))) {
          return p;
        }
      }
      return currentDirectory();
    });
  }

  private static Path currentDirectory() {
    return Path.of("").toAbsolutePath().normalize();
  }
}
