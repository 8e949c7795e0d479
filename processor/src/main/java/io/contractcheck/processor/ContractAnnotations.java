package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Contract} and {@code @CallsContract} from elements by name, so the processor does
 * not need the annotations jar on its own path, and works the same on source and class files.
 */
final class ContractAnnotations {
  static final String CONTRACT = "io.contractcheck.Contract";
  static final String CALLS_CONTRACT = "io.contractcheck.CallsContract";

  private ContractAnnotations() {}

  static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement
          && ((TypeElement) type).getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static String stringValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    return value != null && value.getValue() instanceof String ? (String) value.getValue() : "";
  }

  static boolean booleanValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /** The strings of an array-valued member, in source order; a single value counts as one. */
  static List<String> stringsValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    if (value == null) {
      return Collections.emptyList();
    }
    List<String> strings = new ArrayList<>();
    for (AnnotationValue item : elementsOf(value)) {
      if (item.getValue() instanceof String) {
        strings.add((String) item.getValue());
      }
    }
    return strings;
  }

  /** The values of an array-valued member (a single value counts as one), for diagnostics. */
  static List<? extends AnnotationValue> elementsOf(AnnotationValue value) {
    if (value.getValue() instanceof List) {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> items = (List<? extends AnnotationValue>) value.getValue();
      return items;
    }
    return List.of(value);
  }

  /** The value written in source or class file for {@code name}, or null for the default. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
