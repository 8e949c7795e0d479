package io.contractcheck.bench.reference;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reference point for the benchmark: a javac plugin ({@code -Xplugin:BenchNoop}) that only
 * registers a task listener, the way Error Prone hooks into javac. Unlike {@link NoopProcessor} it
 * does not switch on annotation processing, so the two together show what processing rounds cost.
 */
public final class NoopPlugin implements Plugin {

  /**
   * Registers the plugin in {@code directory} (a processor path entry). The registration is not
   * among the harness's own resources: javac loads every plugin registered on its class path,
   * including when it compiles the harness itself.
   */
  public static Path registration(Path directory) throws IOException {
    Path services = directory.resolve("META-INF/services/" + Plugin.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, NoopPlugin.class.getName() + "\n", StandardCharsets.UTF_8);
    return directory;
  }

  /** The name for {@code -Xplugin:}. */
  public static final String NAME = "BenchNoop";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        // Nothing: only the listener's presence is measured.
      }
    });
  }
}
