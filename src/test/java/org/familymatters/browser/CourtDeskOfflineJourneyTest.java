package org.familymatters.browser;

import java.util.Map;
import java.util.UUID;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Courts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer records a contact while the signal is gone, on a phone (375 px), starting
 * at the start page and going from their home page's "Record a contact": the form opens
 * from the phone's copy, the contact waits on the phone and the page says so, and when
 * the signal returns it is sent, once — even when it is sent a second time because an
 * answer was lost. On a shared phone: the phone's copy of the form names nobody; signing
 * out with contacts waiting asks to send or delete them; after signing out nothing of the
 * service is left on the phone.
 */
class CourtDeskOfflineJourneyTest extends CourtDeskBrowserTest {

	@Autowired
	CourtDeskContactData data;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = PHONE)
	void aContactRecordedOfflineIsSentOnceWhenTheSignalReturns(int width) {
		var volunteer = data.volunteer(Courts.READING);
		var id = volunteer.account().id();
		startSignedIn(width, volunteer.account().username(), volunteer.oneTimePassword());
		pressTheHomePageButton("Record a contact");
		assertThat(heading()).isEqualTo("Record a contact");

		// The service worker takes the page over and keeps a copy of the form.
		var js = (JavascriptExecutor) driver;
		assertThat(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(() => done(true), () => done(false));
				""")).isEqualTo(true);
		navigateTo("Record a contact");
		waitUntil(() -> Boolean.TRUE.equals(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.match('/court-desk/contacts/new').then(r => done(!!r), () => done(false));
				""")), "the form kept on the phone");

		offline(true);
		driver.navigate().refresh();
		checkPage();
		assertThat(heading()).as("the form opens with no signal").isEqualTo("Record a contact");
		assertThat(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/court-desk/contacts/new', { cache: 'no-store' }).then(() => done('reached'), () => done('cut'));
				""")).as("the page, and its service worker, have no network: the form came from the phone's copy")
			.isEqualTo("cut");

		choose("relationship");
		choose("outcome");
		choose("sentenceBand-1");
		choose("firstTimeInCustody");
		type("children", "2");
		type("childrenUnder5", "1");
		choose("emotionalSupport");
		choose("agreesToContact-1");
		var key = (String) js.executeScript("return document.querySelector('input[name=idempotencyKey]').value");
		driver.findElement(By.xpath("//button[normalize-space()='Save contact']")).click();
		waitUntil(() -> text().contains("1 contact is waiting to be sent. It will be sent when you are back online."),
				"the contact waiting on the phone");
		assertThat(text()).contains("You are offline. The contact is saved on this phone.")
			.contains("Contact saved at ");
		checkPage();
		assertThat(data.contactsBy(id)).as("nothing reached the service").isZero();
		assertThat(js.executeScript("return document.querySelector('input[name=idempotencyKey]').value"))
			.as("the cleared form has a fresh key")
			.isNotEqualTo(key);
		assertThat(driver.findElement(By.id("relationship")).isSelected()).isFalse();
		var outbox = (String) js.executeScript("return localStorage.getItem('fm-court-desk-outbox')");
		assertThat(outbox).contains(key).doesNotContain("givenName");

		// Opened again with no signal, the page still says what waits.
		driver.navigate().refresh();
		checkPage();
		assertThat(text()).contains("1 contact is waiting to be sent");

		offline(false);
		sendTheWaitingContacts("the contact sent when the signal returned");
		checkPage();
		assertThat(text()).contains("No contact is waiting to be sent.");
		assertThat(data.contactsBy(id)).isOne();
		assertThat(jdbc.sql("select count(*) from court_desk_contact where recorded_by = :v and idempotency_key = :k")
			.param("v", id)
			.param("k", UUID.fromString(key))
			.query(Long.class)
			.single()).isOne();

		// The answer was lost, say: the same contact is sent again, and acknowledged, not
		// stored twice.
		js.executeScript("localStorage.setItem('fm-court-desk-outbox', arguments[0])", outbox);
		driver.navigate().refresh();
		waitUntil(() -> text().contains("Already received: CD-"), "the second sending acknowledged");
		checkPage();
		assertThat(data.contactsBy(id)).isOne();
		var row = jdbc.sql(
				"select children_count, agrees_to_contact, sentence_band from court_desk_contact where recorded_by = :v")
			.param("v", id)
			.query()
			.singleRow();
		assertThat(row)
			.isEqualTo(Map.of("children_count", 2, "agrees_to_contact", false, "sentence_band", "1_to_4_years"));
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = PHONE)
	void onASharedPhoneSigningOutAsksAboutWaitingContactsThenLeavesNothingBehind(int width) {
		var volunteer = data.volunteer(Courts.READING);
		var id = volunteer.account().id();
		var name = volunteer.account().displayName();
		var username = volunteer.account().username();
		startSignedIn(width, username, volunteer.oneTimePassword());
		pressTheHomePageButton("Record a contact");
		var js = (JavascriptExecutor) driver;
		js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(() => done(true), () => done(false));
				""");
		navigateTo("Record a contact");
		assertThat(text()).as("the page itself says who is signed in").contains(name);
		waitUntil(() -> Boolean.TRUE.equals(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.match('/court-desk/contacts/new').then(r => done(!!r), () => done(false));
				""")), "the form kept on the phone");
		var kept = (String) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.match('/court-desk/contacts/new').then(r => r.text()).then(done, () => done(''));
				""");
		assertThat(kept).as("the phone's copy of the form")
			.contains("Record a contact")
			.doesNotContain(name)
			.doesNotContain(username);

		// A contact saved with no signal waits on the phone.
		offline(true);
		choose("relationship");
		choose("outcome");
		choose("sentenceBand-1");
		choose("firstTimeInCustody");
		type("children", "1");
		choose("emotionalSupport");
		choose("agreesToContact-1");
		driver.findElement(By.xpath("//button[normalize-space()='Save contact']")).click();
		waitUntil(() -> text().contains("1 contact is waiting to be sent"), "the contact waiting on the phone");
		var outbox = (String) js.executeScript("return localStorage.getItem('fm-court-desk-outbox')");
		// Taken out while the signal returns (which would send it at once), and put back.
		js.executeScript("localStorage.removeItem('fm-court-desk-outbox')");
		offline(false);
		driver.navigate().refresh();
		checkPage();
		js.executeScript("localStorage.setItem('fm-court-desk-outbox', arguments[0])", outbox);

		// Signing out asks first; staying signed in changes nothing.
		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitUntil(() -> !driver.findElements(By.id("sign-out-outbox")).isEmpty(), "the question before signing out");
		assertThat(text()).contains("1 contact is still waiting on this phone to be sent.");
		checkPage();
		press("Stay signed in");
		assertThat(driver.findElements(By.id("sign-out-outbox"))).isEmpty();
		assertThat(data.contactsBy(id)).isZero();

		// Sending it and signing out: it arrives once, and the phone keeps nothing.
		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitUntil(() -> !driver.findElements(By.id("sign-out-outbox")).isEmpty(), "the question before signing out");
		driver.findElement(By.xpath("//button[normalize-space()='Send it and sign out']")).click();
		waitUntil(this::signedOut, "signed out after sending");
		checkPage();
		assertThat(data.contactsBy(id)).isOne();
		assertNothingLeft(js);

		// Elsewhere than the form, deleting what waits is the other way out.
		signInHere(username, volunteer.oneTimePassword());
		followVisible("Your shifts");
		js.executeScript("localStorage.setItem('fm-court-desk-outbox', arguments[0])", outbox);
		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitUntil(() -> !driver.findElements(By.id("sign-out-outbox")).isEmpty(), "the question before signing out");
		assertThat(driver.findElement(By.linkText("Go to the contact waiting")).getAttribute("href"))
			.endsWith("/court-desk/contacts/new");
		checkPage();
		driver.findElement(By.xpath("//button[normalize-space()='Delete it and sign out']")).click();
		waitUntil(this::signedOut, "signed out after deleting");
		assertThat(data.contactsBy(id)).isOne();
		assertNothingLeft(js);
	}

	/**
	 * Whether the start page says so, once the page has left (the old one goes stale).
	 */
	private boolean signedOut() {
		try {
			return driver.getCurrentUrl().contains("signed-out") && text().contains("You have signed out");
		}
		catch (StaleElementReferenceException ex) {
			return false;
		}
	}

	/** After signing out the service's data on the phone is gone (Clear-Site-Data). */
	private void assertNothingLeft(JavascriptExecutor js) {
		waitUntil(() -> Long.valueOf(0).equals(js.executeScript("return localStorage.length")),
				"the phone's storage cleared");
		assertThat(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.keys().then(keys => done(keys.length), () => done(-1));
				""")).as("the service worker's copies").isEqualTo(0L);
		assertThat(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.getRegistrations().then(r => done(r.length), () => done(-1));
				""")).as("service workers").isEqualTo(0L);
	}

}
