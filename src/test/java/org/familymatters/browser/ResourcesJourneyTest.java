package org.familymatters.browser;

import java.util.UUID;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training coordinator, who keeps the resources until training is in the service,
 * starts at the start page, signs in, adds a resource from their home page (correcting
 * what the form points out) and finds it in the list; a member of the public then finds
 * it on the resources page by its audience and topic. By links and buttons only, on a
 * phone (375 px), every page checked for accessibility.
 */
class ResourcesJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aTrainingCoordinatorAddsAResourceAndThePublicFindIt(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signInFromTheStart("demo-trainer", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Resources you keep");
		follow("Add a resource");
		assertThat(heading()).isEqualTo("Add a resource");
		press("Save resource");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(text()).contains("Enter the resource's title").contains("Select who the resource is for");

		var title = "Family days at prison: a guide " + UUID.randomUUID().toString().substring(0, 8);
		type("title", title);
		driver.findElement(By.cssSelector("input[name=kind][value=media]")).click();
		type("publisher", "A families charity");
		type("summary", "A short film that shows a family day inside a prison, from arriving to saying goodbye.");
		type("url", "not a web address");
		driver.findElement(By.cssSelector("input[name=audiences][value=families]")).click();
		driver.findElement(By.cssSelector("input[name=audiences][value=children]")).click();
		new Select(driver.findElement(By.id("topic"))).selectByVisibleText("Prison visits");
		press("Save resource");
		assertThat(text()).contains("Enter a web address starting with https:// or http://");
		assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
		type("url", "https://www.example.org/family-days");
		press("Save resource");
		assertThat(text()).contains("Resource added: " + title);
		type("q", title);
		press("Search");
		assertThat(text()).contains("1 resource").contains(title);
		fits(width);
		screenshot("resources-staff-list-" + width);
		signOut();

		navigateTo("Resources");
		assertThat(heading()).isEqualTo("Resources, information and media");
		new Select(driver.findElement(By.id("audience"))).selectByVisibleText("Children and young people");
		new Select(driver.findElement(By.id("topic"))).selectByVisibleText("Prison visits");
		press("Show resources");
		assertThat(driver.getCurrentUrl()).contains("audience=children");
		assertThat(text()).contains("Showing resources for children and young people, about Prison visits.")
			.contains(title + " (another website)")
			.contains("A families charity")
			.contains("For: Families, Children and young people. Topic: Prison visits")
			.doesNotContain("Hidden Sentence");
		follow("Show all resources");
		assertThat(text()).contains(title).contains("Hidden Sentence");
		fits(width);
		follow("Policy reports and frameworks");
		assertThat(driver.getCurrentUrl()).endsWith("#policy");
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
