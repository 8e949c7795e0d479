package io.contractcheck.bench.harness;

import io.contractcheck.bench.corpus.CorpusGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The harness's command line. */
record BenchOptions(
    List<Integer> sizes,
    int reps,
    int warmup,
    long seed,
    Path workDirectory,
    Path javaExecutable,
    String annotationsPath,
    String processorPath,
    String referenceProcessorPath,
    String pluginPath,
    String errorPronePath,
    List<String> configs,
    List<String> childJvmOptions,
    long quietWaitSeconds,
    int niceness,
    List<String> notes,
    boolean failOnBudget,
    boolean namedCalls) {

  static final String USAGE = """
      usage: BenchMain --annotations-path PATH --processor-path PATH --plugin-path PATH [options]
        --sizes N,N,...        corpus sizes in classes (default 500,2000,5000)
        --reps K               measured rounds per size (default 5)
        --warmup W             discarded rounds before the first size (default 1)
        --seed S               corpus seed (default %d)
        --work DIR             corpora, outputs, runs.csv and results.md (default bench/out)
        --java PATH            java executable of the child compiles (default: this JVM's)
        --annotations-path P   class path holding io.contractcheck annotations
        --processor-path P     ContractCheck's processor delivery (the main jar)
        --reference-processor-path P
                               another build of the processor jar (e.g. from an older commit),
                               measured as contractcheck-processor-ref
        --plugin-path P        ContractCheck's javac-plugin delivery (the -plugin jar)
        --errorprone-path P    Error Prone and its dependencies (omit to skip Error Prone)
        --configs A,B,...      among javac, contractcheck and contractcheck-all (the plugin
                               delivery), contractcheck-processor (the processor delivery),
                               contractcheck-processor-ref (--reference-processor-path),
                               errorprone (all five the default) and the references
                               noop-processor (an empty annotation processor) and noop-plugin
                               (an empty javac plugin)
        --jvm-opt OPT          extra JVM option for every child (repeatable); {run} in it
                               becomes size-config-round, e.g. for one JFR file per run
        --quiet-wait SECONDS   before each compile, wait up to this long for the machine to be
                               idle (default 0: do not wait)
        --nice N               run each child under `nice -n N`; a negative N (root only) gives
                               the compiles priority over other work on a shared machine
        --note TEXT            a line for the report's method section (repeatable), e.g. the
                               commit of the processor measured
        --fail-on-budget       exit 3 when a budget check fails
        --named-calls          every contract of the corpus asks for a named call
                               (@Contract(namedCall = true)), which the processor generates
      """.formatted(CorpusGenerator.DEFAULT_SEED);

  static BenchOptions parse(String... args) {
    List<Integer> sizes = List.of(500, 2000, 5000);
    int reps = 5;
    int warmup = 1;
    long seed = CorpusGenerator.DEFAULT_SEED;
    Path work = Path.of("bench", "out");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String annotations = "";
    String processor = "";
    String referenceProcessor = "";
    String plugin = "";
    String errorProne = "";
    List<String> configs = CompilerConfigs.DEFAULT_IDS;
    List<String> jvmOptions = new ArrayList<>();
    long quietWait = 0;
    List<String> notes = new ArrayList<>();
    int niceness = 0;
    boolean failOnBudget = false;
    boolean namedCalls = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--fail-on-budget")) {
        failOnBudget = true;
        continue;
      }
      if (flag.equals("--named-calls")) {
        namedCalls = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (flag) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
        case "--reps" -> reps = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--work" -> work = Path.of(value);
        case "--java" -> java = Path.of(value);
        case "--annotations-path" -> annotations = value;
        case "--processor-path" -> processor = value;
        case "--reference-processor-path" -> referenceProcessor = value;
        case "--plugin-path" -> plugin = value;
        case "--errorprone-path" -> errorProne = value;
        case "--configs" -> configs = Arrays.stream(value.split(",")).map(String::trim).toList();
        case "--jvm-opt" -> jvmOptions.add(value);
        case "--quiet-wait" -> quietWait = Long.parseLong(value);
        case "--note" -> notes.add(value);
        case "--nice" -> niceness = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
      }
    }
    return new BenchOptions(sizes, reps, warmup, seed, work, java, annotations, processor, referenceProcessor, plugin,
        errorProne,
        configs, jvmOptions, quietWait, niceness, notes, failOnBudget, namedCalls).validated();
  }

  private BenchOptions validated() {
    if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
      throw new IllegalArgumentException("--sizes must list positive class counts: " + sizes);
    }
    if (reps < 1 || warmup < 0) {
      throw new IllegalArgumentException("--reps must be >= 1 and --warmup >= 0");
    }
    if (annotationsPath.isEmpty()) {
      throw new IllegalArgumentException("--annotations-path is required\n" + USAGE);
    }
    for (String config : configs) {
      if (!CompilerConfigs.ALL_IDS.contains(config)) {
        throw new IllegalArgumentException("unknown configuration '" + config + "'; known: " + CompilerConfigs.ALL_IDS);
      }
    }
    return this;
  }
}
