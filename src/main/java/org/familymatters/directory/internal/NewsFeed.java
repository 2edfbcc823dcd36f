package org.familymatters.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * The news as an Atom 1.0 feed ({@code /news/feed.atom}), built with ROME: one entry for
 * each of the newest published items, its content the same safe HTML the news page shows.
 * Ids are stable URNs (the feed's a constant, each entry's its item's id), so a reader
 * never sees an item twice; links are absolute, on the service's public address.
 */
@Component
public class NewsFeed {

	/** The feed's own id: never changes. */
	static final String FEED_ID = "urn:uuid:6f2b1c3e-5a4d-4e8f-9b70-16a0c0ffee16";

	/** The path the feed is served at. */
	public static final String PATH = "/news/feed.atom";

	/** Its media type. */
	public static final String MEDIA_TYPE = "application/atom+xml";

	/** How many of the newest items it carries. */
	static final int ENTRIES = 20;

	private final NewsItems news;

	private final GuideMarkdown markdown;

	private final PublicAddress address;

	private final Clock clock;

	NewsFeed(NewsItems news, GuideMarkdown markdown, PublicAddress address, Clock clock) {
		this.news = news;
		this.markdown = markdown;
		this.address = address;
		this.clock = clock;
	}

	/** The entry id of an item. */
	public static String entryId(NewsItem item) {
		return "urn:uuid:" + item.id();
	}

	/** The feed as XML. */
	public String atom() {
		var items = news.latestPublished(ENTRIES);
		var feed = new Feed("atom_1.0");
		feed.setId(FEED_ID);
		feed.setTitle("Family Matters news");
		feed.setSubtitle(text("News and newsletters from Family Matters, for the families of prisoners and the "
				+ "people who work with them."));
		feed.setUpdated(Date.from(items.stream()
			.map(NewsItem::updatedAt)
			.max(Comparator.naturalOrder())
			.orElseGet(() -> Instant.now(clock))));
		feed.setLanguage("en-GB");
		var author = new Person();
		author.setName("Family Matters");
		feed.setAuthors(List.of(author));
		feed.setOtherLinks(List.of(link("self", PATH, MEDIA_TYPE)));
		feed.setAlternateLinks(List.of(link("alternate", "/news", "text/html")));
		feed.setEntries(items.stream().map(this::entry).toList());
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The news feed could not be written", ex);
		}
	}

	private Entry entry(NewsItem item) {
		var entry = new Entry();
		entry.setId(entryId(item));
		entry.setTitle(item.title());
		entry.setUpdated(Date.from(item.updatedAt()));
		entry.setPublished(Date.from(item.publishedOn().atStartOfDay(ServiceTime.ZONE).toInstant()));
		entry.setSummary(text(item.summary()));
		entry.setAlternateLinks(List.of(link("alternate", item.href(), "text/html")));
		var content = new Content();
		content.setType(Content.HTML);
		content.setValue(markdown.toHtml(item.body()));
		entry.setContents(List.of(content));
		return entry;
	}

	private Link link(String rel, String path, String type) {
		var link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(address.link(path));
		return link;
	}

	private static Content text(String value) {
		var content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

}
