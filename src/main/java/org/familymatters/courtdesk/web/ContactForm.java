package org.familymatters.courtdesk.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/**
 * What the contact form sends, as typed. The fields are declared in the form's order,
 * which the error summary follows. The personal fields (given name to explained) count
 * only when the answer to "agrees to be contacted" is yes.
 */
public class ContactForm {

	private String idempotencyKey;

	private DateParts met = new DateParts();

	private String time;

	private String relationship;

	private String outcome;

	private String sentenceBand;

	private String firstTimeInCustody;

	private String children;

	private String childrenUnder5;

	private String children5To11;

	private String children12To17;

	private List<String> concerns = new ArrayList<>();

	private List<String> leaflets = new ArrayList<>();

	private String serviceSearch;

	private List<String> services = new ArrayList<>();

	private String emotionalSupport;

	private String agreesToContact;

	private String givenName;

	private String familyName;

	private String phone;

	private String email;

	private String localityId;

	private String bestTime;

	private List<String> explained = new ArrayList<>();

	/** Whether the person said yes to being contacted. */
	boolean agreed() {
		return "yes".equals(agreesToContact);
	}

	/**
	 * Forgets everything typed about the person: kept nowhere, not even on the page shown
	 * again.
	 */
	void forgetPerson() {
		givenName = null;
		familyName = null;
		phone = null;
		email = null;
		localityId = null;
		bestTime = null;
		explained = new ArrayList<>();
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public DateParts getMet() {
		return met;
	}

	public void setMet(DateParts met) {
		this.met = met;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getRelationship() {
		return relationship;
	}

	public void setRelationship(String relationship) {
		this.relationship = relationship;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getSentenceBand() {
		return sentenceBand;
	}

	public void setSentenceBand(String sentenceBand) {
		this.sentenceBand = sentenceBand;
	}

	public String getFirstTimeInCustody() {
		return firstTimeInCustody;
	}

	public void setFirstTimeInCustody(String firstTimeInCustody) {
		this.firstTimeInCustody = firstTimeInCustody;
	}

	public String getChildren() {
		return children;
	}

	public void setChildren(String children) {
		this.children = children;
	}

	public String getChildrenUnder5() {
		return childrenUnder5;
	}

	public void setChildrenUnder5(String childrenUnder5) {
		this.childrenUnder5 = childrenUnder5;
	}

	public String getChildren5To11() {
		return children5To11;
	}

	public void setChildren5To11(String children5To11) {
		this.children5To11 = children5To11;
	}

	public String getChildren12To17() {
		return children12To17;
	}

	public void setChildren12To17(String children12To17) {
		this.children12To17 = children12To17;
	}

	public List<String> getConcerns() {
		return concerns;
	}

	public void setConcerns(List<String> concerns) {
		this.concerns = concerns;
	}

	public List<String> getLeaflets() {
		return leaflets;
	}

	public void setLeaflets(List<String> leaflets) {
		this.leaflets = leaflets;
	}

	public String getServiceSearch() {
		return serviceSearch;
	}

	public void setServiceSearch(String serviceSearch) {
		this.serviceSearch = serviceSearch;
	}

	public List<String> getServices() {
		return services;
	}

	public void setServices(List<String> services) {
		this.services = services;
	}

	public String getEmotionalSupport() {
		return emotionalSupport;
	}

	public void setEmotionalSupport(String emotionalSupport) {
		this.emotionalSupport = emotionalSupport;
	}

	public String getAgreesToContact() {
		return agreesToContact;
	}

	public void setAgreesToContact(String agreesToContact) {
		this.agreesToContact = agreesToContact;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
	}

	public String getBestTime() {
		return bestTime;
	}

	public void setBestTime(String bestTime) {
		this.bestTime = bestTime;
	}

	public List<String> getExplained() {
		return explained;
	}

	public void setExplained(List<String> explained) {
		this.explained = explained;
	}

}
