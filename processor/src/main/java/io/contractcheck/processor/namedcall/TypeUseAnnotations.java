package io.contractcheck.processor.namedcall;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * A contract's type as the generated code writes it, with the type-use annotations that are safe
 * to copy ({@code @Nullable String}, {@code List<@NonNull String>}), so nullness tools see the
 * steps as they see the contract. JavaPoet's {@code TypeName.get} drops them.
 *
 * <p>An annotation is copied only where it cannot break the generated code: its type declares
 * {@code @Target(TYPE_USE)} and is visible from the generated class's package, and each of its
 * values is a constant, a string, an enum constant or a class literal of a visible type (or an
 * array of those), and no type it names is in the unnamed package. Anything else, and every declaration annotation, is left out: a declaration
 * annotation on a parameter may mean something to another processor or framework that the step
 * must not inherit. Annotations inside an array type are left out too; the array type itself is
 * written as the contract declares it, without them.
 */
final class TypeUseAnnotations {
  private final String packageName;

  TypeUseAnnotations(String packageName) {
    this.packageName = packageName;
  }

  /** {@code type} with its safe type-use annotations, at every level JavaPoet can write them. */
  TypeName typeName(TypeMirror type) {
    TypeName plain = TypeName.get(type);
    switch (type.getKind()) {
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        if (declared.getEnclosingType().getKind() == TypeKind.DECLARED
            && !((DeclaredType) declared.getEnclosingType()).getTypeArguments().isEmpty()) {
          return plain; // Outer<T>.Inner: keep JavaPoet's own rendering
        }
        TypeName result = plain;
        if (!declared.getTypeArguments().isEmpty() && plain instanceof ParameterizedTypeName) {
          ClassName raw = ((ParameterizedTypeName) plain).rawType();
          List<TypeName> arguments = new ArrayList<>();
          for (TypeMirror argument : declared.getTypeArguments()) {
            arguments.add(typeName(argument));
          }
          result = ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
        }
        return annotate(result, type);
      }
      case TYPEVAR:
        return annotate(plain, type);
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        TypeName result = plain;
        if (wildcard.getExtendsBound() != null) {
          result = WildcardTypeName.subtypeOf(typeName(wildcard.getExtendsBound()));
        } else if (wildcard.getSuperBound() != null) {
          result = WildcardTypeName.supertypeOf(typeName(wildcard.getSuperBound()));
        }
        return annotate(result, type);
      }
      case ARRAY:
        return ArrayTypeName.of(TypeName.get(((ArrayType) type).getComponentType()));
      default:
        return type.getKind().isPrimitive() ? annotate(plain, type) : plain;
    }
  }

  private TypeName annotate(TypeName name, TypeMirror type) {
    List<AnnotationSpec> copied = new ArrayList<>();
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (safe(a)) {
        copied.add(AnnotationSpec.get(a));
      }
    }
    return copied.isEmpty() ? name : name.annotated(copied);
  }

  private boolean safe(AnnotationMirror annotation) {
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    Target target = type.getAnnotation(Target.class);
    if (target == null || !Arrays.asList(target.value()).contains(ElementType.TYPE_USE)
        || !visible(type)) {
      return false;
    }
    for (AnnotationValue value : annotation.getElementValues().values()) {
      if (!safe(value)) {
        return false;
      }
    }
    return true;
  }

  private boolean safe(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof String || v instanceof Number || v instanceof Boolean
        || v instanceof Character) {
      return true;
    }
    if (v instanceof VariableElement) { // an enum constant
      Element e = ((VariableElement) v).getEnclosingElement();
      return e instanceof TypeElement && visible((TypeElement) e);
    }
    if (v instanceof TypeMirror) { // a class literal
      TypeMirror t = (TypeMirror) v;
      while (t.getKind() == TypeKind.ARRAY) {
        t = ((ArrayType) t).getComponentType();
      }
      return t.getKind().isPrimitive() || t.getKind() == TypeKind.VOID
          || t.getKind() == TypeKind.DECLARED
              && ((DeclaredType) t).getTypeArguments().isEmpty()
              && visible((TypeElement) ((DeclaredType) t).asElement());
    }
    if (v instanceof List) {
      for (Object element : (List<?>) v) {
        if (!(element instanceof AnnotationValue) || !safe((AnnotationValue) element)) {
          return false;
        }
      }
      return true;
    }
    return false; // a nested annotation, or an erroneous value
  }

  /**
   * Visible from the generated class: public all the way out, or package-private here. Never a
   * type of the unnamed package: JavaPoet cannot qualify it, so a step class of its name (step
   * {@code Nullable} of parameter {@code nullable}) would hide it.
   */
  private boolean visible(TypeElement type) {
    if (NamedCallPlanner.packageOf(type).isUnnamed()) {
      return false;
    }
    boolean samePackage =
        NamedCallPlanner.packageOf(type).getQualifiedName().contentEquals(packageName);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)
          || !samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
