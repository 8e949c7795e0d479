package io.contractcheck.processor.namedcall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The simple name of a type's {@code <Type>Calls} class: a pure function of its package. */
final class CallsClassName {
  private CallsClassName() {}

  /**
   * {@code Outer_InnerCalls} for {@code Outer.Inner}. Where other types of the package join to the
   * same name (a top-level {@code Outer_Inner}; {@code A.B_C} and {@code A_B.C}), the types are
   * ordered, fewer enclosing types first, then by qualified name, and the second gets
   * {@code Outer_InnerCalls2}, the third {@code Outer_InnerCalls3}: a top-level type always keeps
   * {@code <Type>Calls}, and the outcome does not depend on which type is compiled first.
   */
  static String of(TypeElement owner) {
    String joined = joinedName(owner);
    if (!(owner.getEnclosingElement() instanceof TypeElement)) {
      return joined + "Calls";
    }
    List<TypeElement> sameName = new ArrayList<>();
    for (Element top : NamedCallPlanner.packageOf(owner).getEnclosedElements()) {
      if (top instanceof TypeElement) {
        collectJoinedAs(joined, (TypeElement) top, sameName);
      }
    }
    sameName.sort(Comparator.comparingInt(CallsClassName::depth)
        .thenComparing(t -> t.getQualifiedName().toString()));
    int index = sameName.indexOf(owner);
    return joined + "Calls" + (index <= 0 ? "" : String.valueOf(index + 1));
  }

  /** {@code Outer_Inner} for {@code Outer.Inner}. */
  private static String joinedName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.toString();
  }

  /** Adds {@code type} and its member types whose joined name is {@code joined}. */
  private static void collectJoinedAs(String joined, TypeElement type, List<TypeElement> found) {
    String name = joinedName(type);
    if (name.equals(joined)) {
      found.add(type);
    } else if (joined.startsWith(name + "_")) {
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof TypeElement) {
          collectJoinedAs(joined, (TypeElement) member, found);
        }
      }
    }
  }

  private static int depth(TypeElement type) {
    int depth = 0;
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      depth++;
    }
    return depth;
  }
}
