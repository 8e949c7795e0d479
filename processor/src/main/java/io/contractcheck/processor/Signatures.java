package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/** Formats declarations the way users write them, with simple type names. */
final class Signatures {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Signatures() {}

  /** {@code Owner.method(Type name, Type... rest)}, or {@code Owner(Type name)} for constructors. */
  static String of(ExecutableElement method, List<String> parameterNames) {
    StringBuilder b = new StringBuilder(ownerName(method));
    if (method.getKind() != ElementKind.CONSTRUCTOR) {
      b.append('.').append(method.getSimpleName());
    }
    b.append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      String type = type(method.getParameters().get(i).asType());
      if (method.isVarArgs() && i == method.getParameters().size() - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      b.append(type);
      if (i < parameterNames.size()) {
        b.append(' ').append(parameterNames.get(i));
      }
    }
    return b.append(')').toString();
  }

  /** The name a member has in ids and manifests: its simple name, {@code <init>} for constructors. */
  static String memberName(ExecutableElement member) {
    return member.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : member.getSimpleName().toString();
  }

  /** The parameter names javac reports for {@code method}, in order. */
  static List<String> parameterNames(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      names.add(parameter.getSimpleName().toString());
    }
    return names;
  }

  /** How the call is written, without its arguments: {@code create(...)}, {@code new Foo(...)}. */
  static String callName(ExecutableElement method) {
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      return "new " + ownerName(method) + "(...)";
    }
    return method.getSimpleName() + "(...)";
  }

  /** Source text of an argument for a message, shortened when long. */
  static String argument(String source) {
    String text = WHITESPACE.matcher(source).replaceAll(" ");
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private static String ownerName(ExecutableElement method) {
    return method.getEnclosingElement() instanceof TypeElement
        ? ((TypeElement) method.getEnclosingElement()).getSimpleName().toString()
        : method.getEnclosingElement().toString();
  }

  static String type(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        StringBuilder b = new StringBuilder(declared.asElement().getSimpleName());
        if (!declared.getTypeArguments().isEmpty()) {
          b.append('<');
          for (int i = 0; i < declared.getTypeArguments().size(); i++) {
            b.append(i > 0 ? ", " : "").append(type(declared.getTypeArguments().get(i)));
          }
          b.append('>');
        }
        return b.toString();
      case ARRAY:
        return type(((ArrayType) type).getComponentType()) + "[]";
      case TYPEVAR:
        return ((TypeVariable) type).asElement().getSimpleName().toString();
      default:
        return type.toString();
    }
  }
}
