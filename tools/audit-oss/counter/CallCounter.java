import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Audit helper, not part of ContractCheck: counts the call sites that an audit
 * ({@code -Acontractcheck.scope=all}) can look at, and writes them to {@code -Aauditoss.out=FILE}
 * as {@code calls=N named=N named2=N}: calls with at least one argument; of those, calls whose
 * callee has known parameter names (compiled from source here, or not arg0, arg1, ...); of those,
 * calls with two or more arguments (the only ones a swap can be reported on).
 */
public final class CallCounter extends AbstractProcessor {
  private final Set<String> sourceTypes = new HashSet<>();
  /** javac 17 can fire ANALYZE twice for a class once an error was reported; count it once. */
  private final Set<TypeElement> analysed = new HashSet<>();
  private long calls;
  private long named;
  private long named2;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("auditoss.out");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Trees trees = Trees.instance(env);
    JavacTask.instance(env).addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null
            && trees.getPath(event.getTypeElement()) != null // package-info has no class
            && analysed.add(event.getTypeElement())) {
          new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void v) {
              count(trees.getElement(getCurrentPath()), node.getArguments().size());
              return super.visitMethodInvocation(node, v);
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void v) {
              count(trees.getElement(getCurrentPath()), node.getArguments().size());
              return super.visitNewClass(node, v);
            }
          }.scan(trees.getPath(event.getTypeElement()), null);
        } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          String out = env.getOptions().get("auditoss.out");
          if (out != null) {
            try {
              Files.writeString(Path.of(out),
                  "calls=" + calls + " named=" + named + " named2=" + named2 + "\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      }
    });
  }

  private void count(Element callee, int arguments) {
    if (arguments == 0 || !(callee instanceof ExecutableElement)) {
      return;
    }
    calls++;
    if (namesKnown((ExecutableElement) callee)) {
      named++;
      if (arguments >= 2) {
        named2++;
      }
    }
  }

  private boolean namesKnown(ExecutableElement method) {
    Element outer = method;
    while (outer.getEnclosingElement() != null
        && outer.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && outer.getEnclosingElement().getKind() != ElementKind.MODULE) {
      outer = outer.getEnclosingElement();
    }
    if (outer instanceof TypeElement
        && sourceTypes.contains(((TypeElement) outer).getQualifiedName().toString())) {
      return true;
    }
    List<? extends Element> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (!parameters.get(i).getSimpleName().contentEquals("arg" + i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        sourceTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
    return false;
  }
}
