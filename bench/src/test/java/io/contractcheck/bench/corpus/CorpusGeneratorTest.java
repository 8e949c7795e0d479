package io.contractcheck.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.bench.util.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  private static final int TINY = 24;
  private static final long SEED = CorpusGenerator.DEFAULT_SEED;

  @Test
  void sameSizeAndSeedGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
    CorpusGenerator.generate(TINY, SEED, first);
    CorpusGenerator.generate(TINY, SEED, second);

    List<String> files = Directories.relativeFiles(first);
    assertEquals(files, Directories.relativeFiles(second));
    assertTrue(files.size() > TINY, "expected the sources plus sources.txt and corpus.properties: " + files);
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
  }

  @Test
  void anotherSeedGivesAnotherCorpus(@TempDir Path first, @TempDir Path second) throws IOException {
    CorpusGenerator.generate(TINY, SEED, first);
    CorpusGenerator.generate(TINY, SEED + 1, second);

    assertNotEquals(sourceText(first), sourceText(second));
  }

  @Test
  void regeneratingReplacesTheOldCorpus(@TempDir Path directory) throws IOException {
    CorpusGenerator.generate(TINY * 2, SEED, directory);
    CorpusGenerator.generate(TINY, SEED, directory);

    long javaFiles = Directories.relativeFiles(directory).stream().filter(f -> f.endsWith(".java")).count();
    assertEquals(TINY, javaFiles);
  }

  private static String sourceText(Path corpus) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String file : Files.readAllLines(corpus.resolve(CorpusGenerator.SOURCE_LIST))) {
      text.append(Files.readString(corpus.resolve(file)));
    }
    return text.toString();
  }
}
