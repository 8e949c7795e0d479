package io.contractcheck.sample.load;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The server a run loads: the one at {@code --url} (measured when {@code --server-pid} is given), or
 * one the tool starts from its jar and measures. Closing stops a server the tool started.
 */
record ServerTarget(URI uri, Optional<ServerStats> stats, Optional<ServerProcess> process)
    implements AutoCloseable {

  /**
   * @param jwtSecret for a server the tool starts: sign tokens with this secret and turn dev tokens
   *     off; empty: a random key and dev tokens on
   */
  static ServerTarget of(LoadOptions options, Optional<String> jwtSecret) throws Exception {
    if (options.server().isPresent()) {
      Optional<ServerStats> stats =
          options.serverPid().isPresent()
              ? Optional.of(ServerStats.attach(options.serverPid().getAsLong()))
              : Optional.empty();
      return new ServerTarget(options.server().get(), stats, Optional.empty());
    }
    ServerProcess process = ServerProcess.start(
            options.serverJar(),
            options.serverJavaOptions(),
            options.stepDelay(),
            options.serverWarmUp(),
            jwtSecret);
    try {
      URI uri = process.awaitAddress();
      return new ServerTarget(uri, Optional.of(ServerStats.attach(process.pid())), Optional.of(process));
    } catch (Exception e) {
      process.close();
      throw e;
    }
  }

  boolean started() {
    return process.isPresent();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (stats.isPresent()) {
        stats.get().close();
      }
    } finally {
      if (process.isPresent()) {
        process.get().close();
      }
    }
  }
}
