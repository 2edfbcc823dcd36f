package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the staff referral form sends. Everything is text as typed, so that a mistake can
 * be shown back by the field; the field names are those of
 * {@link org.familymatters.referral.NewReferral}, so the intake's problems land on them.
 */
public class ReferralForm {

	private String source;

	private String idempotencyKey;

	private String referrerName;

	private String referrerEmail;

	private String referrerPhone;

	private String referrerOrganisationId;

	private String referrerOrganisationName;

	private String localityId;

	private List<PersonForm> people = new ArrayList<>();

	private String reason;

	private List<String> needs = new ArrayList<>();

	private List<String> criteria = new ArrayList<>();

	private List<String> consentToContact = new ArrayList<>();

	private String bestTimeToCall;

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getReferrerName() {
		return referrerName;
	}

	public void setReferrerName(String referrerName) {
		this.referrerName = referrerName;
	}

	public String getReferrerEmail() {
		return referrerEmail;
	}

	public void setReferrerEmail(String referrerEmail) {
		this.referrerEmail = referrerEmail;
	}

	public String getReferrerPhone() {
		return referrerPhone;
	}

	public void setReferrerPhone(String referrerPhone) {
		this.referrerPhone = referrerPhone;
	}

	public String getReferrerOrganisationId() {
		return referrerOrganisationId;
	}

	public void setReferrerOrganisationId(String referrerOrganisationId) {
		this.referrerOrganisationId = referrerOrganisationId;
	}

	public String getReferrerOrganisationName() {
		return referrerOrganisationName;
	}

	public void setReferrerOrganisationName(String referrerOrganisationName) {
		this.referrerOrganisationName = referrerOrganisationName;
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
	}

	public List<PersonForm> getPeople() {
		return people;
	}

	public void setPeople(List<PersonForm> people) {
		this.people = people;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs;
	}

	public List<String> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<String> criteria) {
		this.criteria = criteria;
	}

	public List<String> getConsentToContact() {
		return consentToContact;
	}

	public void setConsentToContact(List<String> consentToContact) {
		this.consentToContact = consentToContact;
	}

	public String getBestTimeToCall() {
		return bestTimeToCall;
	}

	public void setBestTimeToCall(String bestTimeToCall) {
		this.bestTimeToCall = bestTimeToCall;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
