package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Sources another processor generates are checked, and may declare contracts too. */
class GeneratedSourcesTest {

  /** Generates, in its first round, a contract and a caller that mislabels it. */
  private static final class Generator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      write("gen.GeneratedFactory", """
          package gen;

          public final class GeneratedFactory {
            @io.contractcheck.Contract
            public static String make(String tenantId, String userId) {
              return tenantId + userId;
            }
          }
          """);
      write("gen.GeneratedCaller", """
          package gen;

          final class GeneratedCaller {
            String call(String tenantId, String userId) {
              demo.Factories.runId(/* thread= */ tenantId, userId);
              return GeneratedFactory.make(userId, tenantId);
            }
          }
          """);
      return false;
    }

    private void write(String name, String text) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void generatedCallsAndGeneratedContractsAreChecked() {
    Compilation c = Compiler.javac()
        .withProcessors(new ContractProcessor(), new Generator())
        .compile(FACTORIES, USER_CONTEXT, JavaFileObjects.forSourceString("demo.Anchor", """
            package demo;

            class Anchor {}
            """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* thread= */ on argument 1 'tenantId'"
        + " of runId(...) does not match its parameter 'threadId'");
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'userId' of make(...) is passed"
        + " to parameter 'tenantId' but is named like parameter 2 'userId' in"
        + " GeneratedFactory.make(String tenantId, String userId)");
  }
}
