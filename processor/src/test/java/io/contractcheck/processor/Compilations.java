package io.contractcheck.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with a fresh {@link ContractProcessor} each time. */
final class Compilations {
  private Compilations() {}

  static Compiler javac(String... options) {
    return Compiler.javac().withProcessors(new ContractProcessor()).withOptions((Object[]) options);
  }

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** The source file named {@code simpleName} ({@code Caller.java}) of a compilation. */
  static JavaFileObject file(Compilation compilation, String simpleName) {
    for (JavaFileObject f : compilation.sourceFiles()) {
      if (f.getName().endsWith("/" + simpleName)) {
        return f;
      }
    }
    throw new AssertionError("no source " + simpleName + " in " + compilation.sourceFiles());
  }

  /**
   * Every diagnostic as {@code KIND File.java:line message}, in the order javac printed them. A
   * diagnostic without a position is {@code KIND -:-1 message}, as javac's command line prints it
   * with no file: the file javac's diagnostic object still names then is whichever its log last
   * used (javac's API messages leave it set), not where the message belongs.
   */
  static List<String> diagnostics(Compilation compilation) {
    return lines(compilation.diagnostics());
  }

  /** Diagnostics as {@link #diagnostics(Compilation)} writes them. */
  static List<String> lines(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String file = d.getSource() == null || d.getPosition() == Diagnostic.NOPOS
          ? "-" : d.getSource().getName();
      lines.add(d.getKind() + " " + file.substring(file.lastIndexOf('/') + 1) + ":"
          + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
    }
    return lines;
  }

  /** The contract fixtures most tests call. */
  static final JavaFileObject FACTORIES = source("demo.Factories", """
      package demo;

      import io.contractcheck.Contract;

      public final class Factories {
        @Contract
        public static String createWebSocketManager(UserExecutionContext userContext) {
          return userContext.userId();
        }

        @Contract
        public static String runId(String threadId, String runId) {
          return threadId + runId;
        }

        @Contract
        public static String message(String userId, String roomId, String text) {
          return userId + roomId + text;
        }

        @Contract(requireNamedArguments = true)
        public static String connect(String userId, int port, boolean secure) {
          return userId + port + secure;
        }

        @Contract
        public static String join(String separator, String... parts) {
          return String.join(separator, parts);
        }

        public static String plain(String threadId, String runId) {
          return threadId + runId;
        }
      }
      """);

  static final JavaFileObject USER_CONTEXT = source("demo.UserExecutionContext", """
      package demo;

      public record UserExecutionContext(String userId, String threadId) {}
      """);
}
