package io.contractcheck.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The one place that connects to javac's tree API. Build tools and IDEs may hand processors a
 * wrapped environment (IntelliJ's proxy, Gradle's incremental wrapper); it is unwrapped
 * reflectively. Where no javac is underneath (Eclipse's compiler) {@link #connect} says why.
 */
final class JavacBridge {
  private static final int MAX_UNWRAP_DEPTH = 4;

  private final Trees trees;
  private final JavacTask task;

  private JavacBridge(Trees trees, JavacTask task) {
    this.trees = trees;
    this.task = task;
  }

  /** The outcome of connecting: a bridge, or the reason there is none. */
  static final class Connection {
    final JavacBridge bridge;
    final String failure;

    private Connection(JavacBridge bridge, String failure) {
      this.bridge = bridge;
      this.failure = failure;
    }
  }

  static Connection connect(ProcessingEnvironment env) {
    ProcessingEnvironment javacEnv = unwrap(env, 0);
    try {
      return new Connection(new JavacBridge(Trees.instance(javacEnv), JavacTask.instance(javacEnv)), null);
    } catch (IllegalArgumentException | LinkageError | ClassCastException notJavac) {
      return new Connection(null, "the compiler's processing environment ("
          + env.getClass().getName() + ") is not javac's");
    }
  }

  Trees trees() {
    return trees;
  }

  JavacTask task() {
    return task;
  }

  void addTaskListener(TaskListener listener) {
    task.addTaskListener(listener);
  }

  private static ProcessingEnvironment unwrap(ProcessingEnvironment env, int depth) {
    if (depth >= MAX_UNWRAP_DEPTH || isJavacs(env)) {
      return env;
    }
    Object holder = Proxy.isProxyClass(env.getClass()) ? Proxy.getInvocationHandler(env) : env;
    for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(field.getType())
            && !(Proxy.isProxyClass(env.getClass()) && field.getType() == Object.class)) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(holder);
          if (value instanceof ProcessingEnvironment && value != env) {
            return unwrap((ProcessingEnvironment) value, depth + 1);
          }
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
          // try the next field; if none works, javac's API will say no below
        }
      }
    }
    return env;
  }

  private static boolean isJavacs(ProcessingEnvironment env) {
    return env.getClass().getName().equals(
        "com.sun.tools.javac.processing.JavacProcessingEnvironment");
  }
}
