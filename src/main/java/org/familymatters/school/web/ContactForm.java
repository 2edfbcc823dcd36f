package org.familymatters.school.web;

/**
 * What the form to set a school's designated contact sends: the user chosen, and the
 * contact the form showed (empty when none), so that a save over someone else's change is
 * refused.
 */
public class ContactForm {

	private String contact;

	private String was;

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getWas() {
		return was;
	}

	public void setWas(String was) {
		this.was = was;
	}

}
