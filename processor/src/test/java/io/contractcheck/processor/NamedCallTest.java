package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.NamedCallFixtures.classLoader;
import static io.contractcheck.processor.NamedCallFixtures.contracts;
import static io.contractcheck.processor.NamedCallFixtures.fixture;
import static io.contractcheck.processor.NamedCallFixtures.generated;
import static io.contractcheck.processor.NamedCallFixtures.golden;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The named calls of every form: generated text equals the golden files, the generated code
 * compiles warning-free under {@code -Xlint:all -Werror} and draws no ContractCheck report, and
 * each call reaches its contract with every argument in its own place.
 */
class NamedCallTest {
  private static Compilation compileAll() {
    List<JavaFileObject> sources = new ArrayList<>(contracts());
    sources.add(fixture("Driver"));
    return Compilations.javac("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ClashesCalls", "FactoriesCalls", "GenericsCalls", "Outer_NestedCalls", "Outer_InnerCalls", "PointCalls",
      "ShapesCalls", "NullnessCalls"})
  void generatedSourceEqualsItsGoldenFile(String simpleName) throws Exception {
    Compilation c = compileAll();
    assertThat(c).succeededWithoutWarnings();
    String actual = generated(c, simpleName);
    assertThat(actual).isEqualTo(golden(simpleName, actual));
  }

  @Test
  void everyNamedCallReachesItsContractWithEachArgumentInItsPlace() throws Exception {
    Compilation c = compileAll();
    assertThat(c).succeededWithoutWarnings();
    Object lines = classLoader(c).loadClass("demo.Driver").getMethod("run").invoke(null);
    assertThat((List<?>) lines).containsExactly(
        "userContext=ctx port=8080",
        "f: threadId=t1 runId=r1 offsets=[1, 2]",
        "separator=, parts=a|b|c",
        "separator=; parts=",
        "userId=u1",
        "userId=u2 secure=true",
        "userId=u3 threadId=t3",
        "userId=u4 threadId=t4 runId=r4",
        "list=L c=z",
        "low=a high=z",
        "map=[1, 1, 1]",
        "addAll=[x, y]",
        "repeat=[k, k]",
        "none=0",
        "left=l right=r",
        "o: key=k value=v",
        "Point[x=1, y=2, label=p]",
        "width=2.5 height=4.0",
        "factor=3.0 unit=cm",
        "t=[null, null]",
        "k={key=1}").inOrder();
  }

  @Test
  void theStepsCarryTheContractsSafeTypeUseAnnotationsAndNoOthers() throws Exception {
    Compilation c = compileAll();
    assertThat(c).succeededWithoutWarnings();
    String source = generated(c, "NullnessCalls");
    assertThat(source).contains("public Tags userId(@Nullness.Nullable String userId) {");
    assertThat(source).contains("public Size tags(List<@Nullness.Nullable String> tags) {");
    assertThat(source).contains("Map. @Nullness.Nullable Entry<String, @Nullness.Unit(value = \"cm\","
        + " kind = Nullness.Kind.LENGTH) Integer> size) {");
    assertThat(source).contains("public Extra seconds(@Nullness.Unit(\"s\") int seconds) {");
    assertThat(source).contains("private final @Nullness.Nullable String userId;");
    assertThat(source).contains("public @Nullness.Nullable String call() {");
    assertThat(source).contains("java.util.Map.Entry, java.lang.String, int, java.lang.String[])}");
    // a declaration annotation, and a type-use annotation the generated class cannot name: dropped
    assertThat(source).contains("public Seconds roomId(String roomId) {");
    assertThat(source).doesNotContain("Trimmed");
    assertThat(source).doesNotContain("Secret");
    Object result = classLoader(c).loadClass("demo.Nullness").getMethod("use").invoke(null);
    assertThat(result).isEqualTo("userId=u tags=[t] size=w=3 roomId=r seconds=5 extra=1");
  }

  /**
   * javadoc's lint finds nothing in the generated classes (the fixtures' own gaps, which it does
   * find, prove it ran over everything, generated sources included).
   */
  @Test
  void theGeneratedSourcesAreDoclintClean() {
    List<JavaFileObject> sources = new ArrayList<>(contracts());
    sources.add(fixture("Driver"));
    Compilation c = Compilations.javac("-Xdoclint:all", "-Xmaxwarns", "100000")
        .compile(sources);
    assertThat(c).succeeded();
    List<String> lines = Compilations.diagnostics(c);
    assertThat(lines.stream().filter(l -> l.contains("Calls.java:")).toList()).isEmpty();
    assertThat(lines.stream().filter(l -> l.contains("Driver.java:") && l.contains("no comment"))
        .toList()).isNotEmpty();
    assertThat(c.generatedSourceFiles()).hasSize(8);
  }

  @Test
  void aStepsClassIsNeverNamedLikeATypeVariableOfItsEntryPoint() {
    String source = generated(compileAll(), "ClashesCalls");
    assertThat(source).contains("  public static <T> T2.Count<T> t() {");
    assertThat(source).contains("  public static <K> K2.Value<K> k(Clashes<K> receiver) {");
  }

  @Test
  void aClassOfThePackageNamedLikeAJavaLangClassDoesNotHideTheOneTheGeneratedCodeNames()
      throws Exception {
    Compilation c = Compilations.javac("-Xlint:all,-processing", "-Werror").compile(
        Compilations.source("demo.Deprecated", "package demo;\n\npublic class Deprecated {}\n"),
        Compilations.source("demo.Error", "package demo;\n\npublic class Error {}\n"),
        Compilations.source("demo.SuppressWarnings",
            "package demo;\n\npublic class SuppressWarnings {}\n"),
        Compilations.source("demo.Legacy", """
            package demo;

            @java.lang.Deprecated
            public final class Legacy {}
            """),
        Compilations.source("demo.Failures", """
            package demo;

            import io.contractcheck.Contract;

            public final class Failures {
              private Failures() {}

              @Contract(value = "demo.Failures#describeOld", namedCall = true,
                  replacedBy = "demo.Failures#describe")
              public static String describeOld(java.lang.Error cause) {
                return cause.getMessage();
              }

              @Contract(namedCall = true)
              public static String describe(java.lang.Error cause, Error local) {
                return cause.getMessage() + ":" + (local != null);
              }

              @java.lang.SuppressWarnings("deprecation")
              @Contract(namedCall = true)
              public static String legacy(Legacy legacy) {
                return "legacy";
              }

              public static String use() {
                return FailuresCalls.describe().cause(new java.lang.Error("e")).local(new Error())
                    .call();
              }
            }
            """));
    assertThat(c).succeededWithoutWarnings();
    String source = generated(c, "FailuresCalls");
    assertThat(source).contains("  @java.lang.Deprecated\n  public static DescribeOld.Cause");
    assertThat(source).contains("@java.lang.SuppressWarnings(\"deprecation\")\npublic final class");
    assertThat(source).contains("public Local cause(java.lang.Error cause) {");
    assertThat(source).contains("public Call local(Error local) {");
    Object result = classLoader(c).loadClass("demo.Failures").getMethod("use").invoke(null);
    assertThat(result).isEqualTo("e:true");
  }

  @Test
  void inTheUnnamedPackageNoNestedClassHidesATypeTheGeneratedCodeNames() throws Exception {
    Compilation c = Compilations.javac("-Xlint:all,-processing", "-Werror").compile(
        Compilations.source("Top", """
            import io.contractcheck.Contract;

            public final class Top {
              private Top() {}

              @Contract(namedCall = true)
              public static String top(Top2 top2, int x) {
                return top2 + ":" + x;
              }

              public static String use() {
                return TopCalls.top().top2(new Top2()).x(3).call();
              }
            }
            """),
        Compilations.source("Top2", """
            public final class Top2 {
              @Override
              public String toString() {
                return "top2";
              }
            }
            """));
    assertThat(c).succeededWithoutWarnings();
    String source = c.generatedSourceFile("TopCalls").orElseThrow().getCharContent(true)
        .toString();
    // the steps class would be Top (and then Top2), each hiding a class named in call()
    assertThat(source).contains("  public static final class Top3 {");
    assertThat(source).contains("        return Top.top(this.top2, this.x);");
    assertThat(source).contains("      public X top2(Top2 top2) {");
    Object result = classLoader(c).loadClass("Top").getMethod("use").invoke(null);
    assertThat(result).isEqualTo("top2:3");
  }

  /**
   * In the unnamed package a step class can hide an annotation type there (parameter
   * {@code nullable}, step class {@code Nullable}) and JavaPoet cannot qualify it: such an
   * annotation is not copied; one of a named package is.
   */
  @Test
  void aTypeUseAnnotationOfTheUnnamedPackageIsNotCopied() throws Exception {
    Compilation c = Compilations.javac("-Xlint:all,-processing", "-Werror").compile(
        Compilations.source("Nullable", """
            @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
            public @interface Nullable {}
            """),
        Compilations.source("Flags", """
            import io.contractcheck.Contract;

            public final class Flags {
              private Flags() {}

              @Contract(namedCall = true)
              public static String flag(@Nullable String nullable, @demo.Nullness.Nullable String b) {
                return nullable + b;
              }

              public static String use() {
                return FlagsCalls.flag().nullable("n").b("b").call();
              }
            }
            """),
        fixture("Nullness"),
        Compilations.source("demo.Nullable", """
            package demo;

            @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
            public @interface Nullable {}
            """),
        Compilations.source("demo.Flags", """
            package demo;

            import io.contractcheck.Contract;

            public final class Flags {
              private Flags() {}

              @Contract(namedCall = true)
              public static String flag(@Nullable String nullable) {
                return nullable;
              }
            }
            """));
    assertThat(c).succeededWithoutWarnings();
    // in a named package JavaPoet writes the annotation with its package where a step hides it
    assertThat(generated(c, "FlagsCalls")).contains("public Call nullable(@demo.Nullable String");
    String source = c.generatedSourceFile("FlagsCalls").orElseThrow().getCharContent(true)
        .toString();
    assertThat(source).contains("public B nullable(String nullable) {");
    assertThat(source).contains("public Call b(@Nullness.Nullable String b) {");
    Object result = classLoader(c).loadClass("Flags").getMethod("use").invoke(null);
    assertThat(result).isEqualTo("nb");
  }

  /** Generates {@code gen.Token} in its first round, as another annotation processor might. */
  private static final class TokenGenerator extends AbstractProcessor {
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
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Token").openWriter()) {
          out.write("package gen;\n\npublic record Token(String value) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aSignatureThatNamesATypeAnotherProcessorGeneratesWaitsForIt() throws Exception {
    Compilation c = Compiler.javac()
        .withProcessors(new ContractProcessor(), new TokenGenerator())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(Compilations.source("demo.Signer", """
            package demo;

            import io.contractcheck.Contract;

            public final class Signer {
              private Signer() {}

              @Contract(namedCall = true)
              public static String sign(gen.Token token, String userId) {
                return token.value() + ":" + userId;
              }

              public static String use() {
                return SignerCalls.sign().token(new gen.Token("t")).userId("u").call();
              }
            }
            """));
    assertThat(c).succeededWithoutWarnings();
    assertThat(generated(c, "SignerCalls")).contains("public UserId token(gen.Token token) {");
    Object result = classLoader(c).loadClass("demo.Signer").getMethod("use").invoke(null);
    assertThat(result).isEqualTo("t:u");
  }

  @Test
  void theSameSourcesGiveTheSameBytes() {
    Compilation first = compileAll();
    Compilation second = compileAll();
    for (String name : List.of("FactoriesCalls", "GenericsCalls", "PointCalls")) {
      assertThat(generated(second, name)).isEqualTo(generated(first, name));
    }
  }

  @Test
  void aReplacedContractsEntryPointIsDeprecatedAndLinksTheReplacement() {
    String source = generated(compileAll(), "FactoriesCalls");
    assertThat(source).contains("   * @deprecated replaced by contract {@code"
        + " demo.Factories#newContext}, named call {@link #newContext}\n   */\n  @Deprecated\n"
        + "  public static OldContext.UserId oldContext() {");
  }

  @Test
  void aReplacementInAnotherTypeIsLinkedByItsNamedCall() {
    Compilation c = Compilations.javac("-Xlint:all,-processing", "-Werror").compile(
        Compilations.source("demo.Sessions", """
            package demo;

            import io.contractcheck.Contract;

            public final class Sessions {
              private Sessions() {}

              @Contract(namedCall = true, replacedBy = "demo.SessionsV2#open")
              public static String open(String userId) { return userId; }

              @Contract(namedCall = true, replacedBy = "demo.SessionsV2#close")
              public static String close(String userId) { return userId; }
            }
            """),
        Compilations.source("demo.SessionsV2", """
            package demo;

            import io.contractcheck.Contract;

            public final class SessionsV2 {
              private SessionsV2() {}

              @Contract(namedCall = true)
              public static String open(String userId, String threadId) { return userId; }

              @Contract
              public static String close(String userId, String threadId) { return userId; }
            }
            """));
    assertThat(c).succeededWithoutWarnings();
    String source = generated(c, "SessionsCalls");
    assertThat(source).contains("   * @deprecated replaced by contract {@code demo.SessionsV2#open},"
        + " named call {@link demo.SessionsV2Calls#open}\n   */\n  @Deprecated\n");
    // a replacement without a named call is named, not linked
    assertThat(source).contains("   * @deprecated replaced by contract {@code"
        + " demo.SessionsV2#close}\n   */\n  @Deprecated\n");
  }

  @Test
  void theContractsJavadocGoesToTheEntryPointAndItsParamsToTheSteps() {
    String source = generated(compileAll(), "FactoriesCalls");
    assertThat(source).contains("   * Makes a manager for one user.\n");
    assertThat(source).contains("       * @param userContext the user's context\n");
    assertThat(source).contains("       * @param port the port to listen on\n");
    assertThat(source).contains("       * @return what was passed\n");
    assertThat(source).contains("       * @throws java.io.IOException never\n");
    assertThat(source).contains("public String call() throws IOException {");
  }

  @Test
  void theEntryPointIsAsVisibleAsTheContract() {
    String source = generated(compileAll(), "FactoriesCalls");
    assertThat(source).contains("\n  static Open1.UserId open1() {");
    assertThat(source).contains("\n  public static Open2.UserId open2() {");
  }
}
