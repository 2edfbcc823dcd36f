package org.familymatters.directory.web;

import java.nio.charset.StandardCharsets;

import org.familymatters.directory.internal.GuideMarkdown;
import org.familymatters.directory.internal.NewsFeed;
import org.familymatters.directory.internal.NewsItems;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.NotFound;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The news and newsletters, newest first, each on its own page, and their Atom feed. No
 * sign-in; drafts are not found.
 */
@Controller
@Public
class NewsController {

	/** Items on a page of the list. */
	static final int PAGE_SIZE = 10;

	private final NewsItems news;

	private final NewsFeed feed;

	private final GuideMarkdown markdown;

	NewsController(NewsItems news, NewsFeed feed, GuideMarkdown markdown) {
		this.news = news;
		this.feed = feed;
		this.markdown = markdown;
	}

	@GetMapping("/news")
	String list(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("items", news.published(StaffLists.pageNumber(page), PAGE_SIZE));
		model.addAttribute("pageUrl", "/news");
		model.addAttribute("atomFeed", NewsFeed.PATH);
		return "directory/news";
	}

	@GetMapping("/news/{slug}")
	String item(@PathVariable String slug, Model model) {
		var item = news.findPublished(slug).orElseThrow(() -> new NotFound("news item", slug));
		model.addAttribute("item", item);
		model.addAttribute("html", markdown.toHtml(item.body()));
		model.addAttribute("atomFeed", NewsFeed.PATH);
		return "directory/news-item";
	}

	@GetMapping(NewsFeed.PATH)
	ResponseEntity<String> atom() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
			.body(feed.atom());
	}

}
