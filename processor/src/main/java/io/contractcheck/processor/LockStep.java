package io.contractcheck.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Compares this module's contracts with its committed lock file ({@code -Acontractcheck.lockFile})
 * in the last round, or rewrites the file ({@code -Acontractcheck.updateLock=true}).
 */
final class LockStep {

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final ContractIndex index;
  private final Options options;
  /** The update option as the user's build spells it. */
  private final String updateOption;
  /** The processor's option, which the README wires to a Maven property: messages name it. */
  private final boolean mavenProperty;
  private final String howToUpdate;

  LockStep(Elements elements, Types types, Messager messager, ContractIndex index,
      Options options) {
    this.elements = elements;
    this.types = types;
    this.messager = messager;
    this.index = index;
    this.options = options;
    this.updateOption = options.spell(Options.UPDATE_LOCK, "true");
    this.mavenProperty = options.syntax() == Options.Syntax.PROCESSOR;
    this.howToUpdate = "if the change is intended, update the lock with " + updateOption
        + (mavenProperty ? " (Maven: mvn clean compile -Dcontractcheck.updateLock=true)" : "")
        + " and commit it";
  }

  /** Compares (or rewrites) the lock file that the options name, for the types named. */
  void run(Set<String> typeNames) {
    String lockFile = options.lockFile();
    boolean update = options.updateLock();
    Map<String, ManifestEntry> current = new TreeMap<>();
    for (String name : typeNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        for (ManifestEntry entry : ContractManifest.entries(index.of(type), elements, types)) {
          current.putIfAbsent(entry.id, entry);
        }
      }
    }
    Path path = Path.of(lockFile);
    if (update) {
      write(path, current);
      return;
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      error(null, options.spell(Options.LOCK_FILE, lockFile) + " is set, but " + path.toAbsolutePath()
          + " does not exist; create it with " + updateOption
          + (mavenProperty ? " (Maven: mvn compile -Dcontractcheck.updateLock=true)" : "")
          + ", review it and commit it");
      return;
    } catch (IOException unreadable) {
      error(null, "cannot read the contract lock " + path.toAbsolutePath() + ": " + unreadable);
      return;
    }
    Map<String, ManifestEntry> locked;
    try {
      locked = ContractLock.read(text);
    } catch (ContractManifest.UnreadableManifestException malformed) {
      error(null, "the contract lock " + path.toAbsolutePath() + " cannot be read: "
          + malformed.getMessage() + "; regenerate it with " + updateOption);
      return;
    }
    compare(path, locked, current);
  }

  private void compare(Path path, Map<String, ManifestEntry> locked, Map<String, ManifestEntry> current) {
    List<ContractLock.Change> changes = ContractLock.compare(locked, current);
    StringBuilder additions = new StringBuilder();
    for (ContractLock.Change change : changes) {
      if (change.breaking) {
        ManifestEntry old = locked.get(change.id);
        if (old != null && !current.containsKey(change.id) && compiledElsewhere(old.owner)) {
          continue; // its type was not compiled here (an incremental build): nothing to compare
        }
        error(change.id, "contract '" + change.id + "' no longer matches the contract lock "
            + path + ": " + change.description + "; callers that name or order these arguments"
            + " break; " + howToUpdate);
      } else {
        additions.append("\n  ").append(change.id).append(": ").append(change.description);
      }
    }
    if (additions.length() > 0) {
      messager.printMessage(Diagnostic.Kind.NOTE, DiagnosticId.ContractLockChanged.tag()
          + "the contract lock " + path + " does not record these compatible changes; update it"
          + " with " + updateOption + " and commit it:" + additions);
    }
  }

  private boolean compiledElsewhere(String binaryOwner) {
    TypeElement type = elements.getTypeElement(binaryOwner.replace('$', '.'));
    return type != null && !index.isFromSource(type);
  }

  private void write(Path path, Map<String, ManifestEntry> current) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, ContractLock.write(current.values()), StandardCharsets.UTF_8);
      messager.printMessage(Diagnostic.Kind.NOTE, DiagnosticId.ContractLockChanged.tag()
          + "wrote " + current.size() + " contracts to the contract lock " + path.toAbsolutePath()
          + "; review the diff and commit it");
    } catch (IOException failure) {
      error(null, "cannot write the contract lock " + path.toAbsolutePath() + ": " + failure);
    }
  }

  /** An error at the contract's declaration when it still exists, else without a position. */
  private void error(String id, String message) {
    Optional<ContractInfo> contract = id == null ? Optional.empty() : index.byId(id);
    String text = DiagnosticId.ContractLockBroken.tag() + message;
    if (contract.isPresent() && contract.get().annotation() != null) {
      if (!Suppressions.suppressed(contract.get().annotated(), DiagnosticId.ContractLockBroken)) {
        messager.printMessage(Diagnostic.Kind.ERROR, text, contract.get().annotated(),
            contract.get().annotation());
      }
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text);
    }
  }
}
