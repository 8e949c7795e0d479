package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.contractcheck.Contract;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts read from class files: with parameter names, and without them. */
class SeparateCompilationTest {
  private static final JavaFileObject LIBRARY = source("lib.Sessions", """
      package lib;

      import io.contractcheck.Contract;

      public class Sessions {
        @Contract
        public static String open(String userId, String threadId) {
          return userId + threadId;
        }
      }
      """);

  private static final JavaFileObject CLIENT = source("app.Client", """
      package app;

      import lib.Sessions;

      class Client {
        String a(String userId, String threadId) {
          return Sessions.open(/* user= */ userId, threadId);
        }

        String b(String userId, String threadId) {
          return Sessions.open(threadId, userId);
        }
      }
      """);

  @TempDir Path libraryClasses;

  private Compilation compileClientAgainstLibraryBuiltWith(String... libraryOptions)
      throws Exception {
    Compilation library = javac(libraryOptions).compile(LIBRARY);
    assertThat(library).succeededWithoutWarnings();
    for (JavaFileObject output : library.generatedFiles()) {
      if (output.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = libraryClasses.resolve(output.toUri().getPath().replaceFirst(".*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = output.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    return javac().withClasspath(List.of(libraryClasses.toFile(), annotationsOnClassPath()))
        .compile(CLIENT);
  }

  static File annotationsOnClassPath() throws URISyntaxException {
    return new File(Contract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void aLibraryBuiltWithParametersIsCheckedLikeSource() throws Exception {
    Compilation c = compileClientAgainstLibraryBuiltWith("-parameters");
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* user= */ on argument 1 'userId' of"
            + " open(...) does not match its parameter 'userId' in Sessions.open(String userId,"
            + " String threadId)")
        .inFile(file(c, "Client.java")).onLineContaining("/* user= */");
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'threadId' of open(...)")
        .inFile(file(c, "Client.java")).onLineContaining("Sessions.open(threadId, userId)");
  }

  @Test
  void aLibraryWithoutNamesGivesOneWarningListingEveryUncheckedCall() throws Exception {
    Compilation c = compileClientAgainstLibraryBuiltWith("-g:none");
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[ParameterNamesUnavailable] the class file of contract"
            + " 'lib.Sessions#open' (Sessions.open(String, String)) has no parameter names, so 2"
            + " calls were not checked: Client.java:7, Client.java:11; compile the library that"
            + " declares it with -parameters")
        .inFile(file(c, "Client.java"))
        .onLineContaining("/* user= */");
  }

  @Test
  void theWarningNamesTheLocationsInSourceOrder() throws IOException {
    // The client's two calls are on lines 7 and 11; the listing must say so, in that order.
    String text = CLIENT.getCharContent(true).toString();
    List<String> lines = text.lines().toList();
    assertThat(lines.get(6)).contains("/* user= */");
    assertThat(lines.get(10)).contains("Sessions.open(threadId, userId)");
  }
}
