package io.contractcheck.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * ContractCheck: verifies calls of {@code @Contract} methods and constructors at compile time.
 *
 * <p>Declarations are checked in processing rounds. Call sites are checked after javac has
 * attributed them, by a listener on javac's ANALYZE events. The processor claims no annotations
 * and supports {@code *} so that it also runs in modules that only call contracts.
 */
@AutoService(Processor.class)
public final class ContractProcessor extends AbstractProcessor {
  private DeclarationStep declarations;
  private NamedCallStep namedCalls;
  private ContractReferences references;
  private LockStep lock;
  private Options options;
  private CallSiteListener listener;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.supported();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    options = Options.parse(env.getOptions());
    JavacBridge.Connection connection = JavacBridge.connect(env);
    Messager messager = env.getMessager();
    ReportingMessager reporting = null;
    Findings findings = null;
    if (connection.bridge != null) {
      findings = ReportStage.findings(connection.bridge.trees(), options);
      // declaration findings wait for analysis to begin: an error in a round would stop javac
      reporting = new ReportingMessager(messager, connection.bridge.trees(), findings, true);
      messager = reporting;
    }
    for (String problem : options.problems()) {
      messager.printMessage(Diagnostic.Kind.WARNING, problem);
    }
    ContractIndex index = new ContractIndex(env.getElementUtils(), env.getTypeUtils(),
        new ManifestReader(ManifestReader.fromFiler(env.getFiler()), true, env.getElementUtils(),
            messager));
    namedCalls = new NamedCallStep(env.getElementUtils(), messager, env.getFiler(), index);
    declarations = new DeclarationStep(env.getElementUtils(), messager, index,
        new ManifestWriter(env.getFiler(), env.getElementUtils(), env.getTypeUtils(),
            messager), namedCalls);
    references = new ContractReferences(
        index, env.getElementUtils(), declarations::annotatedTypesIn);
    lock = new LockStep(env.getElementUtils(), env.getTypeUtils(), messager, index,
        options);
    if (connection.bridge == null) {
      env.getMessager().printMessage(Diagnostic.Kind.WARNING, DiagnosticId.CallSitesNotChecked.tag()
          + connection.failure + ", so calls of contracts are not checked; declarations still"
          + " are. Build with javac (Maven, Gradle or the command line) to check call sites"
          + ReportStage.notWritten(options));
      return;
    }
    ActiveProcessors.add(connection.bridge.task()); // a ContractCheck plugin here stands aside
    listener = new CallSiteListener(connection.bridge.trees(), env.getTypeUtils(),
        env.getElementUtils(), env.getMessager(), index, options, references,
        once(declarations::reregister), findings, reporting);
    connection.bridge.addTaskListener(listener);
  }

  private static Runnable once(Runnable action) {
    boolean[] done = {false};
    return () -> {
      if (!done[0]) {
        done[0] = true;
        action.run();
      }
    };
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      boolean sourceTypes = declarations.round(round);
      namedCalls.generate(round.processingOver());
      if (listener != null) {
        listener.roundDone(sourceTypes, round.errorRaised());
      }
      if (round.processingOver()) {
        declarations.finish();
        if (options.lockFile() != null) {
          lock.run(declarations.annotatedTypes());
        }
        if (listener == null) {
          declarations.reportUnknownIds(references); // no analysis will follow
        }
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError failure) {
      InternalErrors.report(failure, null, processingEnv.getMessager());
    }
    return false;
  }
}
