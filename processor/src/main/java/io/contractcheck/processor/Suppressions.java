package io.contractcheck.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings("contractcheck")} turns every check off inside the annotated
 * declaration; {@code @SuppressWarnings("contractcheck:<Id>")} turns off one.
 */
final class Suppressions {
  private Suppressions() {}

  /** The contractcheck keys of {@code element}'s own {@code @SuppressWarnings}, added to {@code into}. */
  static Set<String> addOwn(Element element, Set<String> into) {
    SuppressWarnings annotation = element == null ? null : element.getAnnotation(SuppressWarnings.class);
    if (annotation == null) {
      return into;
    }
    Set<String> result = into;
    for (String key : annotation.value()) {
      if (key.equals("contractcheck") || key.startsWith("contractcheck:")) {
        if (result == into) {
          result = new HashSet<>(into);
        }
        result.add(key);
      }
    }
    return result;
  }

  /** Whether the suppression keys {@code keys} turn {@code id} off. */
  static boolean covers(Set<String> keys, DiagnosticId id) {
    return keys.contains("contractcheck") || keys.contains("contractcheck:" + id.name());
  }

  /** Whether {@code element} or any declaration enclosing it suppresses {@code id}. */
  static boolean suppressed(Element element, DiagnosticId id) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (covers(addOwn(e, Set.of()), id)) {
        return true;
      }
    }
    return false;
  }
}
