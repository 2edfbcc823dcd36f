package org.familymatters.family.web;

import org.springframework.web.multipart.MultipartFile;

/** What the attachment form sends: the file and what it is. */
public class AttachmentForm {

	private MultipartFile file;

	private String description;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
