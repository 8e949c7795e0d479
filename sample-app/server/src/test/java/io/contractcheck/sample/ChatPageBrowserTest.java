package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page end to end, as a person uses it: headless Chromium opens the page served by a real
 * server, signs in with a development token, chats with the agent and replays the incident's bad
 * run ids.
 *
 * <p>It drives Debian's {@code chromium} and {@code chromium-driver} packages. Both binaries are
 * given to Selenium explicitly, so Selenium Manager is never run and nothing is downloaded. Without
 * them the test is skipped, saying what to install. A screenshot of the page at the end is written to
 * {@code target/chat-page.png} for people to look at; nothing asserts on pixels.
 */
class ChatPageBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** target/chat-page.png: the page as the test left it, passed or failed. */
  private static final Path SCREENSHOT =
      Path.of(System.getProperty("sample.testClasses", "target/test-classes"))
          .resolveSibling("chat-page.png");

  /** One line of the page's Events panel: {@code type  run_id=...  thread_id=...}. */
  private static final Pattern EVENT_LINE =
      Pattern.compile("(\\w+)(?:\\s+run_id=(\\S+)\\s+thread_id=(\\S+))?");

  /**
   * Selenium warns at start-up when no selenium-devtools module matches the installed Chromium's
   * version. This test uses WebDriver only, never CDP, so the warning is noise; the static field
   * keeps the logger, and so its level, alive.
   */
  private static final Logger CDP_VERSION_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private TestServer server;
  private ChromeDriver browser;
  private Path profile;

  @BeforeEach
  void startServerAndBrowser() throws IOException {
    List<Path> missing =
        Stream.of(CHROMEDRIVER, CHROMIUM).filter(binary -> !Files.isExecutable(binary)).toList();
    assumeTrue(
        missing.isEmpty(),
        () -> "headless-browser test skipped: " + missing + " not installed; install Debian's"
            + " packages `chromium` and `chromium-driver` (apt-get install -y chromium"
            + " chromium-driver)");
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
    server = TestServer.start(); // dev tokens on, agent without pauses, free port
    profile = Files.createTempDirectory("chat-page-chromium-");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the tests run as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Chromium still looks up Google and search-engine hosts in the background (autofill,
        // accounts, updates, preconnect); resolve no name but localhost, so nothing leaves.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    // The driver's path in the Service means Selenium Manager is skipped (nothing is downloaded).
    ChromeDriverService driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(driverService, options);
  }

  @AfterEach
  void stopBrowserAndServer() throws IOException {
    try {
      if (browser != null) {
        try {
          saveScreenshot();
        } finally {
          browser.quit();
        }
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (profile != null) {
        deleteRecursively(profile);
      }
    }
  }

  @Test
  void chatsWithTheAgentAndShowsTheIncidentsBadIdsAsErrors() {
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    browser.get("http://localhost:" + server.chatServer().port() + "/");
    assertEquals("ContractCheck sample chat", browser.getTitle());

    // Sign in as a user typed into the page; the server takes the id from the signed token.
    WebElement user = browser.findElement(By.id("user"));
    user.clear();
    user.sendKeys("carol");
    browser.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("^connected as ")));
    String status = browser.findElement(By.id("status")).getText();
    assertTrue(status.matches("connected as carol \\(conn_\\S+\\)"), status);

    // Chat: type a message and press Enter; the five events of one run appear in order.
    WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
    text.sendKeys("count these four words", Keys.ENTER);
    wait.until(driver -> eventLines().stream().anyMatch(line -> line.type.equals("agent_completed")));

    List<EventLine> run = eventLines().stream().filter(line -> line.runId != null).toList();
    assertEquals(AgentEvents.RUN_EVENT_TYPES, run.stream().map(EventLine::type).toList(),
        run::toString);
    String runId = run.get(0).runId;
    String threadId = run.get(0).threadId;
    assertTrue(UnifiedIdGenerator.isValidRunId(runId), runId);
    assertEquals(threadId, UnifiedIdGenerator.threadIdOf(runId).orElseThrow());
    for (EventLine line : run) {
      assertEquals(runId, line.runId, line::toString);
      assertEquals(threadId, line.threadId, line::toString);
    }
    assertEquals("thread: " + threadId, browser.findElement(By.id("thread")).getText());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("conversation"),
            "Your message has 4 words and 22 characters; the longest word is \"count\"."));

    // Replay the incident's malformed run id: the server answers with an error event.
    browser.findElement(By.id("bad-format")).click();
    String expectedReason =
        "run_id does not follow expected format run_<thread_id>_<16 hex digits>: 'run-42'";
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("conversation"), "error: " + expectedReason));
    List<EventLine> after = eventLines();
    assertEquals("error", after.get(after.size() - 1).type, after::toString);
    String statusAfterError = browser.findElement(By.id("status")).getText();
    assertTrue(statusAfterError.matches("connected as carol \\(conn_\\S+\\)"),
        () -> "the connection should stay open after the error: " + statusAfterError);
  }

  private void saveScreenshot() throws IOException {
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The Events panel, one parsed line per event, in the order the page received them. */
  private List<EventLine> eventLines() {
    List<EventLine> lines = new ArrayList<>();
    for (WebElement element : browser.findElements(By.cssSelector("#events .line"))) {
      String line = element.getText().trim();
      Matcher m = EVENT_LINE.matcher(line);
      assertTrue(m.matches(), () -> "unexpected Events line: " + line);
      lines.add(new EventLine(m.group(1), m.group(2), m.group(3)));
    }
    return lines;
  }

  private record EventLine(String type, String runId, String threadId) {}

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
