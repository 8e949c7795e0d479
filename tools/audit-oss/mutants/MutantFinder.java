import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.contractcheck.processor.jdk.JdkParameterNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Mutation harness, step 1 (runs beside the audit of the unmodified sources, reports nothing):
 * lists the calls that can be mutated, one line each in {@code -Amutants.out}:
 *
 * <pre>
 * swap  file line origin named start1 end1 start2 end2 method call equivalent
 * label file line origin -     at     -    label  -    method call -
 * </pre>
 *
 * A swap exchanges two single-line arguments whose parameters have the same declared type, so the
 * mutant compiles. It is {@code named} when one of the two arguments is named like its own
 * parameter, i.e. after the exchange it is named like another one. A stale label puts the name of
 * another parameter on an argument. The parameter names are the declared ones: javac's, else the
 * JDK table's; a callee without known names gives swaps only, never named ones.
 *
 * <p>The last column is {@code equivalent} for an <em>equivalent mutant</em>: a swap whose callee
 * is in {@link #SYMMETRIC} (JDK methods whose result is symmetric in the exchanged parameters by
 * their specification), else {@code -}. The call text has no tab (its whitespace is collapsed), so
 * a reader can also split the flag off at the last tab.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("mutants.out")
public final class MutantFinder extends AbstractProcessor {
  /**
   * Callees whose result is symmetric in the two parameters a swap exchanges, by the JDK's
   * specification: exchanging their arguments cannot change behaviour, so such a swap is an
   * equivalent mutant (docs/audit-mode.md, "Mutation harness"). The one list of them: matched by
   * the declaring type's qualified name, the method name and the parameter count (-1: any count).
   * A two-parameter method has one pair to exchange, (0, 1); {@code EnumSet.of} any pair.
   */
  record Symmetric(String type, String methods, int parameters, String why) {}

  static final List<Symmetric> SYMMETRIC = List.of(
      new Symmetric("java.util.Objects", "equals", 2,
          "true when both are null or a.equals(b); equals is symmetric by Object's contract"),
      new Symmetric("java.util.Objects", "deepEquals", 2,
          "deep equality of two values (Arrays.deepEquals for arrays, else Objects.equals)"),
      new Symmetric("java.util.Arrays", "equals", 2,
          "same length and pairwise equal elements (range and comparator overloads not listed)"),
      new Symmetric("java.util.Arrays", "deepEquals", 2, "deep equality of two arrays"),
      new Symmetric("java.lang.Math", "max min", 2,
          "the greater / smaller value; the NaN and -0.0/0.0 cases are symmetric too"),
      new Symmetric("java.lang.StrictMath", "max min", 2, "as Math.max / Math.min"),
      new Symmetric("java.lang.Math", "hypot", 2, "sqrt(x^2 + y^2), delegates to StrictMath"),
      new Symmetric("java.lang.StrictMath", "hypot", 2,
          "sqrt(x^2 + y^2); fdlibm's algorithm orders the two by magnitude first"),
      new Symmetric("java.lang.Integer", "max min sum", 2, "Math.max, Math.min, a + b"),
      new Symmetric("java.lang.Long", "max min sum", 2, "Math.max, Math.min, a + b"),
      new Symmetric("java.lang.Float", "max min sum", 2, "Math.max, Math.min, a + b"),
      new Symmetric("java.lang.Double", "max min sum", 2, "Math.max, Math.min, a + b"),
      new Symmetric("java.lang.Boolean", "logicalAnd logicalOr logicalXor", 2,
          "a && b, a || b, a ^ b"),
      new Symmetric("java.util.EnumSet", "of", -1,
          "a set does not keep the order its elements are given in (it iterates in enum order)"));

  /** Whether exchanging the arguments of the callee's parameters i and j is equivalent. */
  static boolean equivalent(ExecutableElement callee, int i, int j) {
    if (!(callee.getEnclosingElement() instanceof TypeElement)) {
      return false;
    }
    String type = ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString();
    String method = callee.getSimpleName().toString();
    int count = callee.getParameters().size();
    for (Symmetric s : SYMMETRIC) {
      if (s.type().equals(type) && List.of(s.methods().split(" ")).contains(method)
          && (s.parameters() == -1 || s.parameters() == count)
          && i != j && i < count && j < count) {
        return true;
      }
    }
    return false;
  }

  private PrintWriter out;
  private final Set<String> seen = new HashSet<>();
  /** The top-level types compiled from source: their methods are the library's own. */
  private final Set<String> sourceTypes = new HashSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    try {
      out = new PrintWriter(Files.newBufferedWriter(Path.of(env.getOptions().get("mutants.out"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Trees trees = Trees.instance(env);
    Elements elements = env.getElementUtils();
    Types types = env.getTypeUtils();
    JavacTask.instance(env).addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null
            && seen.add(e.getTypeElement().getQualifiedName().toString())) {
          CompilationUnitTree unit = e.getCompilationUnit();
          for (Tree type : unit.getTypeDecls()) {
            TreePath path = new TreePath(new TreePath(unit), type);
            if (e.getTypeElement().equals(trees.getElement(path))) {
              try {
                new Scanner(trees, elements, types, unit).scan(path, null);
              } catch (RuntimeException failure) {
                System.err.println("MutantFinder: skipped " + e.getTypeElement() + ": " + failure);
              }
            }
          }
        } else if (e.getKind() == TaskEvent.Kind.COMPILATION) {
          out.close();
        }
      }
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element e : round.getRootElements()) {
      if (e instanceof TypeElement) {
        sourceTypes.add(((TypeElement) e).getQualifiedName().toString());
      }
    }
    return false;
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final Elements elements;
    private final Types types;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String file;

    Scanner(Trees trees, Elements elements, Types types, CompilationUnitTree unit) {
      this.trees = trees;
      this.elements = elements;
      this.types = types;
      this.unit = unit;
      this.positions = trees.getSourcePositions();
      this.file = unit.getSourceFile().toUri().getPath();
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      consider(node, node.getArguments());
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      if (node.getClassBody() == null) {
        consider(node, node.getArguments());
      }
      return super.visitNewClass(node, unused);
    }

    private void consider(Tree call, List<? extends ExpressionTree> arguments) {
      if (arguments.size() < 2) {
        return;
      }
      Element element = trees.getElement(getCurrentPath());
      if (!(element instanceof ExecutableElement)) {
        return;
      }
      ExecutableElement callee = (ExecutableElement) element;
      int fixed = callee.getParameters().size() - (callee.isVarArgs() ? 1 : 0);
      if (fixed < 2) {
        return;
      }
      List<String> names = names(callee);
      String origin = origin(callee);
      long line = line(positions.getStartPosition(unit, call));
      String text = oneLine(call);
      String method = enclosingMethod() + "#" + callee.getSimpleName();
      for (int i = 0; i < fixed && i < arguments.size(); i++) {
        if (!singleLine(arguments.get(i)) || erroneous(arguments.get(i))) {
          continue;
        }
        TypeMirror pi = callee.getParameters().get(i).asType();
        for (int j = i + 1; j < fixed && j < arguments.size(); j++) {
          if (!singleLine(arguments.get(j)) || erroneous(arguments.get(j))
              || !types.isSameType(pi, callee.getParameters().get(j).asType())) {
            continue;
          }
          String a = source(arguments.get(i));
          String b = source(arguments.get(j));
          if (a.equals(b)) {
            continue;
          }
          boolean named = names != null
              && (normalized(nameOf(arguments.get(i))).equals(normalized(names.get(i)))
                  || normalized(nameOf(arguments.get(j))).equals(normalized(names.get(j))));
          out.printf("swap\t%s\t%d\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s%n", file,
              line(positions.getStartPosition(unit, arguments.get(i))), origin,
              named ? "named" : "any", positions.getStartPosition(unit, arguments.get(i)),
              positions.getEndPosition(unit, arguments.get(i)),
              positions.getStartPosition(unit, arguments.get(j)),
              positions.getEndPosition(unit, arguments.get(j)), method, text,
              equivalent(callee, i, j) ? "equivalent" : "-");
        }
      }
      if (names == null) {
        return;
      }
      for (int k = 0; k < fixed && k < arguments.size(); k++) {
        String other = names.get(k == 0 ? 1 : 0);
        if (!singleLine(arguments.get(k)) || other.length() <= 2
            || normalized(other).equals(normalized(names.get(k)))) {
          continue;
        }
        out.printf("label\t%s\t%d\t%s\t-\t%d\t-\t%s\t-\t%s\t%s\t-%n", file,
            line(positions.getStartPosition(unit, arguments.get(k))), origin,
            positions.getStartPosition(unit, arguments.get(k)), other, method, text);
      }
    }

    /**
     * Where the enclosing method (or class body) starts; with the callee's name, it keeps two
     * mutants of calls of one callee in one method out of the same compile.
     */
    private String enclosingMethod() {
      for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof com.sun.source.tree.MethodTree
            || p.getLeaf() instanceof com.sun.source.tree.ClassTree) {
          return Long.toString(positions.getStartPosition(unit, p.getLeaf()));
        }
      }
      return "-";
    }

    private List<String> names(ExecutableElement callee) {
      List<String> names = new ArrayList<>();
      boolean made = true;
      for (int i = 0; i < callee.getParameters().size(); i++) {
        String n = callee.getParameters().get(i).getSimpleName().toString();
        names.add(n);
        made &= n.equals("arg" + i);
      }
      if (!made) {
        return names;
      }
      return JdkParameterNames.shipped().of(callee, types);
    }

    private String origin(ExecutableElement callee) {
      Element outermost = callee;
      while (!(outermost.getEnclosingElement() instanceof javax.lang.model.element.PackageElement)) {
        outermost = outermost.getEnclosingElement();
      }
      if (sourceTypes.contains(((TypeElement) outermost).getQualifiedName().toString())) {
        return "library";
      }
      ModuleElement module = elements.getModuleOf(callee);
      String m = module == null ? "" : module.getQualifiedName().toString();
      return m.startsWith("java.") || m.startsWith("jdk.") ? "jdk" : "dependency";
    }

    private boolean erroneous(ExpressionTree tree) {
      TypeMirror t = trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
      return t == null || t.getKind() == TypeKind.ERROR;
    }

    private boolean singleLine(Tree tree) {
      long start = positions.getStartPosition(unit, tree);
      long end = positions.getEndPosition(unit, tree);
      return start >= 0 && end > start && line(start) == line(end);
    }

    private long line(long position) {
      return unit.getLineMap().getLineNumber(position);
    }

    private String source(Tree tree) {
      long start = positions.getStartPosition(unit, tree);
      long end = positions.getEndPosition(unit, tree);
      if (start < 0 || end < start) {
        return "";
      }
      try {
        return unit.getSourceFile().getCharContent(true).subSequence(
            (int) positions.getStartPosition(unit, tree),
            (int) positions.getEndPosition(unit, tree)).toString();
      } catch (IOException e) {
        return "";
      }
    }

    private String oneLine(Tree tree) {
      String s = source(tree).replaceAll("\\s+", " ");
      return s.length() > 100 ? s.substring(0, 97) + "..." : s;
    }
  }

  /** The name an argument carries: a variable's, a field's, or a getter's without "get". */
  static String nameOf(ExpressionTree tree) {
    while (tree instanceof ParenthesizedTree) {
      tree = ((ParenthesizedTree) tree).getExpression();
    }
    if (tree instanceof IdentifierTree) {
      return ((IdentifierTree) tree).getName().toString();
    }
    if (tree instanceof MemberSelectTree) {
      return ((MemberSelectTree) tree).getIdentifier().toString();
    }
    if (tree instanceof MethodInvocationTree
        && ((MethodInvocationTree) tree).getArguments().isEmpty()) {
      String n = nameOf(((MethodInvocationTree) tree).getMethodSelect());
      return n.startsWith("get") && n.length() > 3 ? n.substring(3) : n;
    }
    return "\0";
  }

  static String normalized(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
