package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * {@code @Contract(replacementDrops = ...)} must name parameters of the contract it stands on, and
 * only makes sense with {@code replacedBy}: a misspelt name would silently allow nothing.
 */
final class ReplacementDrops {
  private ReplacementDrops() {}

  /** Why the {@code replacementDrops} of {@code contract} on {@code element} is wrong, or empty. */
  static Optional<String> problem(Element element, AnnotationMirror contract) {
    List<String> drops = ContractAnnotations.stringsValue(contract, "replacementDrops");
    if (drops.isEmpty()) {
      return Optional.empty();
    }
    if (!(element instanceof ExecutableElement)) {
      return Optional.of("replacementDrops on type " + element.getSimpleName() + ": it names"
          + " parameters, so it belongs on the @Contract of a method or constructor");
    }
    if (ContractAnnotations.stringValue(contract, "replacedBy").isEmpty()) {
      return Optional.of("replacementDrops without replacedBy on "
          + Signatures.of((ExecutableElement) element,
              Signatures.parameterNames((ExecutableElement) element))
          + ": it says which parameters the replacement no longer needs; name the replacement"
          + " or remove replacementDrops");
    }
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : ((ExecutableElement) element).getParameters()) {
      parameters.add(parameter.getSimpleName().toString());
    }
    for (String drop : drops) {
      if (!parameters.contains(drop)) {
        return Optional.of("replacementDrops names '" + drop + "', which is not a parameter of "
            + Signatures.of((ExecutableElement) element, parameters)
            + Suggestions.closest(drop, parameters).map(s -> "; did you mean '" + s + "'?")
                .orElse(""));
      }
    }
    return Optional.empty();
  }
}
