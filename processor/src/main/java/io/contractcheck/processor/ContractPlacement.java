package io.contractcheck.processor;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Where {@code @Contract} may stand: on what other classes can call. */
final class ContractPlacement {
  private ContractPlacement() {}

  /** Why {@code element} cannot be a contract, or empty if it can. */
  static Optional<String> problem(Element element) {
    String what = element.getKind() == ElementKind.CONSTRUCTOR
        ? "constructor of " + element.getEnclosingElement().getSimpleName()
        : element.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
            + element.getSimpleName();
    boolean isPrivate = element instanceof ExecutableElement
        ? TypeContracts.isPrivate((ExecutableElement) element)
        : element.getModifiers().contains(Modifier.PRIVATE);
    if (isPrivate) {
      return Optional.of("@Contract on private " + what + ": a contract is an interface for"
          + " callers in other classes; make it non-private or remove @Contract");
    }
    for (Element e = element; e instanceof TypeElement || e instanceof ExecutableElement;
        e = e.getEnclosingElement()) {
      if (e instanceof TypeElement && isLocal((TypeElement) e)) {
        return Optional.of("@Contract on " + what + " of "
            + (((TypeElement) e).getNestingKind() == NestingKind.LOCAL ? "a local" : "an anonymous")
            + " class: no code outside its enclosing block can call it; move it to a top-level"
            + " or member class, or remove @Contract");
      }
    }
    return Optional.empty();
  }

  /** The top-level type that (lexically) encloses {@code element}, or the element itself. */
  static Element outermost(Element element) {
    Element e = element;
    while (e.getEnclosingElement() != null
        && e.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && e.getEnclosingElement().getKind() != ElementKind.MODULE) {
      e = e.getEnclosingElement();
    }
    return e;
  }

  /** A local or anonymous class, which javac's rounds never show to processors. */
  static boolean isLocal(TypeElement type) {
    return type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS;
  }
}
