package io.contractcheck.bench.reference;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A reference point for the benchmark: an annotation processor that does nothing but, like
 * ContractCheck, supports every annotation and registers a javac task listener. The difference
 * between it and plain javac is what running any such processor costs; the difference between
 * ContractCheck and it is ContractCheck's own work.
 */
public final class NoopProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    JavacTask.instance(environment).addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        // Nothing: only the listener's presence is measured.
      }
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
