package org.familymatters.directory.web;

import org.familymatters.directory.internal.NewsItem;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;

/**
 * What the news form sends, as typed; {@link #check} turns it into a draft or puts each
 * mistake on its field.
 */
public class NewsForm {

	/** The message codes of the form's fields start with this. */
	static final String PREFIX = "newsItem";

	private String kind;

	private String title;

	private String slug;

	private String summary;

	private String body;

	private String status;

	private DateParts publishedOn = new DateParts();

	private Long version;

	static NewsForm of(NewsItem item) {
		var form = new NewsForm();
		form.kind = item.kind().code();
		form.title = item.title();
		form.slug = item.slug();
		form.summary = item.summary();
		form.body = item.body();
		form.status = item.status().code();
		form.publishedOn = DateParts.of(item.publishedOn());
		form.version = item.version();
		return form;
	}

	/**
	 * The draft the form asks for; null when any field has a problem. Whether the address
	 * is another item's is for the caller to check.
	 */
	NewsItem.Draft check(FormCheck check) {
		var checkedKind = check.requiredChoice("kind", kind, NewsItem.Kind::fromCode);
		var checkedTitle = check.requiredText("title", title, NewsItem.TITLE_MAX);
		var checkedSlug = check.text("slug", slug, NewsItem.SLUG_MAX);
		if (checkedSlug != null && !NewsItem.isSlug(checkedSlug)) {
			check.reject("slug", "format");
		}
		var checkedSummary = check.requiredText("summary", summary, NewsItem.SUMMARY_MAX);
		var checkedBody = check.requiredText("body", body, NewsItem.BODY_MAX);
		var checkedStatus = check.requiredChoice("status", status, NewsItem.Status::fromCode);
		var checkedDate = check.date("publishedOn", publishedOn);
		if (check.failed()) {
			return null;
		}
		return new NewsItem.Draft(checkedKind, checkedSlug, checkedTitle, checkedSummary, checkedBody, checkedStatus,
				checkedDate);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public DateParts getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(DateParts publishedOn) {
		this.publishedOn = (publishedOn != null) ? publishedOn : new DateParts();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
