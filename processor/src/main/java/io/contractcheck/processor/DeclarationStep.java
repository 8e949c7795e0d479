package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Validates {@code @Contract} and {@code @CallsContract} declarations. Each round records where
 * they are (by name: javac re-creates source elements every round) and checks placement; the last
 * round registers every contract in the {@link ContractIndex} and checks ids, when all are known.
 */
final class DeclarationStep {
  private final Elements elements;
  private final Messager messager;
  private final ContractIndex index;
  private final ManifestWriter manifests;
  private final NamedCallStep namedCalls;
  /** Types that declare contracts or carry {@code @CallsContract}, in discovery order. */
  private final Set<String> annotatedTypes = new LinkedHashSet<>();
  /** The same names, grouped by the top-level type they are in. */
  private final Map<String, List<String>> annotatedByTopLevel = new HashMap<>();

  /**
   * @param manifests null where no manifests can be written (javac plugin: no {@code Filer})
   * @param namedCalls generates the named calls of the contract types recorded
   */
  DeclarationStep(Elements elements, Messager messager, ContractIndex index,
      ManifestWriter manifests, NamedCallStep namedCalls) {
    this.elements = elements;
    this.messager = messager;
    this.index = index;
    this.manifests = manifests;
    this.namedCalls = namedCalls;
  }

  /** @return whether this round brought source types */
  boolean round(RoundEnvironment round) {
    TypeElement[] annotations = annotationTypes();
    // One scan of the round for both annotations (each scan walks every member of every type).
    return record(round.getRootElements(), annotations.length == 0
        ? Set.of() : round.getElementsAnnotatedWithAny(annotations));
  }

  /**
   * Records the source types of this compilation and the elements among them annotated with
   * {@code @Contract} or {@code @CallsContract}; checks where contracts are placed.
   *
   * @return whether there were source types
   */
  boolean record(Iterable<? extends Element> roots, Iterable<? extends Element> annotated) {
    boolean sourceTypes = false;
    for (Element root : roots) {
      if (root instanceof TypeElement) {
        index.addSourceType((TypeElement) root);
        sourceTypes = true;
      }
    }
    for (Element element : annotated) {
      Optional<AnnotationMirror> contract =
          ContractAnnotations.find(element, ContractAnnotations.CONTRACT);
      Optional<String> problem = contract.flatMap(c -> ContractPlacement.problem(element));
      if (problem.isPresent()) {
        report(messager, DiagnosticId.InvalidContract, problem.get(), element, contract.get(), null);
        continue;
      }
      contract.flatMap(c -> ReplacementDrops.problem(element, c)).ifPresent(drops ->
          report(messager, DiagnosticId.InvalidContract, drops, element, contract.get(),
              ContractAnnotations.explicitValue(contract.get(), "replacementDrops")));
      TypeElement type = element instanceof TypeElement
          ? (TypeElement) element
          : (TypeElement) element.getEnclosingElement();
      if (!ContractPlacement.isLocal(type)) {
        String name = type.getQualifiedName().toString();
        if (annotatedTypes.add(name)) {
          String topLevel =
              ((TypeElement) ContractPlacement.outermost(type)).getQualifiedName().toString();
          annotatedByTopLevel.computeIfAbsent(topLevel, t -> new ArrayList<>()).add(name);
        }
        if (contract.isPresent() && manifests != null) {
          manifests.write(type);
        }
        if (contract.isPresent()) {
          namedCalls.request(type);
        }
      }
    }
    return sourceTypes;
  }

  /**
   * Records declarations javac entered after analysis had begun (classes it found on the source
   * path) and registers their contracts at once: {@link #finish} has run already. Their ids are not
   * compared with those of the classes entered first.
   */
  void recordLate(Iterable<? extends Element> roots, Iterable<? extends Element> annotated) {
    int known = annotatedTypes.size();
    record(roots, annotated);
    annotatedTypes.stream().skip(known).forEach(name -> {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        index.registerSource(type);
      }
    });
  }

  /** ContractCheck's annotations as javac knows them; none when they are not on the class path. */
  TypeElement[] annotationTypes() {
    List<TypeElement> annotations = new ArrayList<>(2);
    for (String name : List.of(ContractAnnotations.CONTRACT, ContractAnnotations.CALLS_CONTRACT)) {
      TypeElement annotation = elements.getTypeElement(name);
      if (annotation != null) {
        annotations.add(annotation);
      }
    }
    return annotations.toArray(TypeElement[]::new);
  }

  /** The last round: register every contract; report ambiguous and duplicate ids. */
  void finish() {
    Map<String, ContractInfo> byId = new LinkedHashMap<>();
    for (String name : annotatedTypes) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      TypeContracts contracts = index.registerSource(type);
      Set<ExecutableElement> ambiguous = new HashSet<>();
      for (TypeContracts.Ambiguity a : contracts.ambiguities()) {
        ambiguous.add(a.second);
        report(messager, DiagnosticId.AmbiguousContractId, "overloads "
            + Signatures.of(a.first, Signatures.parameterNames(a.first)) + " and " + Signatures.of(a.second, Signatures.parameterNames(a.second))
            + " would share the contract id '" + a.baseId + "/" + a.second.getParameters().size()
            + "'; give at least one of them an explicit id with @Contract(\"...\")",
            a.second, ContractAnnotations.find(a.second, ContractAnnotations.CONTRACT).orElse(null), null);
      }
      for (ContractInfo contract : contracts.all()) {
        ContractInfo first = byId.putIfAbsent(contract.id(), contract);
        if (first != null && !ambiguous.contains(contract.method())) {
          report(messager, DiagnosticId.DuplicateContractId, "contract id '" + contract.id() + "' of "
              + Signatures.of(contract.method(), contract.parameterNames())
              + " is already the id of " + Signatures.of(first.method(), first.parameterNames())
              + "; give one of them a different id with @Contract(\"...\")",
              contract.annotated(), contract.annotation(),
              ContractAnnotations.explicitValue(contract.annotation(), "value"));
        }
      }
    }
  }

  /** Registers the contracts of this compilation again, with the elements javac uses from now on. */
  void reregister() {
    index.forgetElements();
    for (String name : annotatedTypes) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        index.registerSource(type);
      }
    }
  }

  /** The types compiled here that declare contracts or carry {@code @CallsContract}, by name. */
  Set<String> annotatedTypes() {
    return annotatedTypes;
  }

  /** The annotated types inside a top-level type (itself included), by name, in discovery order. */
  List<String> annotatedTypesIn(String topLevel) {
    return annotatedByTopLevel.getOrDefault(topLevel, List.of());
  }

  /** Reports unknown ids of the whole compilation at once, where call sites cannot be checked. */
  void reportUnknownIds(ContractReferences references) {
    for (ContractReferences.Unknown u : references.checkAll(annotatedTypes)) {
      messager.printMessage(DiagnosticId.UnknownContractId.defaultKind(),
          DiagnosticId.UnknownContractId.tag() + u.message, u.element, u.annotation, u.value);
    }
  }

  static void report(Messager messager, DiagnosticId id, String message, Element element,
      AnnotationMirror mirror, AnnotationValue value) {
    if (Suppressions.suppressed(element, id)) {
      return;
    }
    if (mirror == null) {
      messager.printMessage(id.defaultKind(), id.tag() + message, element);
    } else if (value == null) {
      messager.printMessage(id.defaultKind(), id.tag() + message, element, mirror);
    } else {
      messager.printMessage(id.defaultKind(), id.tag() + message, element, mirror, value);
    }
  }
}
