package org.familymatters.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium) against the running service. Every page the
 * test visits is checked with axe-core against WCAG 2.2 A and AA, and any violation fails
 * the test. Without a chromium on the PATH the tests are skipped, and say so; in CI
 * (CI=true) they fail.
 * <p>
 * A journey starts where a person starts: at the start page ({@code /}, with
 * {@link #journeyFrom}) or at their home page after signing in through the service
 * navigation's "Sign in" ({@link #signIn}). From then on it reaches every page by the
 * links and buttons a person sees: each browser refuses a typed address after its first
 * page of a test ({@link TypedAddresses}), whether through {@link #visit} or
 * {@code driver.get} and {@code driver.navigate().to}.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	/** Browsers no class is using now. */
	private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Chromium::quit), "quit idle browsers"));
	}

	/** Whether this run saves pictures of pages: {@code -Dscreenshots}. */
	static final boolean SCREENSHOTS_WANTED = System.getProperty("screenshots") != null
			&& !"false".equals(System.getProperty("screenshots"));

	/**
	 * What {@link #checkPage} asks of a page, in the page: its title and address, whether
	 * GOV.UK's styles are applied (the footer's border), the buttons a form offers twice,
	 * and axe-core's violations of {@link #WCAG_TAGS} (axe is loaded into every document
	 * the browser opens: {@link #newBrowser}), only violations coming back, each with
	 * where it is. axe-core does not copy the page's style sheets first
	 * ({@code preload}): only its experimental orientation rule reads them, and it is not
	 * among these tags.
	 */
	static final String PAGE_CHECKS = """
			const done = arguments[arguments.length - 1];
			if (typeof window.axe !== 'object') { done({ noAxe: true }); return; }
			const footer = document.querySelector('.govuk-footer');
			const sameButtonTwice = Array.from(document.querySelectorAll('form')).flatMap(form => {
			  const seen = new Set();
			  return Array.from(form.querySelectorAll('button')).map(b =>
			      b.textContent.trim() + ' ' + (b.name || '') + '=' + (b.value || ''))
			    .filter(key => seen.has(key) || !seen.add(key));
			});
			const page = { title: document.title, url: location.href, sameButtonTwice,
			  footerBorder: footer ? getComputedStyle(footer).borderTopStyle : null };
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'], preload: false })
			  .then(results => done(Object.assign(page, { violations: results.violations.map(rule => rule.id + ': '
			      + rule.help + ' at ' + rule.nodes.map(node => node.target.join(' ') + ' ' + node.html).join('; ')) })))
			  .catch(error => done(Object.assign(page, { violations: ['axe-core could not check the page: ' + error] })));""";

	/** axe-core's script, as the axe-core Selenium library ships it. */
	static final String AXE_SOURCE = axeSource();

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	/** Where {@link #screenshot} puts its pictures. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	/**
	 * The browser the helpers act in: a journey with two people sets it to the browser of
	 * whoever acts next ({@link #newBrowser}). Every browser is one that refuses typed
	 * addresses after its first page.
	 */
	WebDriver driver;

	/** The browser the class opened first, which each test starts in. */
	private WebDriver first;

	/** The browsers this class opened, as given to tests, with the browser underneath. */
	private final Map<WebDriver, ChromeDriver> browsers = new IdentityHashMap<>();

	/** Each browser's guard against typed addresses. */
	private final Map<WebDriver, TypedAddresses> guards = new IdentityHashMap<>();

	/** The browsers this class opened or took over from an earlier class. */
	private final List<Chromium> opened = new ArrayList<>();

	/**
	 * Browsers whose network (offline) or downloads this class changed: quit, not kept.
	 */
	private final Set<ChromeDriver> changedBrowsers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	/** Folders this class's downloads went to. */
	private final List<Path> downloads = new ArrayList<>();

	private int pagesChecked;

	/**
	 * Whether this class's browser runs JavaScript; the no-JavaScript journey turns it
	 * off.
	 */
	boolean javaScript() {
		return true;
	}

	@BeforeAll
	void startBrowser() throws IOException {
		driver = newBrowser();
		first = driver;
	}

	/**
	 * Another browser, with its own profile and cookies, for a journey in which two
	 * people act in turn (each keeps their own session); closed with this class's. Its
	 * first page in a test is the start page or the home page, as for the first browser.
	 */
	WebDriver newBrowser() throws IOException {
		// Debian's headless shell when it is there: the same Blink, without the desktop
		// browser around it, so each page costs the cores less (docs/benchmarks.md).
		// Debian's /usr/bin/chromium-headless-shell is a script that starts the shell
		// without exec, so ChromeDriver's quit would end the script and leave the browser
		// running: the shell itself is asked for.
		var shell = binary(Path.of("/usr/lib/chromium/chromium-headless-shell"))
			.or(() -> onPath("chromium-headless-shell").flatMap(BrowserTest::binary));
		var chromium = shell.or(() -> onPath("chromium"))
			.or(() -> onPath("chromium-browser"))
			.or(() -> onPath("google-chrome"));
		var chromedriver = onPath("chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			var message = "No chromium and chromedriver on the PATH: browser tests skipped. "
					+ "Install Debian's chromium and chromium-driver to run them.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " CI must run them.");
			}
			Assumptions.abort(message);
		}
		var idle = idleBrowser();
		if (idle != null) {
			return guarded(idle);
		}
		var profile = Files.createTempDirectory("fm-chromium-");
		var options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments(shell.isPresent() ? "--headless" : "--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-quic", "--no-first-run", "--no-default-browser-check",
				"--window-size=1280,1024",
				// Nothing in the background that a test does not need: the cores are
				// shared
				// with the service.
				"--disable-extensions", "--disable-default-apps", "--disable-breakpad",
				"--disable-client-side-phishing-detection", "--disable-domain-reliability", "--disable-hang-monitor",
				"--metrics-recording-only", "--password-store=basic",
				"--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication");
		if (shell.isEmpty()) {
			// The headless shell opens no page in a profile folder given to it, and
			// ChromeDriver gives each shell a new one of its own.
			options.addArguments("--user-data-dir=" + profile);
		}
		if (!javaScript()) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		var browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		if (javaScript()) {
			// axe-core in every document the browser opens, ready for checkPage.
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
		}
		return guarded(new Chromium(browser, javaScript(), profile));
	}

	private WebDriver guarded(Chromium chromium) {
		var guard = new TypedAddresses(getClass().getSimpleName());
		var guarded = guard.around(chromium.browser());
		browsers.put(guarded, chromium.browser());
		guards.put(guarded, guard);
		opened.add(chromium);
		return guarded;
	}

	/** An idle browser of the kind this class needs, left by a class that has ended. */
	private Chromium idleBrowser() {
		for (var idle : IDLE) {
			if (idle.javaScript() == javaScript() && IDLE.remove(idle)) {
				return idle;
			}
		}
		return null;
	}

	/**
	 * After the class: each browser it opened is wiped of everything the service left in
	 * it (cookies, storage, service workers, caches) and kept for the next class, or quit
	 * if the class changed how it reaches the network or saves files.
	 */
	@AfterAll
	void stopBrowser() {
		downloads.forEach(folder -> FileSystemUtils.deleteRecursively(folder.toFile()));
		for (var chromium : opened) {
			if (changedBrowsers.contains(chromium.browser())) {
				chromium.quit();
				continue;
			}
			try {
				chromium.browser()
					.executeCdpCommand("Storage.clearDataForOrigin",
							Map.of("origin", "http://localhost:" + port, "storageTypes", "all"));
				chromium.browser().manage().deleteAllCookies();
				chromium.browser().get("about:blank");
				IDLE.add(chromium);
			}
			catch (WebDriverException ex) {
				chromium.quit();
			}
		}
	}

	/**
	 * Before each test: the first browser at its usual size, signed out, and free to type
	 * its first address (the start page or the home page) again.
	 */
	@BeforeEach
	void freshSession() {
		if (driver == null) {
			return;
		}
		driver = first;
		var browser = browsers.get(first);
		browser.manage().window().setSize(new Dimension(1280, 1024));
		browser.get(url("/"));
		browser.manage().deleteAllCookies();
		guards.values().forEach(TypedAddresses::newTest);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Goes to a page by its address, and checks it: only as the first page of a test (the
	 * start page or the home page); the browser refuses any other typed address.
	 */
	void visit(String path) {
		driver.get(url(path));
		checkPage();
	}

	/**
	 * Starts a journey where a person starts, at {@code /} or their home page
	 * ({@code /home}, which asks a person who is not signed in to sign in first): the
	 * only address a test types. Every other page is reached by following links and
	 * pressing buttons.
	 */
	void journeyFrom(String path) {
		assertThat(path).as("a journey starts at the start page or the home page").isIn("/", "/home");
		visit(path);
	}

	/**
	 * Starts a journey at an address that is not the service's (a mistyped or out-of-date
	 * link), as the first page of a test: the service's "Page not found", from which a
	 * person finds their way by its links.
	 */
	void journeyFromAWrongAddress(String path) {
		guards.get(driver).wrongAddress(path);
		browsers.get(driver).get(url(path));
		checkPage();
		assertThat(heading()).as("%s is not a page of the service", path).isEqualTo("Page not found");
	}

	private static String axeSource() {
		try (var script = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
			if (script == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
			}
			return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Checks the page the browser shows now: WCAG 2.2 A/AA with axe-core, and no server
	 * error.
	 */
	void checkPage() {
		if (!javaScript()) {
			var url = driver.getCurrentUrl();
			assertThat(driver.getTitle()).as("title of %s", url)
				.endsWith("Family Matters")
				.doesNotContain("problem with the service");
			pagesChecked++;
			return;
		}
		// One call for everything the page is checked for: each call to the browser takes
		// a round trip, and a journey checks hundreds of pages.
		var page = pageChecks();
		var url = page.get("url");
		assertThat((String) page.get("title")).as("title of %s", url)
			.endsWith("Family Matters")
			.doesNotContain("problem with the service");
		assertThat(page.get("footerBorder")).as("GOV.UK styles applied on %s", url).isEqualTo("solid");
		assertThat((List<?>) page.get("sameButtonTwice")).as("a form on %s offers the same button twice", url)
			.isEmpty();
		assertThat((List<?>) page.get("violations")).as("accessibility violations on %s", url).isEmpty();
		pagesChecked++;
	}

	int pagesChecked() {
		return pagesChecked;
	}

	/**
	 * Signs in as a person does: at the start of a test from the start page, otherwise
	 * from the page the browser shows (after signing out, the start page), through the
	 * service navigation's "Sign in"; the home page follows (or the page that asks for a
	 * new password).
	 */
	void signIn(String username, String password) {
		var guard = guards.get(driver);
		if (!guard.started()) {
			journeyFrom("/");
		}
		assertThat(hasNavigationEntry("Sign in") || heading().equals("Sign in"))
			.as("a way to sign in on %s: sign out first", driver.getCurrentUrl())
			.isTrue();
		if (!heading().equals("Sign in")) {
			navigateTo("Sign in");
		}
		type("username", username);
		type("password", password);
		press("Sign in");
	}

	/**
	 * Signs in from the start page through the service navigation's "Sign in", and
	 * arrives at the home page: the same as {@link #signIn}.
	 */
	void signInFromTheStart(String username, String password) {
		signIn(username, password);
	}

	/**
	 * Signs out through the header's button, and waits for the start page it leads to
	 * (through the redirect) before checking it, as {@link #submit} does.
	 */
	void signOut() {
		submit(By.xpath("//button[normalize-space()='Sign out']"));
	}

	void type(String id, String text) {
		var field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Presses a button by its text and checks the page it leads to. */
	void press(String buttonText) {
		submit(By.xpath("//button[normalize-space()='" + buttonText + "']"));
	}

	/**
	 * Presses a button, waits for the page it leads to (through any redirect: the old
	 * page goes stale and the new one finishes loading), and checks it.
	 */
	void submit(By button) {
		var element = driver.findElement(button);
		element.click();
		var wait = waitFor(Duration.ofSeconds(20));
		try {
			wait.until(d -> left(element));
		}
		catch (TimeoutException stayed) {
			// The button did not leave the page (a script handled it): check the page as
			// it is.
		}
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
				&& !d.getTitle().isEmpty());
		checkPage();
	}

	/**
	 * Whether an element has left the page: stale, or (while Chromium swaps the document)
	 * a node that no longer belongs to it.
	 */
	private static boolean left(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * A wait on the browser that looks every 25 ms (Selenium's own looks every 500 ms,
	 * which a journey of a hundred pages would spend waiting).
	 */
	WebDriverWait waitFor(Duration atMost) {
		var wait = new WebDriverWait(driver, atMost);
		wait.pollingEvery(Duration.ofMillis(25));
		return wait;
	}

	/** Ticks a radio or a checkbox by its label, as a person does. */
	void choose(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	void waitUntil(BooleanSupplier condition, String what) {
		waitFor(Duration.ofSeconds(20)).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
	}

	/**
	 * Cuts the network, or gives it back, as DevTools' "Offline" does: for the page, and
	 * for each service worker, which has a network of its own (without this it would
	 * still reach the service).
	 */
	void offline(boolean offline) {
		ChromiumDriver chromium = browsers.get(driver);
		changedBrowsers.add(browsers.get(driver));
		chromium.executeCdpCommand("Network.enable", Map.of());
		chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.<String, Object>of("offline", offline,
				"latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		@SuppressWarnings("unchecked")
		var targets = (List<Map<String, Object>>) chromium.executeCdpCommand("Target.getTargets", Map.of())
			.get("targetInfos");
		int workers = 0;
		for (var target : targets) {
			if (!"service_worker".equals(target.get("type"))) {
				continue;
			}
			var session = chromium
				.executeCdpCommand("Target.attachToTarget",
						Map.of("targetId", target.get("targetId"), "flatten", false))
				.get("sessionId");
			toWorker(chromium, session, 1, "Network.enable", "{}");
			toWorker(chromium, session, 2, "Network.emulateNetworkConditions",
					"{\"offline\":" + offline + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
			workers++;
		}
		assertThat(workers).as("service workers cut off too").isPositive();
	}

	private static void toWorker(ChromiumDriver chromium, Object session, int id, String method, String params) {
		chromium.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message",
				"{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}"));
	}

	/**
	 * Follows a link by its text and checks the page it leads to: the first such link a
	 * person can see, or one in the service navigation, whose menu is opened first where
	 * the screen is narrow enough to fold it away.
	 */
	void follow(String linkText) {
		var links = driver.findElements(By.linkText(linkText));
		var shown = links.stream().filter(WebElement::isDisplayed).findFirst();
		if (shown.isEmpty() && hasNavigationEntry(linkText)) {
			navigateTo(linkText);
			return;
		}
		assertThat(shown).as("a link \"%s\" on %s", linkText, driver.getCurrentUrl()).isPresent();
		click(shown.get());
	}

	/**
	 * Follows a link within a part of the page: the section, navigation, table, fieldset
	 * or region that a heading (or a table's caption) with this text heads; the link's
	 * text may be followed by words only a screen reader hears.
	 */
	void followIn(String heading, String linkText) {
		var part = driver.findElement(By.xpath("//*[self::h1 or self::h2 or self::h3 or self::caption or self::legend]"
				+ "[contains(normalize-space(), " + literal(heading) + ")]"
				+ "/ancestor::*[self::section or self::nav or self::table or self::fieldset or self::article or @role='region'"
				+ " or contains(@class, 'govuk-summary-card')][1]"));
		click(link(part, linkText));
	}

	/**
	 * Follows a link in the first row of a table, or of a summary list, that holds this
	 * text (a username, a reference, "Name"), as a person reads along the row to its
	 * link.
	 */
	void followInRow(String rowText, String linkText) {
		var row = driver.findElement(By.xpath("(//*[self::tr or contains(concat(' ', normalize-space(@class), ' '),"
				+ " ' govuk-summary-list__row ')][contains(normalize-space(), " + literal(rowText) + ")])[1]"));
		click(link(row, linkText));
	}

	/**
	 * Follows an entry of the service navigation, opening the menu first where the screen
	 * is narrow enough to fold it away.
	 */
	void navigateTo(String label) {
		var menu = driver.findElements(By.cssSelector(".govuk-service-navigation__toggle"));
		if (!menu.isEmpty() && menu.get(0).isDisplayed()
				&& !"true".equals(menu.get(0).getDomAttribute("aria-expanded"))) {
			menu.get(0).click();
		}
		click(driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText(label)));
	}

	/** Ticks a radio or a checkbox by the words of its label, as a person reads them. */
	void chooseLabelled(String labelText) {
		driver.findElement(By.xpath("//label[normalize-space()=" + literal(labelText) + "]")).click();
	}

	/**
	 * Follows a link that downloads a file (a CSV export) and waits for the file, as a
	 * person's browser saves it: returns where it was saved.
	 */
	Path download(String linkText) throws IOException {
		var folder = Files.createTempDirectory("fm-downloads-");
		downloads.add(folder);
		changedBrowsers.add(browsers.get(driver));
		browsers.get(driver)
			.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
		var links = driver.findElements(By.linkText(linkText));
		var shown = links.stream().filter(WebElement::isDisplayed).findFirst();
		assertThat(shown).as("a link \"%s\" on %s", linkText, driver.getCurrentUrl()).isPresent();
		shown.get().click();
		var saved = new Path[1];
		var sizes = new long[] { -1 };
		// Saved when no part is still being written (Chromium's ".crdownload"), and the
		// file is not empty and no longer growing: the headless shell writes to the
		// file's own name as the bytes arrive.
		waitUntil(() -> {
			try (var files = Files.list(folder)) {
				var all = files.toList();
				if (all.isEmpty()
						|| all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"))) {
					return false;
				}
				saved[0] = all.get(0);
				long size = Files.size(saved[0]);
				boolean settled = size > 0 && size == sizes[0];
				sizes[0] = size;
				return settled;
			}
			catch (IOException ex) {
				return false;
			}
		}, "the download of " + linkText);
		return saved[0];
	}

	/** Chooses an option of a select by the text a person reads. */
	void select(String id, String visibleText) {
		new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	/**
	 * Saves a picture of the whole page at the window's width, for a person to look at,
	 * as {@code target/screenshots/<name>.png}, when the run asks for pictures
	 * ({@code -Dscreenshots}): the window is made as tall as the page for it, then put
	 * back. Left out otherwise, as each takes a good part of a second.
	 */
	void screenshot(String name) throws IOException {
		if (!SCREENSHOTS_WANTED) {
			return;
		}
		Files.createDirectories(SCREENSHOTS);
		var window = driver.manage().window().getSize();
		var height = ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight")).intValue();
		driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(Math.max(height + 150, 600), 6000)));
		try {
			Files.write(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "-") + ".png"),
					((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	/** Fails unless the page fits the window's width, with nothing to scroll sideways. */
	void assertFitsTheWindow() {
		var js = (JavascriptExecutor) driver;
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling on %s", driver.getCurrentUrl())
			.isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
	}

	/** Fails unless the element is shown and lies wholly within the window's width. */
	void assertWithinTheWindow(WebElement element) {
		var js = (JavascriptExecutor) driver;
		assertThat(element.isDisplayed()).as("%s is shown", element.getText()).isTrue();
		var right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", element))
			.doubleValue();
		var width = ((Number) js.executeScript("return document.documentElement.clientWidth")).doubleValue();
		assertThat(right).as("%s within the window's width", element.getText()).isLessThanOrEqualTo(width);
	}

	/** Whether the service navigation has an entry with this label. */
	boolean hasNavigationEntry(String label) {
		return driver.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.anyMatch(link -> label.equals(link.getDomProperty("textContent").strip()));
	}

	/**
	 * Reads an e-mail as its recipient does, outside the service (its text shown as a
	 * page of its own, each web address a link), and follows the link in it to the
	 * service whose address holds this path: the one way a journey reaches a page from an
	 * e-mail.
	 */
	void followLinkInEmail(String body, String path) {
		var links = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+").matcher(body);
		var html = new StringBuilder("<!doctype html><html lang=\"en\"><title>E-mail</title><main><pre>");
		int at = 0;
		while (links.find()) {
			html.append(org.springframework.web.util.HtmlUtils.htmlEscape(body.substring(at, links.start())))
				.append("<a href=\"")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(links.group()))
				.append("\">")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(links.group()))
				.append("</a>");
			at = links.end();
		}
		html.append(org.springframework.web.util.HtmlUtils.htmlEscape(body.substring(at)))
			.append("</pre></main></html>");
		driver.get("data:text/html;charset=utf-8;base64,"
				+ java.util.Base64.getEncoder().encodeToString(html.toString().getBytes(StandardCharsets.UTF_8)));
		var link = driver.findElements(By.xpath("//a[contains(@href, " + literal(path) + ")]"));
		assertThat(link).as("a link to %s in the e-mail:%n%s", path, body).isNotEmpty();
		click(link.get(0));
	}

	/** Clicks a link and checks the page it leads to. */
	void click(WebElement link) {
		link.click();
		checkPage();
	}

	/**
	 * The link within a part of the page whose text is this, or starts with it followed
	 * by words for screen readers ("Change" then "name").
	 */
	private static WebElement link(WebElement part, String text) {
		var links = part.findElements(By.xpath(".//a[normalize-space()=" + literal(text)
				+ " or starts-with(normalize-space(), " + literal(text + " ") + ")]"));
		assertThat(links).as("a link \"%s\" in %s", text, part.getText()).isNotEmpty();
		return links.stream().filter(WebElement::isDisplayed).findFirst().orElse(links.get(0));
	}

	/** Text as an XPath string literal, whatever quotes it holds. */
	static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** The service navigation's entries, folded away behind the menu button or not. */
	List<String> navigation() {
		return driver.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.map(link -> link.getDomProperty("textContent").strip())
			.toList();
	}

	/**
	 * Asks the page what {@link #PAGE_CHECKS} checks, in one call; loads axe-core first
	 * in the rare document opened without it.
	 */
	private Map<?, ?> pageChecks() {
		var js = (JavascriptExecutor) driver;
		var answer = (Map<?, ?>) js.executeAsyncScript(PAGE_CHECKS, WCAG_TAGS);
		if (Boolean.TRUE.equals(answer.get("noAxe"))) {
			js.executeScript(AXE_SOURCE);
			answer = (Map<?, ?>) js.executeAsyncScript(PAGE_CHECKS, WCAG_TAGS);
		}
		return answer;
	}

	/** The file, if it is an executable program and not a script that starts one. */
	private static Optional<Path> binary(Path file) {
		if (!Files.isExecutable(file)) {
			return Optional.empty();
		}
		try (var start = Files.newInputStream(file)) {
			var magic = start.readNBytes(2);
			return (magic.length == 2 && magic[0] == '#' && magic[1] == '!') ? Optional.empty() : Optional.of(file);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Path> onPath(String command) {
		var path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.map(directory -> Path.of(directory, command))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/**
	 * Chromium with its own profile. Starting one takes a second or two, so a browser a
	 * class has finished with is wiped and used by a later class of the same kind; those
	 * left at the end of the run are quit then.
	 */
	record Chromium(ChromeDriver browser, boolean javaScript, Path profile) {

		void quit() {
			try {
				browser.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(profile.toFile());
			}
		}

	}

}
