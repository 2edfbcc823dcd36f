package org.familymatters.privacy.web;

import java.time.LocalDate;
import java.util.Optional;

import org.familymatters.privacy.internal.IdentityCheck;
import org.familymatters.privacy.internal.PrivacyRequests;
import org.familymatters.privacy.internal.PrivacyRequests.NewRequest;
import org.familymatters.privacy.internal.RequestKind;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the "Record a request" form with {@link FormCheck} (messages under
 * {@value #PREFIX}): what they asked for, their full name, and how their identity was
 * checked are required ("Other" needs a description); the date received is required and
 * not in the future; a date of birth, if given, is not in the future; postcode, e-mail
 * and phone by the service's input rules. Pure: unit-tested without Spring.
 */
final class RequestFormCheck {

	static final String PREFIX = "privacy.request";

	/** The longest list of other names. */
	static final int OTHER_NAMES_MAX = 1000;

	private RequestFormCheck() {
	}

	/** The request, or empty with each problem on its field. */
	static Optional<NewRequest> request(RequestForm form, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var kind = check.requiredChoice("kind", form.getKind(), RequestKind.class);
		var fullName = check.requiredText("fullName", form.getFullName(), PrivacyRequests.TEXT_MAX);
		var otherNames = check.text("otherNames", form.getOtherNames(), OTHER_NAMES_MAX);
		var dateOfBirth = check.date("dateOfBirth", form.getDateOfBirth());
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			check.reject("dateOfBirth", "future");
		}
		var postcode = check.postcode("postcode", form.getPostcode());
		var email = check.email("email", form.getEmail());
		var phone = check.phone("phone", form.getPhone());
		var identityCheck = check.requiredChoice("identityCheck", form.getIdentityCheck(), IdentityCheck.class);
		String identityDetails = null;
		if (identityCheck == IdentityCheck.OTHER) {
			identityDetails = check.requiredText("identityCheckDetails", form.getIdentityCheckDetails(),
					PrivacyRequests.TEXT_MAX);
		}
		var details = check.text("details", form.getDetails(), PrivacyRequests.DETAILS_MAX);
		var receivedOn = check.requiredDate("receivedOn", form.getReceivedOn());
		if (receivedOn != null && receivedOn.isAfter(today)) {
			check.reject("receivedOn", "future");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new NewRequest(kind, fullName, otherNames, dateOfBirth, postcode, email, phone,
				identityCheck.recorded(identityDetails), details, receivedOn));
	}

}
