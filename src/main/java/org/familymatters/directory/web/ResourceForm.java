package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.directory.internal.Resource;
import org.familymatters.directory.internal.ResourceDraft;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

/**
 * What the resource form sends, kept as typed so that a mistake is shown back to be
 * corrected; {@link #check} turns it into a draft or puts each mistake on its field.
 */
public class ResourceForm {

	/** The message codes of the form's fields start with this. */
	static final String PREFIX = "resource";

	private String title;

	private String kind;

	private String publisher;

	private String summary;

	private String url;

	private List<String> audiences = new ArrayList<>();

	private String topic;

	private Long version;

	static ResourceForm of(Resource resource) {
		var form = new ResourceForm();
		form.title = resource.title();
		form.kind = resource.kind().code();
		form.publisher = resource.publisher();
		form.summary = resource.summary();
		form.url = resource.url();
		form.audiences = new ArrayList<>(resource.audiences().stream().map(Resource.Audience::code).toList());
		form.topic = (resource.topic() != null) ? resource.topic().id().toString() : "";
		form.version = resource.version();
		return form;
	}

	/**
	 * The draft the form asks for; null when any field has a problem.
	 * @param topics finds a topic (a term of the needs taxonomy) by its id
	 */
	ResourceDraft check(FormCheck check, Function<UUID, Optional<UUID>> topics) {
		var checkedTitle = check.requiredText("title", title, Resource.TITLE_MAX);
		var checkedKind = check.requiredChoice("kind", kind, Resource.Kind::fromCode);
		var checkedPublisher = check.text("publisher", publisher, Resource.PUBLISHER_MAX);
		var checkedSummary = check.requiredText("summary", summary, Resource.SUMMARY_MAX);
		var checkedUrl = check.webAddress("url", url);
		var checkedAudiences = new ArrayList<Resource.Audience>();
		for (var code : audiences) {
			var audience = check.choice("audiences", code, Resource.Audience::fromCode);
			if (audience != null && !checkedAudiences.contains(audience)) {
				checkedAudiences.add(audience);
			}
		}
		if (checkedAudiences.isEmpty()) {
			check.reject("audiences", "required");
		}
		var checkedTopic = check.choice("topic", topic, value -> Input.identifier(value).toOptional().flatMap(topics));
		if (check.failed()) {
			return null;
		}
		return new ResourceDraft(checkedKind, checkedTitle, checkedPublisher, checkedSummary, checkedUrl,
				List.copyOf(checkedAudiences), checkedTopic);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public List<String> getAudiences() {
		return audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = (audiences != null) ? audiences : new ArrayList<>();
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
