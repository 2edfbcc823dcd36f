package org.familymatters.plan.web;

/**
 * One need area of the assessment form: its score (1 to 5, or none), a note and the
 * family's view.
 */
public class AreaAnswer {

	private String needAreaId;

	private String score;

	private String note;

	private String familyView;

	public String getNeedAreaId() {
		return needAreaId;
	}

	public void setNeedAreaId(String needAreaId) {
		this.needAreaId = needAreaId;
	}

	public String getScore() {
		return score;
	}

	public void setScore(String score) {
		this.score = score;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getFamilyView() {
		return familyView;
	}

	public void setFamilyView(String familyView) {
		this.familyView = familyView;
	}

}
