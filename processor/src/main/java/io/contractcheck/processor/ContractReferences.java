package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

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
    final String message;

    Unknown(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
      this.element = element;
      this.annotation = annotation;
      this.value = value;
      this.message = DiagnosticId.UnknownContractId.tag() + message;
    }
  }

  private final ContractIndex index;

  ContractReferences(ContractIndex index) {
    this.index = index;
  }

  /** The unknown ids in {@code type}, its members and its member types, in declaration order. */
  List<Unknown> check(TypeElement type) {
    List<Unknown> unknown = new ArrayList<>();
    collect(type, unknown);
    return unknown;
  }

  private void collect(Element element, List<Unknown> unknown) {
    check(element, unknown);
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        if (member instanceof ExecutableElement || member instanceof TypeElement) {
          collect(member, unknown);
        }
      }
    }
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
