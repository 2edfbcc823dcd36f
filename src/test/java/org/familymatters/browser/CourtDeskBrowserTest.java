package org.familymatters.browser;

import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the court desk journeys share: each starts at {@code /} on a screen of a given
 * width (a phone's 375 px or a desktop's 1280 px) and reaches every other page by the
 * links and buttons a person sees there, never by a typed address ({@link #journeyFrom}
 * refuses them). A person signs in from the start page, or from the page signing out
 * leaves them on, by its Sign in link.
 * <p>
 * Journey classes run two at a time; the court desk's run one after another
 * ({@link #COURT_DESK_COUNTS}), because some count a court's contacts this month before
 * and after recording their own, and the others record contacts at the same courts.
 */
@ResourceLock(CourtDeskBrowserTest.COURT_DESK_COUNTS)
abstract class CourtDeskBrowserTest extends BrowserTest {

	/** The lock on the courts' counts of contacts, held by each court desk journey. */
	static final String COURT_DESK_COUNTS = "court desk counts";

	/** A phone's width and a desktop's, in CSS pixels. */
	static final int PHONE = 375;

	static final int DESKTOP = 1280;

	/**
	 * Starts the journey at the start page on a screen this wide, and signs in there.
	 */
	void startSignedIn(int width, String username, String password) {
		driver.manage().window().setSize(new Dimension(width, (width != DESKTOP) ? 812 : 1024));
		journeyFrom("/");
		signInHere(username, password);
	}

	/**
	 * Signs in from the page the browser shows (the start page, or the one signing out
	 * leads to) by its Sign in link, as a person does; the service opens their home page.
	 */
	void signInHere(String username, String password) {
		followVisible("Sign in");
		type("username", username);
		type("password", password);
		press("Sign in");
		assertThat(heading()).as("the home page after signing in").startsWith("Welcome");
	}

	/**
	 * Follows the first link with this text that shows on the screen (on a phone the
	 * service navigation's links are folded away behind its Menu button).
	 */
	void followVisible(String linkText) {
		var link = driver.findElements(By.linkText(linkText))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"No link '" + linkText + "' on the screen of " + driver.getCurrentUrl() + "; links: "
							+ driver.findElements(By.tagName("a"))
								.stream()
								.filter(WebElement::isDisplayed)
								.map(WebElement::getText)
								.collect(Collectors.joining(" | "))));
		click(link);
	}

	/** Follows the link in the page's main content that leads to this path. */
	void followTo(String path) {
		click(driver.findElement(By.cssSelector("main a[href='" + path + "']")));
	}

	/** Presses the home page's main action: its large green button. */
	void pressTheHomePageButton(String text) {
		click(driver.findElement(
				By.xpath("//main//a[contains(@class, 'fm-home-action') and normalize-space()='" + text + "']")));
	}

	/** Goes home by the service's name in the header, as a person does. */
	void goHome() {
		click(driver.findElement(By.cssSelector(".govuk-service-navigation__service-name a")));
		assertThat(heading()).startsWith("Welcome");
	}

	/** The text of the home page's section with this heading. */
	String homeSection(String heading) {
		return driver
			.findElement(By.xpath("//section[contains(@class, 'fm-home-section')][h2[starts-with(normalize-space(), '"
					+ heading + "')]]"))
			.getText();
	}

	/**
	 * With the signal back, waits until the page says a waiting contact was sent ("Sent:
	 * CD-…"), pressing the outbox's Send when it shows, as a volunteer would; the page
	 * may be sending already, hiding or moving the button as it is pressed.
	 */
	void sendTheWaitingContacts(String what) {
		waitUntil(() -> {
			if (text().contains("Sent: CD-")) {
				return true;
			}
			var send = driver.findElements(By.id("outbox-send"));
			try {
				if (!send.isEmpty() && send.get(0).isDisplayed()) {
					send.get(0).click();
				}
			}
			catch (ElementNotInteractableException | StaleElementReferenceException sending) {
				// Sending already: the next look finds it sent.
			}
			return false;
		}, what);
	}

	/** Clicks a link, waits for the page it leads to, and checks it. */
	void click(WebElement link) {
		link.click();
		var wait = waitFor(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.stalenessOf(link));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
				&& !d.getTitle().isEmpty());
		checkPage();
	}

}
