package org.familymatters.family.web;

import org.familymatters.shared.web.DateParts;

/** What the custody episode form sends, as typed; {@link FamilyFormCheck} checks it. */
public class CustodyForm {

	private String personId;

	private String prisonId;

	private String prisonNumber;

	private DateParts remandedOn = new DateParts();

	private DateParts sentencedOn = new DateParts();

	private String sentence;

	private DateParts expectedReleaseOn = new DateParts();

	private DateParts releasedOn = new DateParts();

	private Long version;

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public String getPrisonId() {
		return prisonId;
	}

	public void setPrisonId(String prisonId) {
		this.prisonId = prisonId;
	}

	public String getPrisonNumber() {
		return prisonNumber;
	}

	public void setPrisonNumber(String prisonNumber) {
		this.prisonNumber = prisonNumber;
	}

	public DateParts getRemandedOn() {
		return remandedOn;
	}

	public void setRemandedOn(DateParts remandedOn) {
		this.remandedOn = remandedOn;
	}

	public DateParts getSentencedOn() {
		return sentencedOn;
	}

	public void setSentencedOn(DateParts sentencedOn) {
		this.sentencedOn = sentencedOn;
	}

	public String getSentence() {
		return sentence;
	}

	public void setSentence(String sentence) {
		this.sentence = sentence;
	}

	public DateParts getExpectedReleaseOn() {
		return expectedReleaseOn;
	}

	public void setExpectedReleaseOn(DateParts expectedReleaseOn) {
		this.expectedReleaseOn = expectedReleaseOn;
	}

	public DateParts getReleasedOn() {
		return releasedOn;
	}

	public void setReleasedOn(DateParts releasedOn) {
		this.releasedOn = releasedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
