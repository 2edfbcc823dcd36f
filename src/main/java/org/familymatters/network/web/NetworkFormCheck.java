package org.familymatters.network.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.network.internal.NetworkDocuments;
import org.familymatters.network.internal.NetworkMessages;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the network's forms sent, field by field, with {@link FormCheck}: every
 * mistake on its field, nothing saved while any remains. Messages start {@code network.};
 * pure, so unit-tested without Spring.
 */
final class NetworkFormCheck {

	static final int NAME_MAX = 150;

	static final int REASON_MAX = 1000;

	/** What the confirmation checkbox sends when ticked. */
	static final String CONFIRMED = "yes";

	private NetworkFormCheck() {
	}

	/** A new network: a name, one of the localities, one of the users as coordinator. */
	static Optional<NewNetwork> network(NetworkForm form, Set<UUID> localities, Set<UUID> users, BindingResult result) {
		var check = FormCheck.of(result, "network.network");
		var name = check.requiredText("name", form.getName(), NAME_MAX);
		var locality = check.requiredChoice("localityId", form.getLocalityId(), among(localities));
		var coordinator = check.requiredChoice("coordinatorId", form.getCoordinatorId(), among(users));
		return check.failed() ? Optional.empty() : Optional.of(new NewNetwork(name, locality, coordinator));
	}

	/** Another coordinator, and the version of the network the form showed. */
	static Optional<Coordinator> coordinator(CoordinatorForm form, Set<UUID> users, BindingResult result) {
		var check = FormCheck.of(result, "network.coordinator");
		var coordinator = check.requiredChoice("coordinatorId", form.getCoordinatorId(), among(users));
		var version = Input.wholeNumber(form.getVersion(), 0, Integer.MAX_VALUE);
		if (version.failed() || version.value() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		return check.failed() ? Optional.empty() : Optional.of(new Coordinator(coordinator, version.value()));
	}

	/** A new version of a document, and the number of the version the form showed. */
	static Optional<Document> document(DocumentForm form, BindingResult result) {
		var check = FormCheck.of(result, "network.document");
		var body = check.requiredText("body", form.getBody(), NetworkDocuments.MAX_LENGTH);
		var seen = Input.wholeNumber(form.getSeen(), 0, Integer.MAX_VALUE);
		if (seen.failed() || seen.value() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		return check.failed() ? Optional.empty() : Optional.of(new Document(body, seen.value()));
	}

	/** Why someone asks to join (optional); empty when it is wrong. */
	static Optional<Optional<String>> join(JoinForm form, BindingResult result) {
		var check = FormCheck.of(result, "network.join");
		var reason = check.text("reason", form.getReason(), REASON_MAX);
		return check.failed() ? Optional.empty() : Optional.of(Optional.ofNullable(reason));
	}

	/** One of the users, to add as a member. */
	static Optional<UUID> member(MemberForm form, Set<UUID> users, BindingResult result) {
		var check = FormCheck.of(result, "network.member");
		var user = check.requiredChoice("userId", form.getUserId(), among(users));
		return check.failed() ? Optional.empty() : Optional.of(user);
	}

	/** The day a member's organisation confirmed its backing: not after today. */
	static Optional<LocalDate> backing(BackingForm form, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "network.backing");
		var on = check.requiredDate("confirmedOn", form.getConfirmedOn());
		if (on != null && on.isAfter(today)) {
			check.reject("confirmedOn", "future");
		}
		return check.failed() ? Optional.empty() : Optional.of(on);
	}

	/**
	 * A message: a subject and a text within their limits, and whether the sender ticked
	 * that it names no family member.
	 */
	static Optional<Message> message(MessageForm form, BindingResult result) {
		var check = FormCheck.of(result, "network.message");
		var subject = check.requiredText("subject", form.getSubject(), NetworkMessages.SUBJECT_MAX);
		var body = check.requiredText("body", form.getBody(), NetworkMessages.BODY_MAX);
		var confirm = check.text("confirmNoNames", form.getConfirmNoNames(), 10);
		if (confirm != null && !CONFIRMED.equals(confirm)) {
			check.reject("confirmNoNames", "input.unknownChoice");
		}
		return check.failed() ? Optional.empty() : Optional.of(new Message(subject, body, CONFIRMED.equals(confirm)));
	}

	private static Function<String, Optional<UUID>> among(Set<UUID> ids) {
		return raw -> Input.identifier(raw).toOptional().filter(ids::contains);
	}

	/** A network as set up. */
	record NewNetwork(String name, UUID localityId, UUID coordinatorId) {
	}

	/** Another coordinator, from the network's version {@code version}. */
	record Coordinator(UUID coordinatorId, long version) {
	}

	/** A document's new version, written having seen version {@code seen}. */
	record Document(String body, int seen) {
	}

	/** A message as written. */
	record Message(String subject, String body, boolean confirmed) {
	}

}
