package org.familymatters.browser;

import java.util.UUID;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker adds a resource; a member of the public then finds it on the resources
 * page, on a phone.
 */
class ResourcesJourneyTest extends BrowserTest {

	@Test
	void aSupportWorkerAddsAResourceAndThePublicFindIt() {
		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		assertThat(navigation()).contains("Resources");
		follow("Resources");
		follow("Add or change resources");
		assertThat(heading()).isEqualTo("Manage resources");
		follow("Add a resource");
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
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		type("url", "https://www.example.org/family-days");
		press("Save resource");
		assertThat(text()).contains("Resource added: " + title).contains(title);
		signOut();

		visit("/");
		follow("resources page");
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

		driver.manage().window().setSize(new Dimension(320, 800));
		visit("/resources");
		var js = (JavascriptExecutor) driver;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width at 320 px").isLessThanOrEqualTo(viewport);
		assertThat(text()).contains(title).contains("Hidden Sentence").contains("Family Matters court desks");
		follow("Policy reports and frameworks");
		assertThat(driver.getCurrentUrl()).endsWith("#policy");
	}

}
