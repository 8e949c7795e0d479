package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class DeclarationStepTest {

  @Test
  void contractOnAPrivateMethodIsAnError() {
    Compilation c = compile(source("demo.Factory", """
        package demo;

        import io.contractcheck.Contract;

        class Factory {
          @Contract
          private static String make(String name) {
            return name;
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[InvalidContract] @Contract on private method make: a contract is an"
            + " interface for callers in other classes; make it non-private or remove @Contract")
        .inFile(file(c, "Factory.java"))
        .onLineContaining("@Contract");
  }

  @Test
  void contractInALocalOrAnonymousClassIsAnError() {
    Compilation c = compile(source("demo.Factory", """
        package demo;

        import io.contractcheck.Contract;

        class Factory {
          Object make() {
            class Local {
              @Contract String local(String name) { return name; }
            }
            return new Object() {
              @Contract String anonymous(String name) { return name; }
            };
          }
        }
        """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[InvalidContract] @Contract on method local of a local class")
        .inFile(file(c, "Factory.java")).onLineContaining("String local(");
    assertThat(c).hadErrorContaining("[InvalidContract] @Contract on method anonymous of an"
            + " anonymous class")
        .inFile(file(c, "Factory.java")).onLineContaining("String anonymous(");
  }

  @Test
  void enumConstructorsMayBeContracts() {
    Compilation c = compile(source("demo.Level", """
        package demo;

        import io.contractcheck.Contract;

        enum Level {
          LOW(/* min= */ 0, /* max= */ 3),
          HIGH(/* max= */ 9, 4);

          @Contract
          Level(int min, int max) {}
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* max= */ on argument 1 '9' of"
            + " new Level(...) does not match its parameter 'min' in Level(int min, int max)")
        .inFile(file(c, "Level.java")).onLineContaining("HIGH(");
  }

  @Test
  void duplicateIdsInOneCompilationAreAnError() {
    Compilation c = compile(
        source("demo.A", """
            package demo;

            import io.contractcheck.Contract;

            public class A {
              @Contract("sessions.open")
              public static void open(String user) {}
            }
            """),
        source("demo.B", """
            package demo;

            import io.contractcheck.Contract;

            public class B {
              @Contract("sessions.open")
              public static void start(String user) {}
            }
            """));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[DuplicateContractId] contract id 'sessions.open' of B.start(String"
            + " user) is already the id of A.open(String user)")
        .inFile(file(c, "B.java"))
        .onLineContaining("@Contract(\"sessions.open\")");
  }

  @Test
  void overloadsGetTheirParameterCountAppendedAndSameCountOverloadsNeedIds() {
    Compilation c = compile(source("demo.Ids", """
        package demo;

        import io.contractcheck.CallsContract;
        import io.contractcheck.Contract;

        public class Ids {
          @Contract public static void make(String a) {}
          @Contract public static void make(String a, String b) {}
          @Contract public static void make(int a, int b) {}

          @CallsContract({"demo.Ids#make/1"})
          void use() {
            make("x");
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[AmbiguousContractId] overloads Ids.make(String a, String b) and"
            + " Ids.make(int a, int b) would share the contract id 'demo.Ids#make/2'")
        .inFile(file(c, "Ids.java"))
        .onLineContaining("make(int a, int b)");
  }

  @Test
  void unknownIdsInReplacedByAndCallsContractAreErrorsWithSuggestions() {
    Compilation c = compile(source("demo.Api", """
        package demo;

        import io.contractcheck.CallsContract;
        import io.contractcheck.Contract;

        public class Api {
          @Contract(replacedBy = "demo.Api#creat")
          public static void old(String name) {}

          @Contract
          public static void create(String name) {}

          @CallsContract({"demo.Api#create", "demo.Api#olld"})
          void use() {
            create("x");
            old("y");
          }
        }
        """));
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[UnknownContractId] replacedBy of demo.Api#old names contract"
            + " 'demo.Api#creat', but no contract has that id; did you mean 'demo.Api#create'?")
        .inFile(file(c, "Api.java"))
        .onLineContaining("replacedBy");
    assertThat(c)
        .hadErrorContaining("[UnknownContractId] @CallsContract on use names contract"
            + " 'demo.Api#olld', but no contract has that id; did you mean 'demo.Api#old'?")
        .inFile(file(c, "Api.java"))
        .onLineContaining("@CallsContract");
  }

  @Test
  void aListedContractThatIsNeverCalledIsStale() {
    Compilation c = compile(source("demo.Api", """
        package demo;

        import io.contractcheck.CallsContract;
        import io.contractcheck.Contract;

        public class Api {
          @Contract public static void create(String name) {}
          @Contract public static void delete(String name) {}

          @CallsContract({
              "demo.Api#create",
              "demo.Api#delete"
          })
          void use(String name) {
            create(name);
          }
        }
        """));
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[StaleCallsContract] @CallsContract on use lists 'demo.Api#delete',"
            + " but no call of that contract is inside it; remove the entry if the code no longer"
            + " depends on it")
        .inFile(file(c, "Api.java"))
        .onLineContaining("\"demo.Api#delete\"");
  }

  @Test
  void contractIdsOfClassPathTypesResolveByName() {
    Compilation c = compile(source("demo.Uses", """
        package demo;

        import io.contractcheck.CallsContract;

        class Uses {
          @CallsContract("java.lang.String#valueOf")
          String use() {
            return "";
          }
        }
        """));
    // String declares no contracts: the id is unknown even though the type exists.
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[UnknownContractId] @CallsContract on use names contract"
        + " 'java.lang.String#valueOf', but no contract has that id");
  }

  @Test
  void typeLevelContractCoversNonPrivateMembersAndRecordConstructors() {
    Compilation c = compile(source("demo.Point", """
        package demo;

        import io.contractcheck.Contract;

        @Contract
        public record Point(int x, int y) {
          static Point flipped(Point p) {
            return new Point(/* y= */ p.y(), p.x());
          }

          static Point of(int x, int y) {
            return new Point(y, x);
          }
        }
        """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* y= */ on argument 1 'p.y()'")
        .inFile(file(c, "Point.java")).onLineContaining("/* y= */");
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'y' of new Point(...)")
        .inFile(file(c, "Point.java")).onLineContaining("new Point(y, x)");
  }
}
