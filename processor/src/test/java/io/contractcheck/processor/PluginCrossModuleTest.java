package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.contractcheck.processor.CrossModuleTest.CONSUMER;
import static io.contractcheck.processor.CrossModuleTest.FACTORY;
import static io.contractcheck.processor.CrossModuleTest.SESSIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in a consumer module, against a producer compiled separately. It gets its names from
 * the class file: the producer must be compiled with {@code -parameters}, and so must the consumer,
 * because without {@code -parameters} (or an annotation processor) javac does not read the names
 * in class files. It cannot read manifests on JDK 17, where it says which calls it could not check
 * ({@link PluginJavacTest} covers JDK 25, where it reads them).
 */
class PluginCrossModuleTest {
  @TempDir Path temp;

  private Path producer(String... options) throws Exception {
    return Producers.compileToDirectory(
        Files.createDirectories(temp.resolve("producer")), List.of(options), SESSIONS, FACTORY);
  }

  @Test
  void aProducerBuiltWithParametersIsCheckedLikeOneCompilation() throws Exception {
    Path jar = Producers.jar(producer("-parameters", "-g:none"), temp.resolve("producer.jar"));

    PluginCompilations.Result c = PluginCompilations.compile(
        temp.resolve("out"), List.of(jar.toString()), List.of("-parameters"), List.of(), CONSUMER);

    assertThat(c.diagnostics()).hasSize(4);
    assertThat(c.errors()).isEqualTo(4);
    assertThat(c.diagnostics().get(0)).startsWith("ERROR Consumer.java:9 [LabelMismatch] label"
        + " /* user= */ on argument 1 'userId' of open(...) does not match its parameter 'userId'");
    assertThat(c.diagnostics().get(1)).startsWith("ERROR Consumer.java:13 [SwappedArguments]"
        + " argument 1 'threadId' of open(...) is passed to parameter 'userId'");
    assertThat(c.diagnostics().get(2)).startsWith("ERROR Consumer.java:18 [UnnamedArgument]"
        + " argument 2 'why' of close(...) is not named, but contract 'sessions.close'");
    assertThat(c.diagnostics().get(3)).startsWith("ERROR Consumer.java:23 [LabelMismatch] label"
        + " /* context= */ on argument 1 'context' of createWebSocketManager(...)");
  }

  @Test
  void aConsumerWithoutParametersIsToldWhyNothingWasChecked() throws Exception {
    Path jar = Producers.jar(producer("-parameters"), temp.resolve("producer.jar"));

    PluginCompilations.Result c = PluginCompilations.compile(
        temp.resolve("out"), List.of(jar.toString()), List.of(), List.of(), CONSUMER);

    if (Runtime.version().feature() >= 18) {
      assertThat(c.errors()).isEqualTo(4); // the manifest beside the class file has the names
      return;
    }
    assertThat(c.errors()).isEqualTo(0);
    assertThat(c.diagnostics()).hasSize(3);
    assertThat(c.diagnostics().get(0)).isEqualTo("WARNING Consumer.java:9"
        + " [ParameterNamesUnavailable] the class file of contract 'lib.Sessions#open'"
        + " (Sessions.open(String, String)) has no parameter names, so 3 calls were not checked:"
        + " Consumer.java:9, Consumer.java:13, Consumer.java:19; compile the library that declares"
        + " it with -parameters, and this module too: without -parameters javac does not read the"
        + " parameter names in class files");
  }

  @Test
  void withoutNamesInTheClassFileItSaysWhichCallsWentUnchecked() throws Exception {
    Path jar = Producers.jar(producer("-g:none"), temp.resolve("producer.jar"));

    PluginCompilations.Result c = PluginCompilations.compile(
        temp.resolve("out"), List.of(jar.toString()), List.of("-parameters"), List.of(), CONSUMER);

    if (Runtime.version().feature() >= 18) {
      // javac says where the class file is: the plugin reads the manifest beside it
      assertThat(c.errors()).isEqualTo(4);
      return;
    }
    assertThat(c.errors()).isEqualTo(0);
    assertThat(c.diagnostics()).containsExactly(
        "WARNING Consumer.java:9 [ParameterNamesUnavailable] the class file of contract"
            + " 'lib.Sessions#open' (Sessions.open(String, String)) has no parameter names, so 3"
            + " calls were not checked: Consumer.java:9, Consumer.java:13, Consumer.java:19;"
            + " compile the library that declares it with -parameters, and this module too: without"
            + " -parameters javac does not read the parameter names in class files",
        "WARNING Consumer.java:18 [ParameterNamesUnavailable] the class file of contract"
            + " 'sessions.close' (Sessions.close(String, String)) has no parameter names, so 1 call"
            + " was not checked: Consumer.java:18; compile the library that declares it with"
            + " -parameters, and this module too: without -parameters javac does not read the"
            + " parameter names in class files",
        "WARNING Consumer.java:23 [ParameterNamesUnavailable] the class file of contract"
            + " 'lib.ManagerFactory#createWebSocketManager'"
            + " (ManagerFactory.createWebSocketManager(String, String)) has no parameter names,"
            + " so 1 call was not checked: Consumer.java:23; compile the library that declares it"
            + " with -parameters, and this module too: without -parameters javac does not read the"
            + " parameter names in class files");
  }
}
