package org.familymatters.prison.web;

import java.util.Optional;

import org.familymatters.prison.internal.PrisonFamilyServices;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * What the form for a prison's family services sends, as typed, and its check: whether it
 * is in the Thames Valley must be said; phone numbers are UK numbers, the booking address
 * a web address, the liaison contact's e-mail an address; the rest is optional text.
 */
public class PrisonServicesForm {

	static final int SHORT = 200;

	static final int LONG = 2000;

	private String inThamesValley;

	private String visitsPhone;

	private String visitsWebAddress;

	private String visitsNotes;

	private String familyDays;

	private String liaisonName;

	private String liaisonEmail;

	private String liaisonPhone;

	private Long version;

	/** The form for a prison's services as they are. */
	static PrisonServicesForm of(PrisonFamilyServices.Prison prison) {
		var services = prison.services();
		var form = new PrisonServicesForm();
		form.setInThamesValley(services.inThamesValley() ? "yes" : "no");
		form.setVisitsPhone(services.visitsPhone());
		form.setVisitsWebAddress(services.visitsWebAddress());
		form.setVisitsNotes(services.visitsNotes());
		form.setFamilyDays(services.familyDays());
		form.setLiaisonName(services.liaisonName());
		form.setLiaisonEmail(services.liaisonEmail());
		form.setLiaisonPhone(services.liaisonPhone());
		form.setVersion(prison.version());
		return form;
	}

	/** The services, or empty with each problem on its field. */
	Optional<PrisonFamilyServices.Services> check(BindingResult result) {
		var check = FormCheck.of(result, "prison.services");
		var thamesValley = check.requiredChoice("inThamesValley", inThamesValley,
				text -> Optional.of(text).filter(t -> t.equals("yes") || t.equals("no")).map(t -> t.equals("yes")));
		var phone = check.phone("visitsPhone", visitsPhone);
		var web = check.webAddress("visitsWebAddress", visitsWebAddress);
		var notes = check.text("visitsNotes", visitsNotes, LONG);
		var days = check.text("familyDays", familyDays, LONG);
		var name = check.text("liaisonName", liaisonName, SHORT);
		var email = check.email("liaisonEmail", liaisonEmail);
		var liaisonPhoneNumber = check.phone("liaisonPhone", liaisonPhone);
		if (version == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new PrisonFamilyServices.Services(thamesValley, phone, web, notes, days, name, email,
				liaisonPhoneNumber));
	}

	public String getInThamesValley() {
		return inThamesValley;
	}

	public void setInThamesValley(String inThamesValley) {
		this.inThamesValley = inThamesValley;
	}

	public String getVisitsPhone() {
		return visitsPhone;
	}

	public void setVisitsPhone(String visitsPhone) {
		this.visitsPhone = visitsPhone;
	}

	public String getVisitsWebAddress() {
		return visitsWebAddress;
	}

	public void setVisitsWebAddress(String visitsWebAddress) {
		this.visitsWebAddress = visitsWebAddress;
	}

	public String getVisitsNotes() {
		return visitsNotes;
	}

	public void setVisitsNotes(String visitsNotes) {
		this.visitsNotes = visitsNotes;
	}

	public String getFamilyDays() {
		return familyDays;
	}

	public void setFamilyDays(String familyDays) {
		this.familyDays = familyDays;
	}

	public String getLiaisonName() {
		return liaisonName;
	}

	public void setLiaisonName(String liaisonName) {
		this.liaisonName = liaisonName;
	}

	public String getLiaisonEmail() {
		return liaisonEmail;
	}

	public void setLiaisonEmail(String liaisonEmail) {
		this.liaisonEmail = liaisonEmail;
	}

	public String getLiaisonPhone() {
		return liaisonPhone;
	}

	public void setLiaisonPhone(String liaisonPhone) {
		this.liaisonPhone = liaisonPhone;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
