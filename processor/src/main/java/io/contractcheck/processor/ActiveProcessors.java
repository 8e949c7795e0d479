package io.contractcheck.processor;

import com.sun.source.util.JavacTask;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The compilations in which ContractCheck's annotation processor runs. Where both deliveries end
 * up in one compilation (both jars on the processor path), the javac plugin stands aside: the
 * processor does everything the plugin does and also writes and reads manifests.
 */
final class ActiveProcessors {
  private static final Set<JavacTask> TASKS =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private ActiveProcessors() {}

  static void add(JavacTask task) {
    TASKS.add(task);
  }

  static boolean contains(JavacTask task) {
    return TASKS.contains(task);
  }
}
