package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds ids named by {@code replacedBy} or {@code @CallsContract} that belong to no known
 * contract. Runs on each class after its call sites were checked: by then the manifests of the
 * contracts it calls from its class path have been read, so ids of other modules resolve too.
 */
final class ContractReferences {
  /** An unknown id, with where it is written. */
  static final class Unknown {
    final Element element;
    final AnnotationMirror annotation;
    final AnnotationValue value;
    /** The message, without the {@code [UnknownContractId]} tag. */
    final String message;

    Unknown(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
      this.element = element;
      this.annotation = annotation;
      this.value = value;
      this.message = message;
    }
  }

  private final ContractIndex index;
  private final Elements elements;
  private final Function<String, List<String>> annotatedTypesIn;

  /**
   * @param annotatedTypesIn the names of the types inside a top-level type (itself included) that
   *     carry {@code @Contract} or {@code @CallsContract}; only those need looking at
   */
  ContractReferences(
      ContractIndex index, Elements elements, Function<String, List<String>> annotatedTypesIn) {
    this.index = index;
    this.elements = elements;
    this.annotatedTypesIn = annotatedTypesIn;
  }

  /** The unknown ids in a top-level type and its member types, in declaration order. */
  List<Unknown> checkTopLevel(TypeElement topLevel) {
    return checkAll(annotatedTypesIn.apply(topLevel.getQualifiedName().toString()));
  }

  /** The unknown ids in the named types and their methods and constructors. */
  List<Unknown> checkAll(Iterable<String> typeNames) {
    List<Unknown> unknown = new ArrayList<>();
    for (String name : typeNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      check(type, unknown);
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof ExecutableElement) {
          check(member, unknown);
        }
      }
    }
    return unknown;
  }

  private void check(Element element, List<Unknown> unknown) {
    Optional<AnnotationMirror> contract =
        ContractAnnotations.find(element, ContractAnnotations.CONTRACT);
    if (contract.isPresent()) {
      AnnotationValue replacedBy = ContractAnnotations.explicitValue(contract.get(), "replacedBy");
      if (replacedBy != null && !((String) replacedBy.getValue()).isEmpty()) {
        checkKnown((String) replacedBy.getValue(), "replacedBy of " + describe(element), element,
            contract.get(), replacedBy, unknown);
      }
    }
    Optional<AnnotationMirror> calls =
        ContractAnnotations.find(element, ContractAnnotations.CALLS_CONTRACT);
    AnnotationValue listed =
        calls.map(m -> ContractAnnotations.explicitValue(m, "value")).orElse(null);
    if (listed != null) {
      for (AnnotationValue item : ContractAnnotations.elementsOf(listed)) {
        if (item.getValue() instanceof String) {
          checkKnown((String) item.getValue(), "@CallsContract on " + element.getSimpleName(),
              element, calls.get(), item, unknown);
        }
      }
    }
  }

  private String describe(Element element) {
    if (element instanceof ExecutableElement) {
      return index.of((TypeElement) element.getEnclosingElement()).get((ExecutableElement) element)
          .map(ContractInfo::id)
          .orElse(element.getSimpleName().toString());
    }
    return element.getSimpleName().toString();
  }

  private void checkKnown(String id, String where, Element element, AnnotationMirror mirror,
      AnnotationValue value, List<Unknown> unknown) {
    if (index.byId(id).isPresent()
        || Suppressions.suppressed(element, DiagnosticId.UnknownContractId)) {
      return;
    }
    String hint = Suggestions.closest(id, index.candidateIds(id))
        .map(s -> "did you mean '" + s + "'?")
        .orElse("ids are 'fully.qualified.Type#method' ('Type#<init>' for constructors) unless"
            + " @Contract(\"...\") sets one; a custom id of another module is found where this"
            + " class calls that contract");
    unknown.add(new Unknown(element, mirror, value,
        where + " names contract '" + id + "', but no contract has that id; " + hint));
  }
}
