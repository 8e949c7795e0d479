package io.contractcheck.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Every contract known to this compilation: those declared in its sources (registered after the
 * last round) and those of types on the class path (derived on demand). Answers "which contract
 * does this callee belong to?" with a cache, so each method is examined once.
 */
final class ContractIndex {
  private final Elements elements;
  private final Types types;
  // Elements are compared by identity (javac's symbols are); identity maps are the cheapest
  // lookup for the one done at every call site.
  private final Map<TypeElement, TypeContracts> byType = new IdentityHashMap<>();
  private final Map<ExecutableElement, Optional<ContractInfo>> byCallee = new IdentityHashMap<>(1 << 12);
  private final Map<String, ContractInfo> sourceContractsById = new LinkedHashMap<>();
  private final Map<String, ContractInfo> classPathContractsById = new HashMap<>();
  private final Set<String> sourceTypes = new HashSet<>();
  private final Map<ExecutableElement, Boolean> namesKnown = new IdentityHashMap<>();
  /** Per type, the contracts of its supertypes that its methods may override, nearest first. */
  private final Map<TypeElement, List<ContractInfo>> inherited = new IdentityHashMap<>();
  private final ManifestReader manifests;

  ContractIndex(Elements elements, Types types, ManifestReader manifests) {
    this.elements = elements;
    this.types = types;
    this.manifests = manifests;
  }

  /** Forgets every element seen so far; source contracts must be registered again. */
  void forgetElements() {
    byType.clear();
    byCallee.clear();
    namesKnown.clear();
    inherited.clear();
    sourceContractsById.clear();
    classPathContractsById.clear();
  }

  /** Records a top-level type compiled from source in this compilation. */
  void addSourceType(TypeElement type) {
    sourceTypes.add(type.getQualifiedName().toString());
  }

  /** Makes the contracts of a source type findable by id; returns them. */
  TypeContracts registerSource(TypeElement type) {
    TypeContracts contracts = of(type);
    for (ContractInfo contract : contracts.all()) {
      sourceContractsById.putIfAbsent(contract.id(), contract);
    }
    return contracts;
  }

  TypeContracts of(TypeElement type) {
    TypeContracts contracts = byType.get(type);
    if (contracts == null) {
      contracts = isPlatformType(type) ? TypeContracts.NONE : TypeContracts.of(type, elements);
      if (!contracts.isEmpty() && !isFromSource(type)) {
        // A class file: its manifest has the declared names and the ids its module computed.
        TypeContracts declared = contracts;
        contracts = manifests.read(type)
            .map(entries -> TypeContracts.fromManifest(type, entries, types))
            .orElse(declared);
        for (ContractInfo contract : contracts.all()) {
          classPathContractsById.putIfAbsent(contract.id(), contract);
        }
      }
      byType.put(type, contracts);
    }
    return contracts;
  }

  /**
   * Whether {@code type} (a class, or any element inside one) belongs to the JDK. JDK types cannot
   * carry ContractCheck's annotations: no need to read their members.
   */
  static boolean isPlatformType(Element type) {
    Element e = type;
    while (e != null && e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    String name = e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  /** The contract a call of {@code callee} must respect: its own, or one it overrides. */
  Optional<ContractInfo> contractFor(ExecutableElement callee) {
    Optional<ContractInfo> cached = byCallee.get(callee);
    if (cached == null) {
      cached = lookUp(callee);
      byCallee.put(callee, cached);
    }
    return cached;
  }

  private Optional<ContractInfo> lookUp(ExecutableElement callee) {
    Element owner = callee.getEnclosingElement();
    if (!(owner instanceof TypeElement)) {
      return Optional.empty();
    }
    TypeElement type = (TypeElement) owner;
    Optional<ContractInfo> own = of(type).get(callee);
    if (own.isPresent()
        || callee.getKind() != ElementKind.METHOD
        || callee.getModifiers().contains(Modifier.STATIC)
        || callee.getModifiers().contains(Modifier.PRIVATE)) {
      return own;
    }
    for (ContractInfo candidate : inheritedContracts(type)) {
      ExecutableElement method = candidate.method();
      if (method.getSimpleName().equals(callee.getSimpleName())
          && method.getParameters().size() == callee.getParameters().size()
          && elements.overrides(callee, method, type)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The contracts declared in {@code type}'s supertypes, breadth first: what its methods may
   * override. Computed once per type (most have none), not once per method called.
   */
  private List<ContractInfo> inheritedContracts(TypeElement type) {
    List<ContractInfo> found = inherited.get(type);
    if (found != null) {
      return found;
    }
    found = new ArrayList<>();
    if (!isPlatformType(type)) { // JDK types extend no type of ours
      Deque<TypeMirror> pending = new ArrayDeque<>(types.directSupertypes(type.asType()));
      Set<Element> seen = new HashSet<>();
      while (!pending.isEmpty()) {
        TypeMirror supertype = pending.pop();
        if (!(supertype instanceof DeclaredType)) {
          continue;
        }
        TypeElement superElement = (TypeElement) ((DeclaredType) supertype).asElement();
        if (!seen.add(superElement) || isPlatformType(superElement)) {
          continue;
        }
        found.addAll(of(superElement).all());
        pending.addAll(types.directSupertypes(supertype));
      }
    }
    found = found.isEmpty() ? List.of() : List.copyOf(found);
    inherited.put(type, found);
    return found;
  }

  /** The contract with this id: declared in this compilation, or in a type named by the id. */
  Optional<ContractInfo> byId(String id) {
    ContractInfo declared = sourceContractsById.get(id);
    if (declared == null) {
      declared = classPathContractsById.get(id);
    }
    if (declared != null) {
      return Optional.of(declared);
    }
    int hash = id.indexOf('#');
    if (hash <= 0) {
      return Optional.empty();
    }
    TypeElement type = elements.getTypeElement(id.substring(0, hash));
    if (type == null) {
      return Optional.empty();
    }
    for (ContractInfo contract : of(type).all()) {
      if (contract.id().equals(id)) {
        return Optional.of(contract);
      }
    }
    return Optional.empty();
  }

  /**
   * Ids to suggest for a mistyped one: this compilation's, and those of the type the id names
   * if it exists.
   */
  List<String> candidateIds(String mistyped) {
    List<String> ids = new ArrayList<>(sourceContractsById.keySet());
    int hash = mistyped.indexOf('#');
    TypeElement type = hash > 0 ? elements.getTypeElement(mistyped.substring(0, hash)) : null;
    if (type != null) {
      for (ContractInfo contract : of(type).all()) {
        if (!ids.contains(contract.id())) {
          ids.add(contract.id());
        }
      }
    }
    return ids;
  }

  /** Whether calls of {@code contract} can be checked: its declared parameter names are known. */
  boolean parameterNamesKnown(ContractInfo contract) {
    return contract.namesFromManifest() || parameterNamesKnown(contract.method());
  }

  /**
   * Whether the parameter names javac reports for {@code method} are the declared ones: always
   * for source; for a class file, unless javac had to make up {@code arg0, arg1, ...}.
   */
  boolean parameterNamesKnown(ExecutableElement method) {
    return namesKnown.computeIfAbsent(method, this::namesKnownUncached);
  }

  private boolean namesKnownUncached(ExecutableElement method) {
    if (isFromSource(method)) {
      return true;
    }
    int n = method.getParameters().size();
    for (int i = 0; i < n; i++) {
      if (!method.getParameters().get(i).getSimpleName().contentEquals("arg" + i)) {
        return true;
      }
    }
    return n == 0;
  }

  /** Whether {@code element} is compiled from source in this compilation. */
  boolean isFromSource(Element element) {
    Element outermost = ContractPlacement.outermost(element);
    return outermost instanceof TypeElement
        && sourceTypes.contains(((TypeElement) outermost).getQualifiedName().toString());
  }
}
