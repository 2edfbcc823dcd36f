package org.familymatters.plan.web;

import java.util.Optional;
import java.util.function.Predicate;

import org.familymatters.plan.internal.HeadlineOutcome;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.NeedAreas;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * What the need area form sends, as typed, and its check ({@link FormCheck}, messages
 * under {@code needArea}): a label, the headline outcome it maps to, a description,
 * whether it is about the children, the referral need it starts from, and (when changed)
 * whether it is in use.
 */
public class NeedAreaForm {

	static final int LABEL_MAX = 100;

	static final int DESCRIPTION_MAX = 500;

	private String label;

	private String description;

	private String outcome;

	private String aboutChildren;

	private String referralNeed;

	private String active;

	private Long version;

	static NeedAreaForm of(NeedArea area) {
		var form = new NeedAreaForm();
		form.label = area.label();
		form.description = area.description();
		form.outcome = area.outcome().name();
		form.aboutChildren = area.aboutChildren() ? "yes" : "no";
		form.referralNeed = area.referralNeedCode();
		form.active = area.active() ? "yes" : "no";
		form.version = area.version();
		return form;
	}

	/**
	 * The need area's values, trimmed; null when a field has a problem (now on
	 * {@code check}).
	 * @param needExists whether a referral need's code is one of the directory's
	 */
	NeedAreas.Values check(FormCheck check, Predicate<String> needExists) {
		var checkedLabel = check.requiredText("label", label, LABEL_MAX);
		var checkedDescription = check.text("description", description, DESCRIPTION_MAX);
		var checkedOutcome = check.requiredChoice("outcome", outcome, HeadlineOutcome.class);
		var children = check.requiredChoice("aboutChildren", aboutChildren, this::yesNo);
		var need = check.text("referralNeed", referralNeed, 100);
		if (need != null && !needExists.test(need)) {
			check.reject("referralNeed", "unknown");
		}
		if (check.failed()) {
			return null;
		}
		return new NeedAreas.Values(checkedLabel, checkedDescription, checkedOutcome, children, need);
	}

	/** Whether the need area stays in use; null when the answer is not yes or no. */
	Boolean checkActive(FormCheck check) {
		return check.requiredChoice("active", active, this::yesNo);
	}

	private Optional<Boolean> yesNo(String value) {
		if ("yes".equals(value)) {
			return Optional.of(Boolean.TRUE);
		}
		return "no".equals(value) ? Optional.of(Boolean.FALSE) : Optional.empty();
	}

	static FormCheck checkOf(BindingResult result) {
		return FormCheck.of(result, "needArea");
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getAboutChildren() {
		return aboutChildren;
	}

	public void setAboutChildren(String aboutChildren) {
		this.aboutChildren = aboutChildren;
	}

	public String getReferralNeed() {
		return referralNeed;
	}

	public void setReferralNeed(String referralNeed) {
		this.referralNeed = referralNeed;
	}

	public String getActive() {
		return active;
	}

	public void setActive(String active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
