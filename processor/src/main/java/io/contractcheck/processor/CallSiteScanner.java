package io.contractcheck.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Visits one analysed top-level class once and turns every call that matters into a {@link Call}:
 * calls of contracts, and in an audit ({@code scope=all}) calls of any method with known parameter
 * names. Everything else costs one symbol lookup.
 *
 * <p>It runs on every node javac compiles, so it keeps its ancestors in an array instead of
 * allocating a {@link TreePath} per node (as {@code TreePathScanner} does); paths are built only
 * for the calls that are checked.
 */
final class CallSiteScanner extends TreeScanner<Void, Void> {
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final ContractIndex index;
  private final boolean audit;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final ArgumentDescriber describer;
  private final UnavailableNames unavailableNames;

  private final List<Call> calls = new ArrayList<>();
  private final List<Violation> declarationFindings = new ArrayList<>();
  private final Deque<CallsContractScope> scopes = new ArrayDeque<>();
  private Set<String> suppressions = Set.of();
  private Element enclosingMethod;
  /** Names of the enclosing classes and methods, innermost first. */
  private NameChain enclosingNames;
  /** Depth of {@code this(...)}/{@code super(...)} argument lists being scanned. */
  private int constructorCallDepth;
  /** The compilation unit's path: the parent of the first ancestor. */
  private TreePath unitPath;
  /** The nodes from the scanned class down to the one being visited. */
  private Tree[] ancestors = new Tree[64];
  /**
   * {@code paths[i]} is the path of {@code ancestors[i]} once built, null until then: calls in one
   * method share all but their last few path elements, so those are built once.
   */
  private TreePath[] paths = new TreePath[64];
  private int depth;

  CallSiteScanner(
      Trees trees,
      Types types,
      Elements elements,
      ContractIndex index,
      boolean audit,
      CompilationUnitTree unit,
      UnavailableNames unavailableNames) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.index = index;
    this.audit = audit;
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.describer = new ArgumentDescriber(trees, types, unit);
    this.unavailableNames = unavailableNames;
  }

  /** Scans the class at {@code classPath} (a top-level class of the unit). */
  void scan(TreePath classPath) {
    unitPath = classPath.getParentPath();
    depth = 0;
    scan(classPath.getLeaf(), null);
  }

  @Override
  public Void scan(Tree tree, Void unused) {
    if (tree == null) {
      return null;
    }
    if (depth == ancestors.length) {
      ancestors = Arrays.copyOf(ancestors, depth * 2);
      paths = Arrays.copyOf(paths, depth * 2);
    }
    ancestors[depth] = tree;
    paths[depth++] = null;
    try {
      return tree.accept(this, unused);
    } finally {
      depth--;
    }
  }

  /** The path of the node being visited, built from the ancestors. */
  private TreePath currentPath() {
    int built = depth - 1;
    while (built >= 0 && paths[built] == null) {
      built--;
    }
    TreePath path = built < 0 ? unitPath : paths[built];
    for (int i = built + 1; i < depth; i++) {
      path = new TreePath(path, ancestors[i]);
      paths[i] = path;
    }
    return path;
  }

  /**
   * The element of a declaration or call: javac reads it off the node itself, so a path of the
   * node alone will do.
   */
  private Element elementOf(Tree node) {
    return trees.getElement(new TreePath(unitPath, node));
  }

  List<Call> calls() {
    return calls;
  }

  /**
   * Declaration findings made while scanning: stale {@code @CallsContract} entries, and contracts
   * in local or anonymous classes.
   */
  List<Violation> declarationFindings() {
    return declarationFindings;
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    Element element = elementOf(node);
    if (element instanceof TypeElement) {
      declarationFindings.addAll(
          LocalContracts.check(node, (TypeElement) element, new TreePath(unitPath, node), trees));
    }
    Element outerMethod = enclosingMethod;
    enclosingMethod = null;
    enclosingNames = new NameChain(node.getSimpleName(), enclosingNames);
    // Only members can call anything: annotations, type parameters and supertypes cannot.
    enterDeclaration(element, node.getModifiers(), () -> scan(node.getMembers(), unused));
    enclosingNames = enclosingNames.outer();
    enclosingMethod = outerMethod;
    return null;
  }

  @Override
  public Void visitMethod(MethodTree node, Void unused) {
    Element element = elementOf(node);
    if (isAnonymousConstructor(element)) {
      return null; // javac's own code: the arguments are checked at the `new` expression
    }
    Element outerMethod = enclosingMethod;
    enclosingMethod = element;
    enclosingNames = new NameChain(node.getName(), enclosingNames);
    // Only the body can call anything: types, parameters and throws clauses cannot.
    enterDeclaration(element, node.getModifiers(), () -> scan(node.getBody(), unused));
    enclosingNames = enclosingNames.outer();
    enclosingMethod = outerMethod;
    return null;
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (node.getModifiers().getAnnotations().isEmpty()) {
      return scan(node.getInitializer(), unused); // its type and name call nothing
    }
    Set<String> outer = suppressions;
    suppressions = Suppressions.addOwn(elementOf(node), suppressions);
    scan(node.getInitializer(), unused);
    suppressions = outer;
    return null;
  }

  private void enterDeclaration(Element element, ModifiersTree modifiers, Runnable body) {
    if (modifiers.getAnnotations().isEmpty()) {
      body.run(); // the common case: nothing to look up
      return;
    }
    Set<String> outer = suppressions;
    suppressions = Suppressions.addOwn(element, suppressions);
    CallsContractScope scope = null;
    if (element != null) {
      scope = ContractAnnotations.find(element, ContractAnnotations.CALLS_CONTRACT)
          .map(m -> new CallsContractScope(
              element, ContractAnnotations.stringsValue(m, "value"), modifiers))
          .orElse(null);
    }
    if (scope != null) {
      scopes.push(scope);
    }
    body.run();
    if (scope != null) {
      scopes.pop();
      if (!suppresses(DiagnosticId.StaleCallsContract)) {
        declarationFindings.addAll(scope.staleEntries(index));
      }
    }
    suppressions = outer;
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    Element callee = elementOf(node);
    if (callee instanceof ExecutableElement) {
      consider(node, node.getMethodSelect(), (ExecutableElement) callee, node.getArguments());
    }
    boolean constructorCall = isThisOrSuper(node);
    constructorCallDepth += constructorCall ? 1 : 0;
    super.visitMethodInvocation(node, unused);
    constructorCallDepth -= constructorCall ? 1 : 0;
    return null;
  }

  private static boolean isThisOrSuper(MethodInvocationTree node) {
    return node.getMethodSelect() instanceof IdentifierTree
        && (((IdentifierTree) node.getMethodSelect()).getName().contentEquals("this")
            || ((IdentifierTree) node.getMethodSelect()).getName().contentEquals("super"));
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    Element callee = elementOf(node);
    if (node.getClassBody() != null && callee != null
        && isAnonymousConstructor(callee) && !node.getArguments().isEmpty()) {
      callee = CallPlace.superConstructorCall(new TreePath(currentPath(), node.getClassBody()), trees);
    }
    if (callee instanceof ExecutableElement) {
      consider(node, node.getIdentifier(), (ExecutableElement) callee, node.getArguments());
    }
    return super.visitNewClass(node, unused);
  }

  private static boolean isAnonymousConstructor(Element element) {
    return element != null
        && element.getKind() == ElementKind.CONSTRUCTOR
        && element.getEnclosingElement() instanceof TypeElement
        && ((TypeElement) element.getEnclosingElement()).getNestingKind() == NestingKind.ANONYMOUS;
  }

  private void consider(
      Tree call,
      Tree nameTree,
      ExecutableElement callee,
      List<? extends ExpressionTree> arguments) {
    ContractInfo contract = index.contractFor(callee).orElse(null);
    String namesRequiredBecause = null;
    if (contract != null) {
      if (contract.requireNamedArguments()) {
        namesRequiredBecause = "contract '" + contract.id() + "' (requireNamedArguments = true)";
      }
      for (CallsContractScope scope : scopes) {
        if (scope.lists(contract.id())) {
          scope.called(contract.id());
          if (namesRequiredBecause == null) {
            namesRequiredBecause = "@CallsContract on " + scope.element().getSimpleName();
          }
        }
      }
    }
    List<String> auditNames = null;
    if (contract == null) {
      if (!audit || arguments.isEmpty()) {
        return;
      }
      auditNames = AuditNames.of(callee, index, types);
      if (auditNames == null) {
        return;
      }
    }
    TreePath path = currentPath();
    long end = positions.getEndPosition(unit, nameTree);
    long firstArgumentFrom = end >= 0 ? end : positions.getStartPosition(unit, call);
    ExecutableElement declared = contract != null ? contract.method() : callee;
    List<String> names = contract != null ? contract.parameterNames() : auditNames;
    List<Argument> described = new ArrayList<>();
    if (contract != null && !arguments.isEmpty() && !index.parameterNamesKnown(contract)) {
      if (!suppresses(DiagnosticId.ParameterNamesUnavailable)) {
        unavailableNames.record(contract, call, unit);
      }
    } else if (!describer.describeAll(
        callee, arguments, path, firstArgumentFrom, described)) {
      return; // an argument did not compile: its errors are javac's
    }
    Supplier<List<TypeMirror>> parameterTypes = () -> {
      List<TypeMirror> erased = new ArrayList<>();
      for (var parameter : declared.getParameters()) {
        erased.add(types.erasure(parameter.asType()));
      }
      return erased;
    };
    boolean inConstructorCall = constructorCallDepth > 0
        || (call instanceof MethodInvocationTree && isThisOrSuper((MethodInvocationTree) call));
    CallContext context = new CallContext(trees, elements, unit, describer::source, path,
        enclosingNames, CallPlace.receivingName(path), CallPlace.negated(path), inConstructorCall);
    calls.add(new Call(nameTree, declared, contract, names, parameterTypes, described,
        namesRequiredBecause, enclosingMethod, suppressions, context));
  }

  private boolean suppresses(DiagnosticId id) {
    return Suppressions.covers(suppressions, id);
  }
}
