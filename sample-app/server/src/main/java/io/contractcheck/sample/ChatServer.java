package io.contractcheck.sample;

import io.contractcheck.sample.auth.DevTokenHandler;
import io.contractcheck.sample.auth.TokenService;
import io.contractcheck.sample.chat.ChatSocketCreator;
import io.contractcheck.sample.ids.UnifiedIdGenerator;
import io.contractcheck.sample.web.StaticPageHandler;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat server on 127.0.0.1: the page at {@code /}, the socket at {@code /ws} and, in
 * development, {@code /dev/token}.
 */
public final class ChatServer {

  private static final Logger LOG = LoggerFactory.getLogger(ChatServer.class);

  static final String HOST = "127.0.0.1";
  static final String SOCKET_PATH = "/ws";

  private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
  private static final int MAX_QUEUED_FRAMES_PER_CONNECTION = 1_024;
  /**
   * Connections the kernel may hold before the server accepts them. Java's default is 50: under a
   * burst of handshakes the rest of the SYNs are dropped, and each dropped client retries after
   * 1 s, then 3 s, which made valid handshakes take seconds. Linux caps it at net.core.somaxconn.
   */
  static final int ACCEPT_QUEUE_SIZE = 4_096;
  /**
   * Most threads of the HTTP pool: 8 per CPU, at least 16. Nothing the server runs on them blocks
   * (token checks, upgrades, message parsing; sends are asynchronous), so more threads than that
   * only add switching. Jetty's default of 200 grew fully during a burst of handshakes on 2 CPUs,
   * and the refusal log lines queued on System.err's lock (docs/sample-load.md, "Handshakes under a
   * flood").
   */
  static final int MAX_HTTP_THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

  private final Server server;
  private final ServerConnector connector;
  private final ScheduledThreadPoolExecutor agentScheduler;
  private final ChatSocketCreator sockets;
  private final TokenService tokens;
  /** Marks the server's own warm-up handshakes (see {@link HandshakeWarmUp}). */
  private final String warmUpMarker = UnifiedIdGenerator.newRequestId();

  private ChatServer(ServerConfig config) {
    tokens = new TokenService(config.jwtKey(), Clock.systemUTC());
    tokens.warmUp();
    agentScheduler = new ScheduledThreadPoolExecutor(2, daemonThreads());
    // A stopped run or a closed connection cancels its task: drop it now, not when it was due.
    agentScheduler.setRemoveOnCancelPolicy(true);
    sockets = new ChatSocketCreator(tokens, agentScheduler, config.agentStepDelay(), warmUpMarker);

    QueuedThreadPool threads = new QueuedThreadPool(MAX_HTTP_THREADS);
    threads.setName("chat-http");
    server = new Server(threads);
    connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(config.port());
    connector.setAcceptQueueSize(ACCEPT_QUEUE_SIZE);
    server.addConnector(connector);
    server.setStopTimeout(Duration.ofSeconds(5).toMillis());

    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler upgrade =
        WebSocketUpgradeHandler.from(
            server,
            context,
            container -> {
              container.setIdleTimeout(IDLE_TIMEOUT);
              container.setMaxOutgoingFrames(MAX_QUEUED_FRAMES_PER_CONNECTION);
              container.addMapping(SOCKET_PATH, sockets);
            });
    upgrade.setHandler(
        config.devTokens()
            ? new Handler.Sequence(
                StaticPageHandler.chatPage(),
                new DevTokenHandler(tokens, config.tokenLifetime()))
            : StaticPageHandler.chatPage());
    context.setHandler(upgrade);
    server.setHandler(context);
  }

  /**
   * Starts a server, and returns once it has sent its warm-up handshakes, if the configuration asks
   * for them; throws if it cannot start, for example when the port is taken.
   */
  public static ChatServer start(ServerConfig config) throws Exception {
    ChatServer chat = new ChatServer(config);
    try {
      chat.server.start();
      if (config.warmUpHandshakes() > 0) {
        chat.warmUp(config.warmUpHandshakes());
      }
    } catch (Exception e) {
      chat.stop();
      throw e;
    }
    return chat;
  }

  private void warmUp(int handshakes) throws InterruptedException {
    URI socket = URI.create("ws://" + HOST + ":" + port() + SOCKET_PATH);
    HandshakeWarmUp.Result result = HandshakeWarmUp.run(socket, tokens, warmUpMarker, handshakes);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (openSessionCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (result.asExpected() && openSessionCount() == 0) {
      LOG.info(
          "Warmed up with {} WebSocket handshakes in {} ms ({} accepted and closed, {} refused on"
              + " purpose and not logged)",
          handshakes,
          result.millis(),
          result.accepted(),
          result.refused());
    } else {
      LOG.warn(
          "Warm-up: of {} WebSocket handshakes {} were accepted (expected {}), {} refused (expected"
              + " {}), {} failed (first: {}), and {} users are still connected; the server runs"
              + " anyway",
          handshakes,
          result.accepted(),
          result.valid(),
          result.refused(),
          result.forged(),
          result.failed(),
          result.failed() > 0 ? result.firstFailure() : "none",
          openSessionCount());
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The page's address. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  /** How many users have a connection open. */
  public int openSessionCount() {
    return sockets.openSessionCount();
  }

  /** How many connections were closed because their client stopped reading (status 1013). */
  public int slowClientsClosed() {
    return sockets.slowClientsClosed();
  }

  /** How many agent runs have started and not yet ended. */
  public int activeRunCount() {
    return sockets.activeRunCount();
  }

  /** How many tasks wait in the scheduler: next steps of runs, and token expiries of connections. */
  public int scheduledTaskCount() {
    return agentScheduler.getQueue().size();
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /** Closes every connection (status 1001, going away), stops listening and stops the agent. */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the server cleanly", e);
    } finally {
      agentScheduler.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "chat-agent");
      thread.setDaemon(true);
      return thread;
    };
  }
}
