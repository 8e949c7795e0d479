package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The production incident in Java: a refactoring renamed the factory's parameter to
 * {@code userContext}; one of six callers still labelled its argument {@code context}.
 */
class IncidentTest {
  private static final JavaFileObject CONTEXT = source("chat.UserExecutionContext", """
      package chat;

      public record UserExecutionContext(String userId, String threadId, String runId) {}
      """);

  private static final JavaFileObject FACTORY = source("chat.WebSocketManagerFactory", """
      package chat;

      import io.contractcheck.Contract;

      public final class WebSocketManagerFactory {
        public static final class WebSocketManager {
          final UserExecutionContext userContext;

          WebSocketManager(UserExecutionContext userContext) {
            this.userContext = userContext;
          }
        }

        @Contract
        public static WebSocketManager createWebSocketManager(UserExecutionContext userContext) {
          return new WebSocketManager(userContext);
        }
      }
      """);

  private static JavaFileObject handler(String incidentCall) {
    return source("chat.AgentHandler", """
        package chat;

        import chat.WebSocketManagerFactory.WebSocketManager;
        import java.util.List;
        import java.util.function.Function;

        final class AgentHandler {
          private final UserExecutionContext userContext;

          AgentHandler(UserExecutionContext userContext) {
            this.userContext = userContext;
          }

          WebSocketManager onConnect() {
            return WebSocketManagerFactory.createWebSocketManager(userContext);
          }

          WebSocketManager onStartAgent(UserExecutionContext context) {
            return %s;
          }

          WebSocketManager onUserMessage(UserExecutionContext userContext) {
            return WebSocketManagerFactory.createWebSocketManager(/* userContext= */ userContext);
          }

          WebSocketManager onReconnect() {
            return WebSocketManagerFactory.createWebSocketManager(this.userContext);
          }

          List<WebSocketManager> onBroadcast(List<UserExecutionContext> contexts) {
            Function<UserExecutionContext, WebSocketManager> create =
                WebSocketManagerFactory::createWebSocketManager;
            return contexts.stream().map(create).toList();
          }

          WebSocketManager onStop(UserExecutionContext ctx) {
            return WebSocketManagerFactory.createWebSocketManager(
                /* userContext= */ new UserExecutionContext(ctx.userId(), ctx.threadId(), null));
          }
        }
        """.formatted(incidentCall));
  }

  @Test
  void theIncidentsCallFormIsExactlyOneErrorWithTheFix() {
    Compilation c = compile(CONTEXT, FACTORY,
        handler("WebSocketManagerFactory.createWebSocketManager(/* context= */ context)"));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[LabelMismatch] label /* context= */ on argument 1 'context' of"
            + " createWebSocketManager(...) does not match its parameter 'userContext' in"
            + " WebSocketManagerFactory.createWebSocketManager(UserExecutionContext userContext);"
            + " did you mean /* userContext= */?")
        .inFile(file(c, "AgentHandler.java"))
        .onLineContaining("/* context= */ context");
  }

  @Test
  void afterTheFixAllSixCallSitesCompileClean() {
    assertThat(compile(CONTEXT, FACTORY,
            handler("WebSocketManagerFactory.createWebSocketManager(/* userContext= */ context)")))
        .succeededWithoutWarnings();
  }
}
