package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.familymatters.directory.Resource;

/**
 * What the resource form sends, kept as typed so that a mistake is shown back to be
 * corrected.
 */
public class ResourceForm {

	@NotBlank(message = "{resource.title.required}")
	@Size(max = Resource.TITLE_MAX, message = "{resource.title.tooLong}")
	private String title;

	@NotBlank(message = "{resource.kind.required}")
	private String kind;

	@Size(max = Resource.PUBLISHER_MAX, message = "{resource.publisher.tooLong}")
	private String publisher;

	@NotBlank(message = "{resource.summary.required}")
	@Size(max = Resource.SUMMARY_MAX, message = "{resource.summary.tooLong}")
	private String summary;

	@Size(max = Resource.URL_MAX, message = "{resource.url.tooLong}")
	private String url;

	@NotEmpty(message = "{resource.audiences.required}")
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
