package io.contractcheck.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * ContractCheck as a javac plugin: the same checks as {@link ContractProcessor}, without being an
 * annotation processor. Any annotation processor makes javac run processing rounds, which enter
 * every class of the compilation again (about +12% compile time on the benchmark's corpus, before
 * the processor does anything); a plugin only listens to javac's task events.
 *
 * <p>Shipped as the {@code plugin} jar of the processor artifact, which registers this class and
 * not the processor. javac starts it by itself when the jar is on the processor path (JDK 14+,
 * {@link #autoStart()}); options are plugin arguments: {@code -Xplugin:"ContractCheck scope=all"}.
 *
 * <p>What it cannot do, because javac gives plugins no {@code Filer}: write contract manifests. A
 * module whose contracts are called from other modules should be compiled with
 * {@code -parameters} (or with the processor delivery). It reads manifests written by the
 * processor where javac can say where a class file is (JDK 18+).
 */
public final class ContractPlugin implements Plugin {
  @Override
  public String getName() {
    return "ContractCheck";
  }

  @Override
  public boolean autoStart() {
    return true;
  }

  @Override
  public void init(JavacTask task, String... arguments) {
    Trees trees = Trees.instance(task);
    TreesMessager messager = new TreesMessager(trees);
    try {
      start(task, trees, messager, arguments);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError failure) {
      InternalErrors.report(failure, null, messager);
    }
  }

  private static void start(
      JavacTask task, Trees trees, TreesMessager messager, String... arguments) {
    Options options = Options.parsePluginArguments(arguments);
    Findings findings = ReportStage.findings(trees, options);
    // declarations are checked when analysis begins: their messages need not wait
    ReportingMessager reporting = new ReportingMessager(messager, trees, findings, false);
    for (String problem : options.problems()) {
      reporting.printMessage(Diagnostic.Kind.WARNING, problem);
    }
    Elements elements = task.getElements();
    Types types = task.getTypes();
    ContractIndex index = new ContractIndex(elements, types,
        new ManifestReader(ClassFileManifests.source(elements), false, elements, reporting));
    NamedCallStep namedCalls = new NamedCallStep(elements, reporting, null, index);
    DeclarationStep declarations =
        new DeclarationStep(elements, reporting, index, null, namedCalls);
    ContractReferences references =
        new ContractReferences(index, elements, declarations::annotatedTypesIn);
    LockStep lock = new LockStep(elements, types, reporting, index, options);
    EnteredDeclarations entered = new EnteredDeclarations(trees);
    Runnable beforeEachClass = new Runnable() {
      private boolean first = true;

      @Override
      public void run() {
        if (first) {
          first = false;
          entered.drainInto(declarations); // every class javac was given is entered by now
          declarations.finish();
          namedCalls.generate(true);
          if (options.lockFile() != null) {
            lock.run(declarations.annotatedTypes());
          }
        } else if (entered.hasPending()) {
          entered.drainLateInto(declarations); // classes javac found on the source path
        }
      }
    };
    CallSiteListener listener = new CallSiteListener(
        trees, types, elements, messager, index, options, references, beforeEachClass, findings,
        null);
    task.addTaskListener(new TaskListener() {
      private Boolean standAside;

      @Override
      public void finished(TaskEvent event) {
        if (event.getCompilationUnit() != null) {
          messager.at(event.getCompilationUnit());
        }
        if (event.getKind() != TaskEvent.Kind.PARSE) {
          messager.flush(); // what was printed before javac had a unit (option problems)
        }
        if (event.getKind() == TaskEvent.Kind.ENTER) {
          if (!Boolean.TRUE.equals(standAside) && event.getCompilationUnit() != null) {
            entered.entered(event.getCompilationUnit());
          }
          return;
        }
        if (standAside == null && event.getKind() != TaskEvent.Kind.PARSE) {
          // decided once processors have been initialised: javac does that after parsing and
          // entering, before anything is analysed
          standAside = ActiveProcessors.contains(task);
        }
        if (Boolean.FALSE.equals(standAside)) {
          listener.finished(event);
        }
      }
    });
  }
}
