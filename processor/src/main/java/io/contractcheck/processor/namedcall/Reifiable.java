package io.contractcheck.processor.namedcall;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** JLS 4.7: whether a varargs array of this type can be created without an unchecked warning. */
final class Reifiable {
  private Reifiable() {}

  /** {@code type} is the varargs parameter's array type. */
  static boolean is(TypeMirror type) {
    TypeMirror element = type.getKind() == TypeKind.ARRAY
        ? ((ArrayType) type).getComponentType() : type;
    return reifiable(element);
  }

  private static boolean reifiable(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return false;
      case ARRAY:
        return reifiable(((ArrayType) type).getComponentType());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (argument.getKind() != TypeKind.WILDCARD
              || ((WildcardType) argument).getExtendsBound() != null
              || ((WildcardType) argument).getSuperBound() != null) {
            return false;
          }
        }
        return declared.getEnclosingType().getKind() != TypeKind.DECLARED
            || reifiable(declared.getEnclosingType());
      default:
        return true;
    }
  }
}
