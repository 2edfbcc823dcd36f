package org.familymatters.directory;

import java.util.regex.Pattern;

import org.familymatters.directory.internal.GuideMarkdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff-written Markdown becomes GOV.UK-styled HTML that cannot run anything. */
class GuideMarkdownTest {

	private final GuideMarkdown markdown = new GuideMarkdown();

	@Test
	void rawHtmlIsShownAsTextNotRun() {
		var html = markdown.toHtml("""
				Before

				<script>alert('block')</script>

				Inline <script>alert('inline')</script> and <img src=x onerror=alert(1)> here.
				""");
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.contains("&lt;script&gt;alert('block')&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void unsafeLinksLoseTheirAddress() {
		var html = markdown.toHtml("""
				[one](javascript:alert(1)) [two](JavaScript:alert(2)) [three](javascript&#58;alert(3))
				[four](<javascript:alert(4)>) [five](vbscript:msgbox(5)) [six](data:text/html;base64,PHNjcmlwdD4=)

				[seven]: javascript:alert(7)

				[seven] <javascript:alert(8)>

				![image](javascript:alert(9)) ![elsewhere](https://example.org/tracker.png)
				""");
		var addresses = Pattern.compile("(href|src)=\"([^\"]*)\"")
			.matcher(html)
			.results()
			.map(m -> m.group(2))
			.toList();
		assertThat(addresses).hasSize(10).containsOnly("");
		assertThat(html).contains("<a rel=\"nofollow\" href=\"\" class=\"govuk-link\">one</a>")
			.contains("<img src=\"\" alt=\"elsewhere\" class=\"fm-guide-image\" />");
	}

	@Test
	void safeLinksAreKept() {
		var html = markdown.toHtml("[Find support](/support?need=1&place=2), [a site](https://example.org/a_b), "
				+ "[write](mailto:help@example.org) and ![map](/assets/images/map.png)");
		assertThat(html).contains("<a href=\"/support?need=1&amp;place=2\" class=\"govuk-link\">Find support</a>")
			.contains("<a rel=\"nofollow\" href=\"https://example.org/a_b\" class=\"govuk-link\">a site</a>")
			.contains("href=\"mailto:help@example.org\"")
			.contains("<img src=\"/assets/images/map.png\" alt=\"map\" class=\"fm-guide-image\" />")
			.doesNotContain("target=");
	}

	@Test
	void elementsHaveGovukClasses() {
		var html = markdown.toHtml("""
				# Big

				## Section

				### Part

				A paragraph.

				- one
				- two

				1. first
				2. second

				> Remember this.

				---
				""");
		assertThat(html).contains("<h1 class=\"govuk-heading-l\">Big</h1>")
			.contains("<h2 class=\"govuk-heading-m\">Section</h2>")
			.contains("<h3 class=\"govuk-heading-s\">Part</h3>")
			.contains("<p class=\"govuk-body\">A paragraph.</p>")
			.contains("<ul class=\"govuk-list govuk-list--bullet\">")
			.contains("<ol class=\"govuk-list govuk-list--number\">")
			.contains("<blockquote class=\"govuk-inset-text\">")
			.contains("<hr class=\"govuk-section-break govuk-section-break--m govuk-section-break--visible\" />");
	}

	/**
	 * Issue 12: a protocol-relative link ({@code //evil.example}) goes to another site,
	 * so it is an external link (rel="nofollow", with its scheme written out), never
	 * treated as one within the service; nor is its backslash form, which browsers read
	 * the same way.
	 */
	@Test
	void protocolRelativeLinksAreExternal() {
		var html = markdown.toHtml("[looks internal](//evil.example/support) and [also](/\\evil.example/guides)");
		assertThat(html)
			.contains(
					"<a rel=\"nofollow\" href=\"https://evil.example/support\" class=\"govuk-link\">looks internal</a>")
			.contains("<a rel=\"nofollow\" href=\"https://evil.example/guides\" class=\"govuk-link\">also</a>")
			.doesNotContain("href=\"//")
			.doesNotContain("href=\"/\\");
	}

	@Test
	void nothingBecomesNothing() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("")).isEmpty();
	}

}
