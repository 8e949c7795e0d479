package io.contractcheck.sample;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the chat server and stops it on Ctrl-C. */
public final class ChatServerMain {

  private static final Logger LOG = LoggerFactory.getLogger(ChatServerMain.class);

  private ChatServerMain() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    if (CommandLine.wantsHelp(arguments)) {
      System.out.print(CommandLine.USAGE);
      return;
    }
    ServerConfig config;
    try {
      config = CommandLine.parse(arguments, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    warnAboutDevelopmentSettings(config);

    ChatServer server;
    try {
      server = ChatServer.start(config);
    } catch (IOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      System.err.println(
          "error: cannot listen on port " + config.port() + ": " + cause.getMessage()
              + "; choose another with --port N");
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping: closing the connections of {} users...", server.openSessionCount());
                  server.stop();
                  LOG.info("Stopped.");
                },
                "chat-shutdown"));
    LOG.info("Chat page: {}  (WebSocket: {}, Ctrl-C stops)", server.uri(), ChatServer.SOCKET_PATH);
    server.join();
  }

  private static void warnAboutDevelopmentSettings(ServerConfig config) {
    if (config.randomJwtKey()) {
      LOG.warn(
          "CONTRACTCHECK_JWT_SECRET is not set: tokens are signed with a random key made at start-up"
              + " and stop working when the server restarts. Set a secret of at least 32 bytes for"
              + " anything but a local demo.");
    }
    if (config.devTokens()) {
      LOG.warn(
          "Development tokens are ON: GET /dev/token?user=NAME signs in as anyone. Turn them off"
              + " with --no-dev-tokens or CONTRACTCHECK_DEV_TOKENS=false.");
    }
  }
}
