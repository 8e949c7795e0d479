package io.contractcheck.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  @Test
  void namedCallsAddsNamedCallToEveryContractAndChangesNothingElse(@TempDir Path plain, @TempDir Path named)
      throws IOException {
    CorpusStats plainStats = CorpusGenerator.generate(TINY, SEED, plain);
    CorpusStats namedStats = CorpusGenerator.generate(TINY, SEED, named, true);

    // the same corpus, but for 18 more bytes a contract: "(namedCall = true)" or ", namedCall = true"
    assertEquals(plainStats.sourceBytes() + 18 * plainStats.contractMembers(), namedStats.sourceBytes());
    assertEquals(plainStats, new CorpusStats(namedStats.classes(), namedStats.packages(),
        namedStats.sourceLines(), plainStats.sourceBytes(), namedStats.methods(),
        namedStats.contractMembers(), namedStats.callSites(), namedStats.contractCallSites()));
    List<String> files = Directories.relativeFiles(plain);
    assertEquals(files, Directories.relativeFiles(named));
    long contracts = 0;
    long namedCalls = 0;
    for (String file : files) {
      if (file.equals(CorpusStats.FILE_NAME)) {
        continue; // compared above
      }
      String plainText = Files.readString(plain.resolve(file));
      String namedText = Files.readString(named.resolve(file));
      assertFalse(plainText.contains("namedCall"), file);
      for (String line : namedText.lines().toList()) {
        if (line.trim().startsWith("@Contract")) {
          contracts++;
          assertTrue(line.trim().equals("@Contract(namedCall = true)")
              || line.trim().equals("@Contract(requireNamedArguments = true, namedCall = true)"), line);
        }
        if (line.contains("namedCall = true")) {
          namedCalls++;
        }
      }
      String restored = namedText.replace("@Contract(namedCall = true)", "@Contract")
          .replace(", namedCall = true)", ")");
      assertEquals(plainText, restored, file);
    }
    assertEquals(plainStats.contractMembers(), contracts);
    assertEquals(contracts, namedCalls);
    assertTrue(contracts > TINY / 2, "contracts: " + contracts);
  }

  @Test
  void namedCallsCorpusIsDeterministicToo(@TempDir Path first, @TempDir Path second) throws IOException {
    CorpusGenerator.generate(TINY, SEED, first, true);
    CorpusGenerator.generate(TINY, SEED, second, true);

    assertEquals(sourceText(first), sourceText(second));
  }

  private static String sourceText(Path corpus) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String file : Files.readAllLines(corpus.resolve(CorpusGenerator.SOURCE_LIST))) {
      text.append(Files.readString(corpus.resolve(file)));
    }
    return text.toString();
  }
}
