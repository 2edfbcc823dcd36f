package org.familymatters.directory.internal;

import java.util.List;
import java.util.Map;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import org.springframework.stereotype.Component;

/**
 * Turns the Markdown staff write into HTML that is safe to put on a public page, styled
 * with GOV.UK Frontend's classes. Raw HTML is shown as text, never run; links may only go
 * to web pages, e-mail addresses and telephone numbers; images only from this site (the
 * content security policy would block others anyway).
 */
@Component
public class GuideMarkdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new SafeUrls())
		.attributeProviderFactory(context -> new GovukClasses())
		.build();

	public String toHtml(String markdown) {
		return (markdown != null) ? renderer.render(parser.parse(markdown)) : "";
	}

	/** GOV.UK Frontend's classes on the elements Markdown makes. */
	private static final class GovukClasses implements AttributeProvider {

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			var css = classFor(node);
			if (css != null) {
				attributes.put("class", css);
			}
			if (node instanceof Link link && withinTheService(link.getDestination())) {
				// Links within the service are ours to follow; "nofollow" is for the
				// rest.
				attributes.remove("rel");
			}
		}

		/**
		 * A path on this site: starts with one slash. Two slashes (or a slash and a
		 * backslash, which browsers read alike) start another site's address.
		 */
		private static boolean withinTheService(String destination) {
			return destination.startsWith("/") && !SafeUrls.otherSite(destination);
		}

		private static String classFor(Node node) {
			if (node instanceof Heading heading) {
				return (heading.getLevel() != 1) ? (heading.getLevel() == 2) ? "govuk-heading-m" : "govuk-heading-s"
						: "govuk-heading-l";
			}
			if (node instanceof Paragraph) {
				return "govuk-body";
			}
			if (node instanceof BulletList) {
				return "govuk-list govuk-list--bullet";
			}
			if (node instanceof OrderedList) {
				return "govuk-list govuk-list--number";
			}
			if (node instanceof Link) {
				return "govuk-link";
			}
			if (node instanceof BlockQuote) {
				return "govuk-inset-text";
			}
			if (node instanceof ThematicBreak) {
				return "govuk-section-break govuk-section-break--m govuk-section-break--visible";
			}
			if (node instanceof Image) {
				return "fm-guide-image";
			}
			return null;
		}

	}

	/**
	 * Links to the web, e-mail and telephone, or within this site; images only from this
	 * site.
	 */
	private static final class SafeUrls implements UrlSanitizer {

		private final DefaultUrlSanitizer links = new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"));

		/**
		 * A protocol-relative link ({@code //evil.example}) goes to another site: it is
		 * written out with https, as a link elsewhere.
		 */
		@Override
		public String sanitizeLinkUrl(String url) {
			var sanitized = links.sanitizeLinkUrl(url);
			return otherSite(sanitized) ? "https://" + sanitized.substring(2) : sanitized;
		}

		static boolean otherSite(String url) {
			return url.startsWith("//") || url.startsWith("/\\");
		}

		@Override
		public String sanitizeImageUrl(String url) {
			var sanitized = links.sanitizeImageUrl(url);
			return (sanitized.startsWith("/") && !otherSite(sanitized)) ? sanitized : "";
		}

	}

}
