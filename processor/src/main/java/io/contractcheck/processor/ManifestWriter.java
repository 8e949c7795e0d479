package io.contractcheck.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the contract manifest of each source type that declares contracts into the class output,
 * in the round the type appears, with the type as originating element.
 */
final class ManifestWriter {
  private final Filer filer;
  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final Set<String> written = new HashSet<>();

  ManifestWriter(Filer filer, Elements elements, Types types, Messager messager) {
    this.filer = filer;
    this.elements = elements;
    this.types = types;
    this.messager = messager;
  }

  void write(TypeElement type) {
    TypeContracts contracts = TypeContracts.of(type, elements);
    if (contracts.isEmpty() || !written.add(elements.getBinaryName(type).toString())) {
      return;
    }
    List<ManifestEntry> entries = ContractManifest.entries(contracts, elements, types);
    String[] where = ManifestReader.location(type, elements);
    try {
      FileObject file = filer.createResource(
          StandardLocation.CLASS_OUTPUT, where[0], where[1], ContractPlacement.outermost(type));
      try (Writer out = file.openWriter()) {
        out.write(ContractManifest.write(entries));
      }
    } catch (IOException | RuntimeException failure) {
      messager.printMessage(Diagnostic.Kind.WARNING, DiagnosticId.InternalError.tag()
          + "could not write the contract manifest of " + type.getQualifiedName() + " ("
          + failure + "); modules compiled against this one will not find its parameter names",
          type);
    }
  }

}
