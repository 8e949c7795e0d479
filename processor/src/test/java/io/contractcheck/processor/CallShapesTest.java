package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.diagnostics;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Every shape of call javac can resolve to a contract, and the source text around arguments. */
class CallShapesTest {

  private static Compilation caller(String text) {
    return compile(FACTORIES, USER_CONTEXT, source("demo.Caller", text));
  }

  @Test
  void onlyTheAnnotatedOverloadIsAContract() {
    Compilation c = compile(source("demo.Over", """
        package demo;

        import io.contractcheck.Contract;

        class Over {
          @Contract static void send(String userId, String text) {}
          static void send(String text) {}
          static void send(int count, String text) {}

          void use(String a) {
            send(/* body= */ a);
            send(/* count= */ 1, /* body= */ a);
            send(/* userId= */ a, /* body= */ a);
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("label /* body= */ on argument 2 'a' of send(...) does not"
            + " match its parameter 'text' in Over.send(String userId, String text)")
        .inFile(file(c, "Over.java")).onLineContaining("send(/* userId= */ a, /* body= */ a)");
  }

  @Test
  void genericMethodsAndGenericConstructors() {
    Compilation c = compile(source("demo.Box", """
        package demo;

        import io.contractcheck.Contract;
        import java.util.List;

        @Contract
        class Box<T> {
          Box(T content, String label) {}

          static <E> Box<List<E>> of(List<E> items, String label) {
            return new Box<>(items, label);
          }

          void use(List<String> names, String label) {
            Box.<String>of(/* items= */ names, /* name= */ label);
            new Box<>(/* content= */ names, /* label= */ label);
            new Box<String>(/* value= */ "x", label);
          }
        }
        """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("label /* name= */ on argument 2 'label' of of(...) does not"
            + " match its parameter 'label' in Box.of(List<E> items, String label)")
        .inFile(file(c, "Box.java")).onLineContaining("Box.<String>of(");
    assertThat(c).hadErrorContaining("label /* value= */ on argument 1 '\"x\"' of new Box(...)"
            + " does not match its parameter 'content' in Box(T content, String label)")
        .inFile(file(c, "Box.java")).onLineContaining("/* value= */");
  }

  @Test
  void varargsWithNoneSeveralOrAnArray() {
    Compilation c = caller("""
        package demo;

        class Caller {
          void use(String[] words) {
            Factories.join(/* separator= */ ",");
            Factories.join(/* separator= */ ",", /* parts...= */ "a", "b", "c");
            Factories.join(/* separator= */ ",", /* parts= */ words);
            Factories.join(/* separator= */ ",", /* parts= */ "a", /* parts= */ "b");
            Factories.join(/* separator= */ ",", /* words...= */ "a", "b");
            Factories.join(/* separator= */ ",", /* words= */ words);
          }
        }
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("label /* words...= */ on argument 2 '\"a\"' of join(...)"
            + " does not match its parameter 'parts' in Factories.join(String separator,"
            + " String... parts)")
        .inFile(file(c, "Caller.java")).onLineContaining("/* words...= */");
    assertThat(c).hadErrorContaining("label /* words= */ on argument 2 'words' of join(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("/* words= */ words");
  }

  @Test
  void innerAnonymousAndLocalClassesThisAndSuper() {
    Compilation c = compile(source("demo.Shapes", """
        package demo;

        import io.contractcheck.Contract;

        class Shapes {
          @Contract
          Shapes(int width, int height) {}

          @Contract
          Shapes(String name) {
            this(/* height= */ 1, 2);
          }

          class Inner {
            @Contract Inner(String title) {}
          }

          static class Square extends Shapes {
            Square(int side) {
              super(/* width= */ side, /* height= */ side);
            }
          }

          void use(Shapes outer) {
            outer.new Inner(/* name= */ "t");
            new Shapes(/* width= */ 1, /* depth= */ 2) {};
            class Local {
              void run() {
                new Shapes(/* title= */ "x");
              }
            }
            new Local().run();
          }
        }
        """));
    assertThat(c).hadErrorCount(4);
    assertThat(c).hadErrorContaining("label /* height= */ on argument 1 '1' of new Shapes(...)")
        .inFile(file(c, "Shapes.java")).onLineContaining("this(/* height= */ 1, 2)");
    assertThat(c).hadErrorContaining("label /* name= */ on argument 1 '\"t\"' of new Inner(...)"
            + " does not match its parameter 'title' in Inner(String title)")
        .inFile(file(c, "Shapes.java")).onLineContaining("outer.new Inner");
    assertThat(c).hadErrorContaining("label /* depth= */ on argument 2 '2' of new Shapes(...)"
            + " does not match its parameter 'height' in Shapes(int width, int height)")
        .inFile(file(c, "Shapes.java")).onLineContaining("/* depth= */");
    assertThat(c).hadErrorContaining("label /* title= */ on argument 1 '\"x\"' of new Shapes(...)"
            + " does not match its parameter 'name' in Shapes(String name)")
        .inFile(file(c, "Shapes.java")).onLineContaining("/* title= */");
  }

  @Test
  void staticImportsNestedAndChainedCalls() {
    Compilation c = caller("""
        package demo;

        import static demo.Factories.message;
        import static demo.Factories.runId;

        class Caller {
          void use(String a, String b) {
            runId(/* threadId= */ a, /* runId= */ runId(/* threadId= */ a, /* run= */ b));
            message(/* userId= */ a, /* roomId= */ b, /* text= */ b).trim().concat(
                runId(/* thread= */ a, b));
          }
        }
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("label /* run= */ on argument 2 'b' of runId(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("/* run= */ b");
    assertThat(c).hadErrorContaining("label /* thread= */ on argument 1 'a' of runId(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("/* thread= */ a");
  }

  @Test
  void lambdasAndMethodReferencesAsArguments() {
    Compilation c = compile(source("demo.Tasks", """
        package demo;

        import io.contractcheck.Contract;
        import java.util.function.Function;
        import java.util.function.Supplier;

        class Tasks {
          @Contract
          static String run(Supplier<String> task, Function<String, String> mapper) {
            return mapper.apply(task.get());
          }

          void use() {
            run(/* task= */ () -> run(/* task= */ () -> "a", /* map= */ s -> s), String::trim);
            run(/* task= */ (() -> "x"), /* mapper= */ (String s) -> s.substring(0, 1));
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("label /* map= */ on argument 2 's -> s' of run(...)")
        .inFile(file(c, "Tasks.java")).onLineContaining("/* map= */");
  }

  @Test
  void stringsCharsAndTextBlocksThatLookLikeCommentsOrSeparators() {
    Compilation c = caller("""
        package demo;

        class Caller {
          void use(String b) {
            Factories.runId(/* threadId= */ "a, /* runId= */ b", b);
            Factories.runId(/* threNOTE */ "(" + ',' + "\\"/*", /* runId= */ b);
            Factories.runId(\"""
                text, /* wrong= */ block(
                \""", /* runId= */ b);
            Factories.runId("x" /* runId= */, /* run= */ b);
          }
        }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("label /* run= */ on argument 2 'b' of runId(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("/* run= */ b");
  }

  @Test
  void unicodeEscapesAreTranslatedBeforeLabelsAreRead() {
    Compilation c = caller("""
        package demo;

        class Caller {
          void use(String a, String b) {
            Factories.runId(/* threadId\\u003d */ a, /* runId= */ b);
            Factories.runId(a\\u002c /* runI\\u0064= */ b);
            Factories.runId(/* thr\\u0065ad= */ a, b);
          }
        }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("label /* thread= */ on argument 1 'a' of runId(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("thr\\u0065ad");
  }

  @Test
  void anOverrideOfAContractMethodKeepsTheContract() {
    Compilation c = compile(
        source("demo.ManagerFactory", """
            package demo;

            import io.contractcheck.Contract;

            public interface ManagerFactory {
              @Contract("managers.create")
              String create(String userId, String threadId);
            }
            """),
        source("demo.DefaultFactory", """
            package demo;

            class DefaultFactory implements ManagerFactory {
              @Override
              public String create(String user, String thread) {
                return user + thread;
              }

              void use(ManagerFactory viaInterface, DefaultFactory viaClass, String a) {
                viaInterface.create(/* threadId= */ a, a);
                viaClass.create(/* user= */ a, a);
              }
            }
            """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("label /* threadId= */ on argument 1 'a' of create(...) does"
            + " not match its parameter 'userId' in ManagerFactory.create(String userId,"
            + " String threadId)")
        .inFile(file(c, "DefaultFactory.java")).onLineContaining("viaInterface.create");
    assertThat(c).hadErrorContaining("label /* user= */ on argument 1 'a' of create(...) does not"
            + " match its parameter 'userId'")
        .inFile(file(c, "DefaultFactory.java")).onLineContaining("viaClass.create");
  }

  @Test
  void unrelatedCompileErrorsBringNoContractErrors() {
    Compilation c = caller("""
        package demo;

        class Caller {
          void use(String b) {
            Factories.runId(/* wrong= */ undefinedVariable, b);
            int broken = "not an int";
          }
        }
        """);
    assertThat(c).failed();
    for (String line : diagnostics(c)) {
      assertThat(line).doesNotContain("] label");
      assertThat(line).doesNotContain("[InternalError]");
    }
    assertThat(c).hadErrorCount(2);
  }
}
