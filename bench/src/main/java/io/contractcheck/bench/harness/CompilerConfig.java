package io.contractcheck.bench.harness;

import java.util.List;

/**
 * One way of compiling the corpus: the JVM options of the child, the javac options added to the
 * common ones, and whether it is ContractCheck (which must report nothing on the corpus).
 */
record CompilerConfig(
    String id,
    String title,
    List<String> jvmOptions,
    List<String> javacOptions,
    boolean contractCheck) {

  CompilerConfig {
    jvmOptions = List.copyOf(jvmOptions);
    javacOptions = List.copyOf(javacOptions);
  }

  boolean isBaseline() {
    return CompilerConfigs.JAVAC.equals(id);
  }
}
