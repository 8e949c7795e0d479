package io.contractcheck.bench.harness;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Every child compile as one CSV line, warm-up included, flushed as it happens. */
final class RunLog implements Closeable {

  private final BufferedWriter writer;

  private RunLog(BufferedWriter writer) {
    this.writer = writer;
  }

  static RunLog create(Path file) throws IOException {
    RunLog log = new RunLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    log.write(RunRecord.CSV_HEADER);
    return log;
  }

  void append(RunRecord run) throws IOException {
    write(run.csvLine());
  }

  private void write(String line) throws IOException {
    writer.write(line);
    writer.newLine();
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
