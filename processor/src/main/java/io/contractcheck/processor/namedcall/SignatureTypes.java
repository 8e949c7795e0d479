package io.contractcheck.processor.namedcall;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * The classes and type variables a type mentions, walked through type arguments, arrays, wildcard
 * and type-variable bounds; and whether javac could not resolve part of it.
 */
final class SignatureTypes {
  final Set<TypeElement> classes = new LinkedHashSet<>();
  final Set<TypeParameterElement> typeVariables = new LinkedHashSet<>();
  boolean erroneous;

  /** Everything a contract's generated code names: receiver, parameters, result, exceptions. */
  static SignatureTypes of(ExecutableElement method) {
    SignatureTypes all = new SignatureTypes();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    all.add(owner.asType());
    for (VariableElement p : method.getParameters()) {
      all.add(p.asType());
    }
    all.add(method.getKind() == ElementKind.CONSTRUCTOR ? owner.asType() : method.getReturnType());
    for (TypeMirror thrown : method.getThrownTypes()) {
      all.add(thrown);
    }
    for (TypeParameterElement t : method.getTypeParameters()) {
      all.add(t.asType());
    }
    return all;
  }

  /** The type variables {@code type} mentions, bounds not included. */
  static Set<TypeParameterElement> variablesIn(TypeMirror type) {
    SignatureTypes s = new SignatureTypes();
    s.walk(type, false);
    return s.typeVariables;
  }

  /** The type variables the bounds of {@code variable} mention. */
  static Set<TypeParameterElement> variablesInBounds(TypeParameterElement variable) {
    SignatureTypes s = new SignatureTypes();
    for (TypeMirror bound : variable.getBounds()) {
      s.walk(bound, false);
    }
    s.typeVariables.remove(variable);
    return s.typeVariables;
  }

  void add(TypeMirror type) {
    walk(type, true);
  }

  private void walk(TypeMirror type, boolean bounds) {
    if (type == null) {
      return;
    }
    TypeKind kind = type.getKind();
    switch (kind) {
      case ERROR:
        erroneous = true;
        return;
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        if (declared.asElement() instanceof TypeElement) {
          classes.add((TypeElement) declared.asElement());
        }
        if (declared.getEnclosingType().getKind() == TypeKind.DECLARED) {
          walk(declared.getEnclosingType(), bounds);
        }
        walkAll(declared.getTypeArguments(), bounds);
        return;
      case ARRAY:
        walk(((ArrayType) type).getComponentType(), bounds);
        return;
      case TYPEVAR:
        TypeParameterElement variable =
            (TypeParameterElement) ((TypeVariable) type).asElement();
        if (typeVariables.add(variable) && bounds) {
          walkAll(variable.getBounds(), true);
        }
        return;
      case WILDCARD:
        walk(((WildcardType) type).getExtendsBound(), bounds);
        walk(((WildcardType) type).getSuperBound(), bounds);
        return;
      case INTERSECTION:
        walkAll(((IntersectionType) type).getBounds(), bounds);
        return;
      default:
        // primitives, void, none, null: nothing to name
    }
  }

  private void walkAll(List<? extends TypeMirror> types, boolean bounds) {
    for (TypeMirror t : types) {
      walk(t, bounds);
    }
  }
}
