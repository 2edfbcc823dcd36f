package org.familymatters.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium) against the running service. Every page the
 * test visits is checked with axe-core against WCAG 2.2 A and AA, and any violation fails
 * the test. Without a chromium on the PATH the tests are skipped, and say so; in CI
 * (CI=true) they fail.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	@LocalServerPort
	int port;

	WebDriver driver;

	private Path profile;

	private int pagesChecked;

	/**
	 * Whether this journey started at a page a person starts at ({@link #journeyFrom}):
	 * from then on a typed address is refused.
	 */
	private boolean typedAddressesRefused;

	private final List<WebDriver> otherBrowsers = new ArrayList<>();

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
	}

	/**
	 * Another browser, with its own profile and cookies, for a journey in which two
	 * people act in turn (each keeps their own session); closed with this class's.
	 */
	WebDriver newBrowser() throws IOException {
		var chromium = onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome"));
		var chromedriver = onPath("chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			var message = "No chromium and chromedriver on the PATH: browser tests skipped. "
					+ "Install Debian's chromium and chromium-driver to run them.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " CI must run them.");
			}
			Assumptions.abort(message);
		}
		var directory = Files.createTempDirectory("fm-chromium-");
		if (profile == null) {
			profile = directory;
		}
		var options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--no-default-browser-check", "--user-data-dir=" + directory,
				"--window-size=1280,1024");
		if (!javaScript()) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		var browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		if (driver != null) {
			otherBrowsers.add(browser);
		}
		return browser;
	}

	@AfterAll
	void stopBrowser() {
		otherBrowsers.forEach(WebDriver::quit);
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@BeforeEach
	void freshSession() {
		typedAddressesRefused = false;
		if (driver != null) {
			driver.manage().window().setSize(new Dimension(1280, 1024));
			driver.get(url("/"));
			driver.manage().deleteAllCookies();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Goes to a page and checks it. */
	void visit(String path) {
		assertThat(typedAddressesRefused)
			.as("a journey reaches %s by the links and buttons a person sees, not by its address", path)
			.isFalse();
		driver.get(url(path));
		checkPage();
	}

	/**
	 * Starts a journey where a person starts, at {@code /} or their home page, in the
	 * browser {@link #driver} is now; from then on {@link #visit} refuses a typed
	 * address, so every other page is reached by following links and pressing buttons.
	 */
	void journeyFrom(String path) {
		assertThat(path).as("a journey starts at the start page or the home page").isIn("/", "/home");
		driver.get(url(path));
		checkPage();
		typedAddressesRefused = true;
	}

	/** Signs in from the start page, as a person does: the start page's Sign in link. */
	void signInFromTheStart(String username, String password) {
		journeyFrom("/");
		follow("Sign in");
		type("username", username);
		type("password", password);
		press("Sign in");
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
		driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText(label)).click();
		checkPage();
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

	/**
	 * Saves a picture of the whole page, for a person to look at, under
	 * target/screenshots: the window is made as tall as the page for it, then put back.
	 */
	void screenshot(String name) throws IOException {
		var folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		var window = driver.manage().window().getSize();
		var height = ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight")).intValue();
		driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(Math.max(height + 150, 600), 6000)));
		try {
			Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	/**
	 * Checks the page the browser shows now: WCAG 2.2 A/AA with axe-core, and no server
	 * error.
	 */
	void checkPage() {
		assertThat(driver.getTitle()).as("title of %s", driver.getCurrentUrl())
			.endsWith("Family Matters")
			.doesNotContain("problem with the service");
		if (!javaScript()) {
			return;
		}
		assertThat(((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector('.govuk-footer')).borderTopStyle"))
			.as("GOV.UK styles applied on %s", driver.getCurrentUrl())
			.isEqualTo("solid");
		assertThat((List<?>) ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('form')).flatMap(form => {
				  const seen = new Set();
				  return Array.from(form.querySelectorAll('button')).map(b =>
				      b.textContent.trim() + ' ' + (b.name || '') + '=' + (b.value || ''))
				    .filter(key => seen.has(key) || !seen.add(key));
				});""")).as("a form on %s offers the same button twice", driver.getCurrentUrl()).isEmpty();
		var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		assertThat(results.getViolations())
			.as("accessibility violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
			.isEmpty();
		pagesChecked++;
	}

	int pagesChecked() {
		return pagesChecked;
	}

	void signIn(String username, String password) {
		visit("/sign-in");
		type("username", username);
		type("password", password);
		press("Sign in");
	}

	void signOut() {
		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		checkPage();
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
		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		try {
			wait.until(ExpectedConditions.stalenessOf(element));
		}
		catch (TimeoutException stayed) {
			// The button did not leave the page (a script handled it): check the page as
			// it is.
		}
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
				&& !d.getTitle().isEmpty());
		checkPage();
	}

	/** Ticks a radio or a checkbox by its label, as a person does. */
	void choose(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	void waitUntil(BooleanSupplier condition, String what) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("waiting for " + what)
			.pollingEvery(Duration.ofMillis(250))
			.until(d -> condition.getAsBoolean());
	}

	/**
	 * Cuts the network, or gives it back, as DevTools' "Offline" does: for the page, and
	 * for each service worker, which has a network of its own (without this it would
	 * still reach the service).
	 */
	void offline(boolean offline) {
		var chromium = (ChromiumDriver) driver;
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

	/** Follows a link by its text and checks the page it leads to. */
	void follow(String linkText) {
		driver.findElement(By.linkText(linkText)).click();
		checkPage();
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	List<String> navigation() {
		return driver.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()) + " " + node.getHtml())
						.collect(Collectors.joining("; ")))
			.collect(Collectors.joining("\n"));
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

}
