package org.familymatters.plan.web;

import org.familymatters.shared.web.DateParts;

/** What the review form sends. */
public class ReviewForm {

	private DateParts reviewedOn = new DateParts();

	private String attended;

	private String whatChanged;

	private DateParts nextReviewOn = new DateParts();

	private Long version;

	public DateParts getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(DateParts reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public String getAttended() {
		return attended;
	}

	public void setAttended(String attended) {
		this.attended = attended;
	}

	public String getWhatChanged() {
		return whatChanged;
	}

	public void setWhatChanged(String whatChanged) {
		this.whatChanged = whatChanged;
	}

	public DateParts getNextReviewOn() {
		return nextReviewOn;
	}

	public void setNextReviewOn(DateParts nextReviewOn) {
		this.nextReviewOn = nextReviewOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
