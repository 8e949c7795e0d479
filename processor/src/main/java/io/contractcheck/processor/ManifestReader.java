package io.contractcheck.processor;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the contract manifest of a type read from a class file. It lives beside the class file, in
 * the type's package folder, because javac cannot see resources under {@code META-INF/} of a jar.
 * Problems are warnings naming the resource; they never stop the build.
 */
final class ManifestReader {
  /** Where manifests are read from: the class path as javac sees it. */
  interface Source {
    /**
     * The text of the manifest {@code fileName} in {@code packageName} beside {@code type}'s class
     * file, or null when there is none.
     */
    String read(TypeElement type, String packageName, String fileName) throws IOException;
  }

  private final Source source;
  private final boolean missingIsWorthAWarning;
  private final Elements elements;
  private final Messager messager;
  /** By binary name: types keep their names when javac re-enters classes, elements do not. */
  private final Map<String, Optional<List<ManifestEntry>>> byType = new HashMap<>();

  /**
   * @param source null where manifests cannot be read at all; calls then use the class file's names
   * @param missingIsWorthAWarning whether a class file with contracts but no manifest is reported:
   *     the processor writes manifests, so one missing means a module built without it; modules
   *     built with the plugin have none and need none when compiled with {@code -parameters}
   *     (calls that cannot be checked are reported either way)
   */
  ManifestReader(Source source, boolean missingIsWorthAWarning, Elements elements,
      Messager messager) {
    this.source = source;
    this.missingIsWorthAWarning = missingIsWorthAWarning;
    this.elements = elements;
    this.messager = messager;
  }

  /** An annotation processor reads manifests through its {@link Filer}. */
  static Source fromFiler(Filer filer) {
    return (type, packageName, fileName) -> {
      FileObject file = filer.getResource(StandardLocation.CLASS_PATH, packageName, fileName);
      return file == null ? null : file.getCharContent(true).toString();
    };
  }

  /** Package and file name of a type's manifest: {@code com.example}, {@code Outer$Inner.contracts}. */
  static String[] location(TypeElement type, Elements elements) {
    PackageElement pkg = elements.getPackageOf(type);
    String binary = elements.getBinaryName(type).toString();
    String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    String simple = packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1);
    return new String[] {packageName, simple + ContractManifest.SUFFIX};
  }

  /**
   * The manifest's entries for a class-file type that declares contracts; empty (after a warning)
   * when there is none or it cannot be read.
   */
  Optional<List<ManifestEntry>> read(TypeElement type) {
    if (source == null) {
      return Optional.empty(); // this compiler gives no way to read them: the class file's names
    }
    return byType.computeIfAbsent(elements.getBinaryName(type).toString(), name -> load(type));
  }

  private Optional<List<ManifestEntry>> load(TypeElement type) {
    String[] where = location(type, elements);
    String resource = (where[0].isEmpty() ? "" : where[0].replace('.', '/') + "/") + where[1];
    String text;
    try {
      text = source.read(type, where[0], where[1]);
    } catch (IOException | IllegalArgumentException notThere) {
      text = null;
    }
    if (text == null) {
      if (!missingIsWorthAWarning) {
        return Optional.empty();
      }
      warn(DiagnosticId.ManifestMissing, "the class file of " + type.getQualifiedName()
          + " declares contracts, but there is no contract manifest " + resource + " beside it, so"
          + " its calls are checked with the names in the class file; build the module that"
          + " declares it with the ContractCheck processor");
      return Optional.empty();
    }
    try {
      return Optional.of(ContractManifest.read(text));
    } catch (ContractManifest.UnreadableManifestException unreadable) {
      warn(DiagnosticId.ManifestUnreadable, "the contract manifest " + resource + " of "
          + type.getQualifiedName() + " cannot be read: " + unreadable.getMessage()
          + "; its calls are checked with the names in the class file");
      return Optional.empty();
    }
  }

  private void warn(DiagnosticId id, String message) {
    messager.printMessage(id.defaultKind(), id.tag() + message);
  }
}
