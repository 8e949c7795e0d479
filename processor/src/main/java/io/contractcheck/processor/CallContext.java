package io.contractcheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.util.Elements;

/**
 * What surrounds a call, for the swap check's exemptions: the names of enclosing declarations,
 * the variable the result goes to, comments near the call, the variables in scope. The costly
 * parts are computed only when a swap is suspected.
 */
final class CallContext {
  /** Whole words that announce a deliberate reversal of arguments. */
  private static final Set<String> REVERSING_WORDS = Set.of(
      "backward", "backwards", "complement", "descending", "flip", "flipped", "flipping",
      "inverse", "invert", "inverted", "inverting", "mirror", "mirrored", "opposite",
      "reciprocal", "reverse", "reversed", "reversing", "rotate", "rotated", "swap", "swapped",
      "swapping", "transpose", "transposed", "transposing", "undo");

  private final Trees trees;
  private final Elements elements;
  private final CompilationUnitTree unit;
  private final Supplier<CharSequence> source;
  private final TreePath path;
  private final NameChain enclosingNames;
  private final String receivingName;
  private final boolean negated;
  private final boolean inConstructorCall;
  private Set<String> namesInScope;

  CallContext(Trees trees, Elements elements, CompilationUnitTree unit,
      Supplier<CharSequence> source, TreePath path, NameChain enclosingNames,
      String receivingName, boolean negated, boolean inConstructorCall) {
    this.trees = trees;
    this.elements = elements;
    this.unit = unit;
    this.source = source;
    this.path = path;
    this.enclosingNames = enclosingNames;
    this.receivingName = receivingName;
    this.negated = negated;
    this.inConstructorCall = inConstructorCall;
  }

  Elements elements() {
    return elements;
  }

  /** The call itself: a method invocation or a {@code new} expression. */
  com.sun.source.tree.Tree callTree() {
    return path.getLeaf();
  }

  /** The source offsets {@code [start, end)} of a tree of this unit; -1 where javac has none. */
  long[] span(com.sun.source.tree.Tree tree) {
    SourcePositions positions = trees.getSourcePositions();
    return new long[] {positions.getStartPosition(unit, tree), positions.getEndPosition(unit, tree)};
  }

  /** The unit's source text (empty when it cannot be read). */
  CharSequence source() {
    return source.get();
  }

  /**
   * Whether code at the call can surely use {@code member}: it and its enclosing types are public,
   * or not private and in the call's package. (Private and protected access is not worked out.)
   */
  boolean accessible(javax.lang.model.element.Element member) {
    String here = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    for (javax.lang.model.element.Element e = member;
        e != null && e.getKind() != javax.lang.model.element.ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      var modifiers = e.getModifiers();
      if (modifiers.contains(javax.lang.model.element.Modifier.PRIVATE)
          || (!modifiers.contains(javax.lang.model.element.Modifier.PUBLIC)
              && !elements.getPackageOf(e).getQualifiedName().contentEquals(here))) {
        return false;
      }
    }
    return true;
  }

  /** The element an expression inside the call names; null when none. */
  javax.lang.model.element.Element elementOf(com.sun.source.tree.Tree tree) {
    return trees.getElement(new TreePath(path, tree));
  }

  /** The type of an expression inside the call (such as its receiver); null when unknown. */
  javax.lang.model.type.TypeMirror typeOf(com.sun.source.tree.Tree tree) {
    return trees.getTypeMirror(new TreePath(path, tree));
  }

  /** The call is the operand of unary minus: {@code -f(b, a)} is {@code f(a, b)} negated. */
  boolean negated() {
    return negated;
  }

  /**
   * An enclosing method or class, the variable receiving the result, or a comment on the call's
   * lines or the line above says the order is reversed on purpose.
   */
  boolean announcesReversal() {
    for (NameChain n = enclosingNames; n != null; n = n.outer()) {
      if (hasReversingWord(n.name())) {
        return true;
      }
    }
    return (receivingName != null && hasReversingWord(receivingName)) || commentsAnnounceReversal()
        || conditionAnnouncesReversal();
  }

  /** An enclosing {@code if} or {@code ?:} whose condition names a reversal: {@code if (reversed)}. */
  private boolean conditionAnnouncesReversal() {
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      Tree condition = parent instanceof IfTree ? ((IfTree) parent).getCondition()
          : parent instanceof ConditionalExpressionTree
              ? ((ConditionalExpressionTree) parent).getCondition() : null;
      if (condition != null && condition != p.getLeaf()) {
        long start = trees.getSourcePositions().getStartPosition(unit, condition);
        long end = trees.getSourcePositions().getEndPosition(unit, condition);
        CharSequence text = source.get();
        if (start >= 0 && end > start && end <= text.length()
            && hasReversingWord(text.subSequence((int) start, (int) end))) {
          return true;
        }
      }
      if (parent instanceof MethodTree || parent instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the call sits where a failure may be what the code wants: in a lambda body (such as
   * {@code assertThrows(..., () -> s.substring(5, 2))}), in the block of a {@code try} that
   * catches, or in a method annotated with an {@code expected} exception ({@code @Test(expected =
   * ...)}).
   */
  boolean expectsFailure() {
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof LambdaExpressionTree) {
        return true;
      }
      if (parent instanceof TryTree && ((TryTree) parent).getBlock() == p.getLeaf()
          && !((TryTree) parent).getCatches().isEmpty()) {
        return true;
      }
      if (parent instanceof MethodTree) {
        for (AnnotationTree annotation : ((MethodTree) parent).getModifiers().getAnnotations()) {
          for (ExpressionTree argument : annotation.getArguments()) {
            if (argument instanceof AssignmentTree
                && ((AssignmentTree) argument).getVariable() instanceof IdentifierTree
                && ((IdentifierTree) ((AssignmentTree) argument).getVariable()).getName()
                    .contentEquals("expected")) {
              return true;
            }
          }
        }
        return false;
      }
      if (parent instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }

  /** A condition that holds in {@code body}, when nothing in the body changes its variables. */
  record Guard(ExpressionTree condition, Tree body) {}

  /**
   * The conditions that guard the call: of each enclosing {@code if} whose then-branch holds it
   * and of each enclosing {@code while} loop, up to the enclosing method, split at {@code &&}.
   */
  List<Guard> guards() {
    List<Guard> guards = new ArrayList<>();
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof IfTree && ((IfTree) parent).getThenStatement() == p.getLeaf()) {
        addConjuncts(((IfTree) parent).getCondition(), p.getLeaf(), guards);
      } else if (parent instanceof WhileLoopTree
          && ((WhileLoopTree) parent).getStatement() == p.getLeaf()) {
        addConjuncts(((WhileLoopTree) parent).getCondition(), p.getLeaf(), guards);
      } else if (parent instanceof MethodTree || parent instanceof ClassTree
          || parent instanceof LambdaExpressionTree) {
        break;
      }
    }
    return guards;
  }

  private static void addConjuncts(ExpressionTree condition, Tree body, List<Guard> into) {
    condition = Expressions.unparenthesized(condition);
    if (condition.getKind() == Tree.Kind.CONDITIONAL_AND) {
      addConjuncts(((BinaryTree) condition).getLeftOperand(), body, into);
      addConjuncts(((BinaryTree) condition).getRightOperand(), body, into);
    } else {
      into.add(new Guard(condition, body));
    }
  }

  /**
   * Whether the guard's body may change a variable named {@code name} before the call runs: it
   * assigns, increments or decrements it ahead of the call, or anywhere when a loop inside the body
   * holds the call (a later iteration runs after it). An assignment after the call, such as {@code
   * pos = -1} once the segment is written, leaves the condition true where the call runs.
   */
  boolean changedBeforeCall(Guard guard, String name) {
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit, path.getLeaf());
    // no position, or a loop in the body around the call: an assignment anywhere counts
    long limit = start < 0 ? Long.MAX_VALUE : start;
    for (TreePath p = path; p != null && p.getLeaf() != guard.body(); p = p.getParentPath()) {
      Tree.Kind kind = p.getLeaf().getKind();
      if (kind == Tree.Kind.FOR_LOOP || kind == Tree.Kind.ENHANCED_FOR_LOOP
          || kind == Tree.Kind.WHILE_LOOP || kind == Tree.Kind.DO_WHILE_LOOP) {
        limit = Long.MAX_VALUE;
      }
    }
    long before = limit; // the scanner below needs an effectively final copy
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitAssignment(AssignmentTree node, Void unused) {
        return changes(node, node.getVariable())
            || Boolean.TRUE.equals(super.visitAssignment(node, unused));
      }

      @Override
      public Boolean visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        return changes(node, node.getVariable())
            || Boolean.TRUE.equals(super.visitCompoundAssignment(node, unused));
      }

      @Override
      public Boolean visitUnary(UnaryTree node, Void unused) {
        boolean step = node.getKind() == Tree.Kind.PREFIX_INCREMENT
            || node.getKind() == Tree.Kind.POSTFIX_INCREMENT
            || node.getKind() == Tree.Kind.PREFIX_DECREMENT
            || node.getKind() == Tree.Kind.POSTFIX_DECREMENT;
        return (step && changes(node, node.getExpression()))
            || Boolean.TRUE.equals(super.visitUnary(node, unused));
      }

      private boolean changes(Tree node, ExpressionTree target) {
        String text = target.toString();
        return (text.equals(name) || text.equals("this." + name))
            && positions.getStartPosition(unit, node) < before;
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(guard.body(), null);
    return Boolean.TRUE.equals(found);
  }

  /** The variable the call's value is assigned to or initialises, or null. */
  String receivingName() {
    return receivingName;
  }

  /** Whether a variable named like {@code name} (normalised) is in scope at the call. */
  boolean hasVariableNamed(String name) {
    if (namesInScope == null) {
      namesInScope = ScopeNames.visible(path, trees, elements, inConstructorCall);
    }
    return namesInScope.contains(NameWords.normalized(name));
  }

  private static boolean hasReversingWord(CharSequence text) {
    for (String word : NameWords.of(text)) {
      if (REVERSING_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean commentsAnnounceReversal() {
    CharSequence text = source.get();
    SourcePositions positions = trees.getSourcePositions();
    LineMap lines = unit.getLineMap();
    long start = positions.getStartPosition(unit, path.getLeaf());
    long end = positions.getEndPosition(unit, path.getLeaf());
    if (start < 0 || text.length() == 0) {
      return false;
    }
    long firstLine = Math.max(1, lines.getLineNumber(start) - 1);
    long lastLine = lines.getLineNumber(end >= 0 ? end : start);
    int from = (int) lines.getStartPosition(firstLine);
    int to = lastLine + 1 <= lines.getLineNumber(text.length())
        ? (int) lines.getStartPosition(lastLine + 1)
        : text.length();
    SourceLexer lexer = new SourceLexer(text, from, to);
    Set<String> seen = new HashSet<>();
    for (SourceLexer.Token t = lexer.next(); t != SourceLexer.Token.END; t = lexer.next()) {
      if ((t == SourceLexer.Token.LINE_COMMENT || t == SourceLexer.Token.BLOCK_COMMENT)
          && seen.add(lexer.commentText()) && hasReversingWord(lexer.commentText())) {
        return true;
      }
    }
    return false;
  }
}
