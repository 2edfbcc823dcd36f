package org.familymatters.training.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the material form sends, as typed: a title, a file or a web address, and whether
 * to publish it at once. Checked by {@link MaterialFormCheck}.
 */
public class MaterialForm {

	private String title;

	private MultipartFile file;

	private String url;

	private String published;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getPublished() {
		return published;
	}

	public void setPublished(String published) {
		this.published = published;
	}

}
