package io.contractcheck.bench.corpus;

import io.contractcheck.bench.util.Directories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a benchmark corpus: {@code classCount} classes in several packages under
 * {@code <directory>/src}, a sorted {@code sources.txt} and {@code corpus.properties}. The same
 * class count, seed and options always give byte-identical files.
 *
 * <p>Command line: {@code CorpusGenerator [--named-calls] <classes> <directory> [seed]}. With
 * {@code --named-calls} every contract of the corpus asks for a named call
 * ({@code @Contract(namedCall = true)}); the corpus is otherwise the same, call sites included
 * (they call the contracts directly, not through the named calls).
 */
public final class CorpusGenerator {

  /** The seed the benchmark uses unless told otherwise. */
  public static final long DEFAULT_SEED = 20_260_101L;
  /** Source root inside the corpus directory. */
  public static final String SOURCE_ROOT = "src";
  /** Sorted list of source files, relative to the corpus directory. */
  public static final String SOURCE_LIST = "sources.txt";

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean namedCalls = arguments.remove("--named-calls");
    if (arguments.size() < 2 || arguments.size() > 3) {
      System.err.println("usage: CorpusGenerator [--named-calls] <classes> <directory> [seed]");
      System.exit(2);
    }
    long seed = arguments.size() == 3 ? Long.parseLong(arguments.get(2)) : DEFAULT_SEED;
    CorpusStats stats =
        generate(Integer.parseInt(arguments.get(0)), seed, Path.of(arguments.get(1)), namedCalls);
    System.out.println(stats);
  }

  /** Replaces whatever is in {@code directory} with a fresh corpus and returns its statistics. */
  public static CorpusStats generate(int classCount, long seed, Path directory) throws IOException {
    return generate(classCount, seed, directory, false);
  }

  /**
   * As {@link #generate(int, long, Path)}; with {@code namedCalls} every contract is
   * {@code @Contract(..., namedCall = true)} and nothing else changes.
   */
  public static CorpusStats generate(int classCount, long seed, Path directory, boolean namedCalls)
      throws IOException {
    Directories.deleteRecursively(directory);
    Path sourceRoot = directory.resolve(SOURCE_ROOT);
    List<ClassPlan> plans = CorpusPlanner.plan(classCount, seed);
    ClassRenderer renderer = new ClassRenderer(plans, seed, namedCalls);
    ContractCalls contractCalls = new ContractCalls();
    List<Path> files = new ArrayList<>(plans.size());
    long lines = 0;
    long bytes = 0;
    long contractMembers = 0;
    for (ClassPlan plan : plans) {
      String source = renderer.render(plan, contractCalls);
      Path file = sourceRoot.resolve(plan.qualifiedName().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      byte[] content = source.getBytes(StandardCharsets.UTF_8);
      Files.write(file, content);
      files.add(file);
      lines += source.chars().filter(c -> c == '\n').count();
      bytes += content.length;
      contractMembers += plan.contractCount();
    }
    writeSourceList(directory);
    SourceCensus census = SourceCensus.of(files);
    CorpusStats stats = new CorpusStats(
        classCount,
        CorpusPlanner.packageCount(classCount),
        lines,
        bytes,
        census.methods(),
        contractMembers,
        census.callSites(),
        contractCalls.count());
    stats.write(directory.resolve(CorpusStats.FILE_NAME));
    return stats;
  }

  private static void writeSourceList(Path directory) throws IOException {
    StringBuilder list = new StringBuilder();
    for (String file : Directories.relativeFiles(directory.resolve(SOURCE_ROOT))) {
      list.append(SOURCE_ROOT).append('/').append(file).append('\n');
    }
    Files.writeString(directory.resolve(SOURCE_LIST), list, StandardCharsets.UTF_8);
  }
}
