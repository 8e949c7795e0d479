package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import io.contractcheck.processor.report.Edit;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Rewrites a call of a replaced contract into a call of its replacement, where that is safe: every
 * parameter of the replacement takes the argument passed to the old parameter of the same name
 * (and its type accepts it), every argument left out is a name, a literal or a field read (never
 * an expression with effects), arguments with effects keep their order, and the replacement
 * returns, throws and is reachable as the call needs. Otherwise it says why not.
 */
final class ReplacementRewrite {
  /** The edits, or why there are none. */
  record Result(List<Edit> edits, String whyNot) {
    static Result no(String why) {
      return new Result(List.of(), why);
    }
  }

  private ReplacementRewrite() {}

  static Result of(Call call, ContractInfo replacement, Types types) {
    ExecutableElement old = call.callee();
    ExecutableElement target = replacement.method();
    Tree callTree = call.context().callTree();
    if (old.getKind() != ElementKind.METHOD || target.getKind() != ElementKind.METHOD
        || !(callTree instanceof MethodInvocationTree)) {
      return Result.no("only calls of methods are rewritten, not constructor calls");
    }
    if (!((MethodInvocationTree) callTree).getTypeArguments().isEmpty()) {
      return Result.no("the call gives explicit type arguments");
    }
    if (old.isVarArgs() || target.isVarArgs()) {
      return Result.no("calls of varargs methods are not rewritten");
    }
    boolean oldStatic = old.getModifiers().contains(Modifier.STATIC);
    boolean newStatic = target.getModifiers().contains(Modifier.STATIC);
    if (oldStatic != newStatic) {
      return Result.no("the replacement is " + (newStatic ? "static" : "an instance method")
          + " and the old contract is not");
    }
    TypeElement oldOwner = (TypeElement) old.getEnclosingElement();
    TypeElement newOwner = (TypeElement) target.getEnclosingElement();
    if (!newStatic && !types.isSubtype(types.erasure(oldOwner.asType()),
        types.erasure(newOwner.asType()))) {
      return Result.no("the replacement is an instance method of " + newOwner.getSimpleName()
          + ", which " + oldOwner.getSimpleName() + " does not extend");
    }
    if (!call.context().accessible(target)) {
      return Result.no("the replacement cannot be called from here");
    }
    String why = returnsAndThrows(old, target, types);
    if (why != null) {
      return Result.no(why);
    }
    List<String> oldNames = call.parameterNames();
    List<String> newNames = replacement.parameterNames();
    List<Argument> arguments = call.arguments();
    if (arguments.size() != oldNames.size()) {
      return Result.no("the call's arguments do not match its parameters one to one");
    }
    int[] from = new int[newNames.size()];
    boolean[] kept = new boolean[arguments.size()];
    for (int j = 0; j < newNames.size(); j++) {
      int i = oldNames.indexOf(newNames.get(j));
      if (i < 0) {
        return Result.no("the replacement's parameter '" + newNames.get(j) + "' has no argument of"
            + " that name in this call");
      }
      Argument argument = arguments.get(i);
      TypeMirror parameter = target.getParameters().get(j).asType();
      if (!accepts(argument, parameter, !target.getTypeParameters().isEmpty(), types)) {
        return Result.no("argument " + (i + 1) + " '" + argument.text() + "' cannot be passed to"
            + " the replacement's parameter '" + newNames.get(j) + "' of type " + parameter);
      }
      from[j] = i;
      kept[i] = true;
    }
    List<String> droppable = droppable(old);
    for (int i = 0; i < arguments.size(); i++) {
      if (!kept[i] && !effectFree(arguments.get(i).tree()) && !droppable.contains(oldNames.get(i))) {
        return Result.no("the replacement takes no parameter '" + oldNames.get(i) + "', and its"
            + " argument '" + arguments.get(i).text() + "' is not a name, literal or field read:"
            + " leaving it out could drop an effect. Move the call by hand, or, if the replacement"
            + " does that work itself, declare it on the old contract: @Contract(replacementDrops ="
            + " \"" + oldNames.get(i) + "\")");
      }
    }
    for (int j = 1; j < from.length; j++) {
      if (from[j] < from[j - 1] && (!effectFree(arguments.get(from[j]).tree())
          || !effectFree(arguments.get(from[j - 1]).tree()))) {
        return Result.no("the replacement takes the arguments in another order, and argument '"
            + arguments.get(from[j]).text() + "' for parameter '" + newNames.get(j) + "' is not a"
            + " name, literal or field read: reordering could change what happens first");
      }
    }
    return edits(call, target, oldStatic && !newOwner.equals(oldOwner), from);
  }

  /**
   * The parameters the old contract declares its replacement does the work of
   * ({@code replacementDrops}): read from its {@code @Contract}, in source or in its class file.
   */
  private static List<String> droppable(ExecutableElement old) {
    return ContractAnnotations.find(old, ContractAnnotations.CONTRACT)
        .map(mirror -> ContractAnnotations.stringsValue(mirror, "replacementDrops"))
        .orElse(List.of());
  }

  private static String returnsAndThrows(ExecutableElement old, ExecutableElement target, Types types) {
    TypeMirror oldReturn = types.erasure(old.getReturnType());
    TypeMirror newReturn = types.erasure(target.getReturnType());
    if (oldReturn.getKind() != TypeKind.VOID && !types.isAssignable(newReturn, oldReturn)) {
      return "the replacement returns " + target.getReturnType() + ", not "
          + old.getReturnType();
    }
    for (TypeMirror thrown : target.getThrownTypes()) {
      if (!unchecked(thrown, types) && old.getThrownTypes().stream()
          .noneMatch(t -> types.isSubtype(types.erasure(thrown), types.erasure(t)))) {
        return "the replacement throws " + thrown + ", which the old contract does not";
      }
    }
    return null;
  }

  private static boolean unchecked(TypeMirror thrown, Types types) {
    for (TypeMirror t = thrown; t.getKind() == TypeKind.DECLARED; ) {
      String name = ((TypeElement) types.asElement(t)).getQualifiedName().toString();
      if (name.equals("java.lang.RuntimeException") || name.equals("java.lang.Error")) {
        return true;
      }
      List<? extends TypeMirror> supers = types.directSupertypes(t);
      if (supers.isEmpty()) {
        return false;
      }
      t = supers.get(0);
    }
    return false;
  }

  private static boolean accepts(Argument argument, TypeMirror parameter, boolean generic, Types types) {
    TypeMirror type = argument.span() == null ? null : argument.span().exactType();
    if (type == null) {
      return false;
    }
    return generic
        ? types.isAssignable(types.erasure(type), types.erasure(parameter))
        : types.isAssignable(type, parameter);
  }

  /** A name, a literal, or a field read on names: evaluating it has no effect to lose. */
  static boolean effectFree(ExpressionTree tree) {
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return effectFree(((ParenthesizedTree) tree).getExpression());
      case IDENTIFIER:
      case NULL_LITERAL:
      case BOOLEAN_LITERAL:
      case INT_LITERAL:
      case LONG_LITERAL:
      case FLOAT_LITERAL:
      case DOUBLE_LITERAL:
      case CHAR_LITERAL:
      case STRING_LITERAL:
        return true;
      case MEMBER_SELECT:
        return effectFree(((MemberSelectTree) tree).getExpression());
      default:
        return false;
    }
  }

  private static Result edits(Call call, ExecutableElement target, boolean qualify, int[] from) {
    CallContext context = call.context();
    CharSequence source = context.source();
    Tree name = call.nameTree();
    long[] nameSpan = context.span(name);
    String oldName = call.callee().getSimpleName().toString();
    String newName = target.getSimpleName().toString();
    List<Edit> edits = new ArrayList<>();
    if (nameSpan[0] < 0 || nameSpan[1] > source.length()) {
      return Result.no("javac gave no source position for the call");
    }
    if (qualify) {
      if (name instanceof MemberSelectTree && !isType(call, ((MemberSelectTree) name).getExpression())) {
        return Result.no("the static method is called on an instance");
      }
      edits.add(new Edit((int) nameSpan[0], (int) nameSpan[1],
          ((TypeElement) target.getEnclosingElement()).getQualifiedName() + "." + newName));
    } else if (!(name instanceof IdentifierTree || name instanceof MemberSelectTree)
        || !source.subSequence((int) nameSpan[1] - oldName.length(), (int) nameSpan[1]).toString()
            .equals(oldName)) {
      return Result.no("the method name is not written plainly in the source");
    } else if (!oldName.equals(newName)) {
      edits.add(new Edit((int) nameSpan[1] - oldName.length(), (int) nameSpan[1], newName));
    }
    List<Argument> arguments = call.arguments();
    for (Argument argument : arguments) {
      if (argument.span() == null || !argument.span().known()) {
        return Result.no("javac gave no source position for an argument");
      }
    }
    for (int j = 0; j < from.length; j++) {
      if (from[j] != j) {
        Argument.Span to = arguments.get(j).span();
        edits.add(new Edit(withLabels(to), to.end(), source.subSequence(
            withLabels(arguments.get(from[j]).span()), arguments.get(from[j]).span().end()).toString()));
      }
    }
    if (from.length < arguments.size()) {
      int start = from.length == 0
          ? withLabels(arguments.get(0).span())
          : arguments.get(from.length - 1).span().end();
      edits.add(new Edit(start, arguments.get(arguments.size() - 1).span().end(), ""));
    }
    return new Result(edits, null);
  }

  private static boolean isType(Call call, ExpressionTree expression) {
    Element element = call.context().elementOf(expression);
    return element != null && (element.getKind().isClass() || element.getKind().isInterface());
  }

  /**
   * Where an argument's text starts together with its labels: at the first label comment after
   * its separator, else at the argument itself. Other comments stay where they are.
   */
  private static int withLabels(Argument.Span span) {
    SourceLexer lexer = new SourceLexer(span.source(), span.from(), span.start());
    int start = span.start();
    int tokenStart = lexer.position();
    for (SourceLexer.Token t = lexer.next(); t != SourceLexer.Token.END; t = lexer.next()) {
      if (t == SourceLexer.Token.CHAR) {
        start = span.start(); // '(' or ','; labels are only after the last
      } else if (t == SourceLexer.Token.BLOCK_COMMENT && start == span.start()
          && ArgumentLabel.parse(lexer.commentText()).isPresent()) {
        start = tokenStart;
      }
      tokenStart = lexer.position();
    }
    return start;
  }
}
