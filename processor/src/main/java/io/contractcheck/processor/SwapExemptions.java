package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreeScanner;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * When an argument named like another parameter is not a swap: the code shows the order is
 * intended, or the exchange could not even compile. Each rule was derived from correct calls in
 * open-source code (docs/audit-mode.md); none turns a report into another one.
 */
final class SwapExemptions {
  private SwapExemptions() {}

  /**
   * @param other the parameter the argument is named like
   * @param partner the argument passed to {@code other}, or null
   * @param exchanged whether the partner is in turn named like the argument's own parameter
   * @param literalPartner whether the partner is a literal or a constant (R10)
   * @param rolesKnown whether the two parameters have roles that are not interchangeable (an
   *     offset and a length, R15), like an ordered pair: a reversed call beside a call in the
   *     usual order is then reported, not taken as both orders used on purpose
   */
  static boolean exempt(Call call, Argument argument, int other, Argument partner,
      boolean exchanged, boolean literalPartner, boolean rolesKnown, List<Call> sameMethodCalls,
      List<Call> classCalls, boolean audit, Types types) {
    String own = call.parameterName(argument);
    boolean ordered = rolesKnown
        || ArgumentOrder.orderedPair(own, call.parameterNames().get(other));
    // R22, asked by two rules below, counted once and only when one of them asks
    Lazy<Boolean> usualHere =
        Lazy.of(() -> usualCalls(call, argument, other, classCalls) >= USUAL_CALLS);
    return !exchangeCompiles(call, argument, other, partner, exchanged || literalPartner, types)
        || (!ordered && bothOrdersUsed(call, argument, other, sameMethodCalls))
        || call.context().negated()
        || (exchanged && readFromDifferentReceivers(argument, partner))
        || call.context().announcesReversal()
        || (partner != null && announcedByReceiver(call, argument, partner))
        || ArgumentOrder.rotated(sameMethodCalls, argument.parameterIndex(), other)
        || (audit && !exchanged && !literalPartner && !call.context().hasVariableNamed(own)
            && !(ordered && argument.receiver() == null)
            && !alignedCall(call, argument, other) && !usualHere.get())
        || (audit && !exchanged && reRootedRecursion(call, partner) && !usualHere.get())
        || (audit && !exchanged && ordered && rangeOfNumbers(call, argument, other, partner))
        || (audit && !exchanged && otherServedByItsName(call, argument, other, partner))
        || (audit && literalPartner && partnerNamesReceiver(argument, partner, call))
        || (audit && ownParametersExchangedInRecursion(call, argument, other, sameMethodCalls));
  }

  /**
   * R20: the caller speaks the callee's vocabulary. At least three other arguments carry exactly
   * their own parameters' names, and this one, a variable or a field, carries exactly the name of
   * the parameter it is named like: {@code new Gson(excluder, ..., escapeHtmlChars, ...,
   * serializeNulls, ...)} with {@code serializeNulls} passed to {@code htmlSafe}. R3's reason to
   * stay quiet (a caller's local names are its own roles, which may differ from the callee's) does
   * not hold there. Not when the parameter it is named like gets the same value: one value passed
   * to two parameters ({@code new Interpolator(..., globalPreviousState, globalCurrentState,
   * globalPreviousState, globalCurrentState)} in commons-math3) is on purpose, and so is a value
   * computed from it ({@code readWithQuotes(srcChars, start + quoteLen, len, workArea, tokenList,
   * start, quoteLen)} in commons-lang3: the token starts after the quote that starts at {@code
   * start}).
   */
  private static boolean alignedCall(Call call, Argument argument, int other) {
    List<String> parameters = call.parameterNames();
    ExpressionTree tree = Expressions.unparenthesized(argument.tree());
    if (!(tree instanceof IdentifierTree || tree instanceof MemberSelectTree)
        || argument.name() == null || !NameWords.same(argument.name(), parameters.get(other))) {
      return false;
    }
    Argument partner = SwappedArgumentRule.argumentAt(call, other);
    if (partner == null || mentions(partner.tree(), argument.name())) {
      return false;
    }
    int aligned = 0;
    for (Argument a : call.arguments()) {
      int index = a.parameterIndex();
      if (a != argument && a.name() != null && index >= 0 && index < parameters.size()
          && index != other
          && NameWords.same(a.name(), parameters.get(index))) {
        aligned++;
      }
    }
    return aligned >= 3;
  }

  /**
   * R22: the other calls of the callee in the same top-level class pass the misplaced name where
   * it belongs. How many do, for a one-sided finding whose argument is named like parameter
   * {@code other}; 0 where the class says nothing, or says the order may be intended:
   * <ul>
   *   <li>a call passes that name to this argument's parameter as well;
   *   <li>a call passes this call's partner (the value at {@code other}), or a value of its name,
   *       to {@code other}: both values serve there ({@code new MoveDesc(toTrickle, parent)} and
   *       {@code new MoveDesc(actualLastElement, toTrickle)} in guava);
   *   <li>a call in the same method passes the two values the other way round ({@code
   *       merge(this, tree, true)} beside {@code merge(tree, this, false)} in commons-math3).
   * </ul>
   * Not for JDK methods (their parameter names are general: {@code arraycopy(dest, 0, copy, 0,
   * n)} grows a buffer called {@code dest}), nor where the partner is a literal or a constant
   * ({@code cost(destClass, Object.class)}) other than a number ({@code checkInterval(0, index,
   * size() - 1)} among calls that pass {@code index} first is reported), the same value, or
   * computed from the argument.
   */
  static int usualCalls(Call call, Argument argument, int other, List<Call> classCalls) {
    Argument partner = SwappedArgumentRule.argumentAt(call, other);
    if (partner == null || classCalls.size() < 2
        || ContractIndex.isPlatformType(call.callee().getEnclosingElement())
        || sameText(partner, argument) || mentions(partner.tree(), argument.name())
        || (SwapPartner.constant(partner, call.context()) && !SwapPartner.number(partner))) {
      return 0;
    }
    int usual = 0;
    for (Call sibling : classCalls) {
      Argument there = sibling == call ? null : SwappedArgumentRule.argumentAt(sibling, other);
      Argument here = there == null
          ? null : SwappedArgumentRule.argumentAt(sibling, argument.parameterIndex());
      if (here == null) {
        continue;
      }
      boolean sameMethod = Objects.equals(sibling.enclosingMethod(), call.enclosingMethod());
      if (SwappedArgumentRule.sameName(here, argument)
          || sameText(there, partner) || SwappedArgumentRule.sameName(there, partner)
          || (sameMethod && sameText(here, partner)
              && SwappedArgumentRule.sameName(there, argument))) {
        return 0;
      }
      if (SwappedArgumentRule.sameName(there, argument)) {
        usual++;
      }
    }
    return usual;
  }

  /** Two calls at least: one other call is an example, not a usage. */
  static final int USUAL_CALLS = 2;

  /** Whether {@code tree} reads a variable or field called {@code name}. */
  private static boolean mentions(ExpressionTree tree, String name) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitIdentifier(IdentifierTree node, Void unused) {
        return node.getName().contentEquals(name);
      }

      @Override
      public Boolean visitMemberSelect(MemberSelectTree node, Void unused) {
        return node.getIdentifier().contentEquals(name)
            || Boolean.TRUE.equals(super.visitMemberSelect(node, unused));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }

  /**
   * Adjacent ranges: a one-sided finding on an ordered pair of integral parameters, the argument
   * named like one end passed to the other, delimits the range next to the named one: {@code
   * cardinalityInRange(lastPos, start)} before it, {@code cardinalityInRange(end, MAX)} after it
   * (RoaringBitmap). Only ranges of numbers: {@code Duration.between(now, startInclusive)} or
   * {@code new WildcardTypeImpl(EMPTY, upperBounds)} have no range next to them. Nor has one
   * value passed to both ends: {@code isMatch(buffer, start, bufferEnd, bufferEnd)} for {@code
   * (buffer, start, bufferStart, bufferEnd)} is commons-text's real bug.
   */
  private static boolean rangeOfNumbers(Call call, Argument argument, int other,
      Argument partner) {
    List<TypeMirror> types = call.parameterTypes();
    return ReversedEnds.integral(types.get(argument.parameterIndex()))
        && ReversedEnds.integral(types.get(other))
        && (partner == null || !sameText(partner, argument));
  }

  /**
   * R17: the parameter the argument is named like already gets an argument of its own name, a
   * different expression: {@code boundsCheckWrap(offset, length, buffer.length)} for {@code
   * (offset, length, capacity)} (agrona), {@code isBetter(pattern, bestMatch.pattern)} for {@code
   * (pattern, bestMatch)} (httpcore5). The names coincide; nothing is misplaced. One value passed
   * twice ({@code matches(element, element)}) is not this.
   */
  private static boolean otherServedByItsName(Call call, Argument argument, int other,
      Argument partner) {
    return partner != null && partner.name() != null
        && NameWords.same(partner.name(), call.parameterNames().get(other))
        && !sameText(partner, argument);
  }

  /** Whether two arguments are written the same: one value passed twice. */
  private static boolean sameText(Argument a, Argument b) {
    return a.text().strip().equals(b.text().strip());
  }

  /**
   * R18: the value passed where a key or label belongs names the object the other argument is read
   * from: {@code new BasicNameValuePair(CHARSET, charset.name())} pairs the key "charset" with the
   * charset's name (httpcore5).
   */
  private static boolean partnerNamesReceiver(Argument argument, Argument partner, Call call) {
    String receiver = argument.receiver();
    if (receiver == null || partner == null) {
      return false;
    }
    String last = receiver.substring(receiver.lastIndexOf('.') + 1);
    String text = partner.text().strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    } else {
      text = text.substring(text.lastIndexOf('.') + 1);
    }
    return !last.isEmpty() && NameWords.same(text, last);
  }

  /**
   * R19: a method whose every recursive call (two at least) passes two of its own parameters
   * exchanged alternates their roles on purpose: {@code topDownMergeSort(dst, src, from, mid)} and
   * {@code topDownMergeSort(dst, src, mid, to)} inside {@code topDownMergeSort(src, dst, from, to)}
   * (a merge sort that swaps its buffers, hppc). One recursive call exchanged beside others is
   * reported: {@code buildScript(start1, end2, start2, end1)} inside {@code buildScript(start1,
   * end1, start2, end2)}.
   */
  private static boolean ownParametersExchangedInRecursion(Call call, Argument argument,
      int other, List<Call> sameMethodCalls) {
    Element enclosing = call.enclosingMethod();
    if (!(enclosing instanceof ExecutableElement) || !enclosing.equals(call.callee())
        || sameMethodCalls.size() < 2) {
      return false;
    }
    ExecutableElement method = (ExecutableElement) enclosing;
    List<? extends VariableElement> own = method.getParameters();
    int p = argument.parameterIndex();
    for (Call sibling : sameMethodCalls) {
      Argument atP = SwappedArgumentRule.argumentAt(sibling, p);
      Argument atOther = SwappedArgumentRule.argumentAt(sibling, other);
      if (atP == null || atOther == null
          || !names(atP.tree(), own.get(other)) || !names(atOther.tree(), own.get(p))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code tree} is the plain name of {@code parameter}. */
  private static boolean names(ExpressionTree tree, VariableElement parameter) {
    tree = Expressions.unparenthesized(tree);
    return tree instanceof IdentifierTree
        && ((IdentifierTree) tree).getName().contentEquals(parameter.getSimpleName());
  }

  /**
   * {@code f(b, a)} beside {@code f(a, b)} in the same method: both orders are used on purpose,
   * unless this order is the rarer one ({@code f(a, b)} twice and {@code f(b, a)} once).
   */
  private static boolean bothOrdersUsed(
      Call call, Argument argument, int other, List<Call> sameMethodCalls) {
    int[] orders = ArgumentOrder.orders(call, argument, other, sameMethodCalls);
    return orders[1] > 0 && orders[0] >= orders[1];
  }

  /** R7: {@code bMinusA = difference(setB, setA)}; the two arguments in either order. */
  static boolean announcedByReceiver(Call call, Argument argument, Argument partner) {
    return argument.position() < partner.position()
        ? ArgumentOrder.announcedByReceiver(call, argument, partner)
        : ArgumentOrder.announcedByReceiver(call, partner, argument);
  }

  /** R1: exchanging the arguments must type-check, or it is not a swap. */
  static boolean exchangeCompiles(Call call, Argument argument, int other,
      Argument partner, boolean exchanged, Types types) {
    List<javax.lang.model.type.TypeMirror> parameterTypes = call.parameterTypes();
    if (!assignable(argument, parameterTypes.get(other), types)) {
      return false;
    }
    return !exchanged || assignable(partner, parameterTypes.get(argument.parameterIndex()), types);
  }

  private static boolean assignable(Argument argument, javax.lang.model.type.TypeMirror to,
      Types types) {
    return argument.type() == null || types.isAssignable(argument.type(), to);
  }

  /** R6: {@code create(first.upperBound, second.lowerBound)} reads two different objects. */
  private static boolean readFromDifferentReceivers(Argument argument, Argument partner) {
    return argument.receiver() != null && partner.receiver() != null
        && !argument.receiver().equals(partner.receiver());
  }

  /**
   * R4: a method that calls the method it implements again, re-rooted at its own parameter
   * ({@code matches(root, element)} calling {@code inner.matches(element, sibling)}), where the
   * value passed in the other position is not one of its parameters.
   */
  private static boolean reRootedRecursion(Call call, Argument partner) {
    Element enclosing = call.enclosingMethod();
    if (!(enclosing instanceof ExecutableElement)) {
      return false;
    }
    ExecutableElement method = (ExecutableElement) enclosing;
    boolean same = method.equals(call.callee())
        || (method.getEnclosingElement() instanceof TypeElement
            && call.context().elements().overrides(
                method, call.callee(), (TypeElement) method.getEnclosingElement()));
    return same && (partner == null || !isParameterOf(partner.tree(), method));
  }

  private static boolean isParameterOf(ExpressionTree tree, ExecutableElement method) {
    for (VariableElement parameter : method.getParameters()) {
      if (names(tree, parameter)) {
        return true;
      }
    }
    return false;
  }
}
