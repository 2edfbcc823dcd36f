package org.familymatters.training.web;

/**
 * What the feedback form sends: confidence before and after the session (1 to 5), what
 * the attendee will do differently and anything else, as typed.
 */
public class FeedbackForm {

	private String confidenceBefore;

	private String confidenceAfter;

	private String doDifferently;

	private String comments;

	public String getConfidenceBefore() {
		return confidenceBefore;
	}

	public void setConfidenceBefore(String confidenceBefore) {
		this.confidenceBefore = confidenceBefore;
	}

	public String getConfidenceAfter() {
		return confidenceAfter;
	}

	public void setConfidenceAfter(String confidenceAfter) {
		this.confidenceAfter = confidenceAfter;
	}

	public String getDoDifferently() {
		return doDifferently;
	}

	public void setDoDifferently(String doDifferently) {
		this.doDifferently = doDifferently;
	}

	public String getComments() {
		return comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}

}
