package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Environments where javac's tree API is missing or hidden: warn once, keep the rest working. */
class DegradedModesTest {
  private static final JavaFileObject CALLER = source("demo.Caller", """
      package demo;

      class Caller {
        String call(UserExecutionContext context) {
          return Factories.createWebSocketManager(/* context= */ context);
        }
      }
      """);

  private static final JavaFileObject PRIVATE_CONTRACT = source("demo.Hidden", """
      package demo;

      import io.contractcheck.Contract;

      class Hidden {
        @Contract private void make(String name) {}
      }
      """);

  @Test
  void procOnlyWarnsThatCallSitesWereNotChecked() {
    Compilation c = javac("-proc:only").compile(FACTORIES, USER_CONTEXT, CALLER);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[CallSitesNotChecked] javac analysed no class in this"
        + " compilation (-proc:only, or it stopped at earlier errors), so calls of contracts were"
        + " not checked");
  }

  @Test
  void aWrappedEnvironmentThatHoldsJavacsIsUnwrapped() {
    Compilation c = Compiler.javac()
        .withProcessors(new Wrapping(env -> new Holder(env)))
        .compile(FACTORIES, USER_CONTEXT, CALLER);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* context= */")
        .inFile(file(c, "Caller.java")).onLineContaining("/* context= */");
  }

  @Test
  void anEnvironmentThatCannotBeUnwrappedWarnsOnceAndStillChecksDeclarations() {
    Compilation c = Compiler.javac()
        .withProcessors(new Wrapping(env -> new Opaque(new Object[] {env})))
        .compile(FACTORIES, USER_CONTEXT, CALLER, PRIVATE_CONTRACT);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[InvalidContract] @Contract on private method make")
        .inFile(file(c, "Hidden.java")).onLineContaining("@Contract");
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[CallSitesNotChecked] the compiler's processing environment"
        + " (jdk.proxy");
    assertThat(c).hadWarningContaining("is not javac's, so calls of contracts are not checked;"
        + " declarations still are");
  }

  @Test
  void withoutCallSiteChecksUnknownIdsInNestedTypesAreStillReported() {
    Compilation c = Compiler.javac()
        .withProcessors(new Wrapping(env -> new Opaque(new Object[] {env})))
        .compile(source("demo.Outer", """
            package demo;

            import io.contractcheck.CallsContract;

            class Outer {
              static class Inner {
                @CallsContract("demo.Nowhere#make")
                void use() {}
              }
            }
            """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[UnknownContractId] @CallsContract on use names contract"
            + " 'demo.Nowhere#make', but no contract has that id")
        .inFile(file(c, "Outer.java")).onLineContaining("@CallsContract(");
  }

  /** An invocation handler like IntelliJ's: it keeps javac's environment in a field. */
  private static final class Holder implements InvocationHandler {
    private final ProcessingEnvironment delegate;

    Holder(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      return method.invoke(delegate, args);
    }
  }

  /** A handler that hides the environment where no field of its type can find it. */
  private static final class Opaque implements InvocationHandler {
    private final Object[] box;

    Opaque(Object[] box) {
      this.box = box;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      return method.invoke(box[0], args);
    }
  }

  /** Runs ContractProcessor behind a proxy of the processing environment, as IDEs do. */
  private static final class Wrapping extends AbstractProcessor {
    private final java.util.function.Function<ProcessingEnvironment, InvocationHandler> handler;
    private final ContractProcessor delegate = new ContractProcessor();

    Wrapping(java.util.function.Function<ProcessingEnvironment, InvocationHandler> handler) {
      this.handler = handler;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
          handler.apply(env)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
