package org.familymatters.release.web;

/** One adult's answer: agrees, does not agree or not asked, with a note. */
public class AgreementAnswer {

	private String personId;

	private String answer;

	private String note;

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
