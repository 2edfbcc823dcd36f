package org.familymatters.directory.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the form that attaches a resource's file sends: the file, what changed, and the
 * number of the version the editor saw (0 for none).
 */
public class ResourceFileForm {

	/** The message codes of the form's fields start with this. */
	static final String PREFIX = "resourceFile";

	private MultipartFile file;

	private String changeNote;

	private Integer seen;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public Integer getSeen() {
		return seen;
	}

	public void setSeen(Integer seen) {
		this.seen = seen;
	}

}
