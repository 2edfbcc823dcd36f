package org.familymatters.network.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familymatters.network.internal.NetworkMessages;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The network forms' checks, without Spring: each mistake on its field. */
class NetworkFormCheckTest {

	static final UUID LOCALITY = UUID.randomUUID();

	static final UUID USER = UUID.randomUUID();

	static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	private static BeanPropertyBindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static String code(BeanPropertyBindingResult result, String field) {
		var error = result.getFieldError(field);
		return (error != null) ? error.getCodes()[0].replace(".form." + field, "") : null;
	}

	@Test
	void aNetworkNeedsANameALocalityAndACoordinatorFromTheLists() {
		var form = new NetworkForm();
		form.setName("  Banbury Family Matters network ");
		form.setLocalityId(LOCALITY.toString());
		form.setCoordinatorId(USER.toString());
		var ok = NetworkFormCheck.network(form, Set.of(LOCALITY), Set.of(USER), result(form));
		assertThat(ok).hasValueSatisfying(n -> assertThat(n.name()).isEqualTo("Banbury Family Matters network"));

		var empty = new NetworkForm();
		var errors = result(empty);
		assertThat(NetworkFormCheck.network(empty, Set.of(LOCALITY), Set.of(USER), errors)).isEmpty();
		assertThat(code(errors, "name")).isEqualTo("network.network.name.required");
		assertThat(code(errors, "localityId")).isEqualTo("network.network.localityId.required");

		var guessed = new NetworkForm();
		guessed.setName("Net\u0000work");
		guessed.setLocalityId(UUID.randomUUID().toString());
		guessed.setCoordinatorId("not-an-id");
		var guessedErrors = result(guessed);
		assertThat(NetworkFormCheck.network(guessed, Set.of(LOCALITY), Set.of(USER), guessedErrors)).isEmpty();
		assertThat(code(guessedErrors, "name")).isEqualTo("network.network.name.controlCharacters");
		assertThat(code(guessedErrors, "localityId")).isEqualTo("network.network.localityId.unknownChoice");
		assertThat(code(guessedErrors, "coordinatorId")).isEqualTo("network.network.coordinatorId.unknownChoice");
	}

	@Test
	void aCoordinatorChangeWithoutTheVersionShownIsRefusedAsStale() {
		var form = new CoordinatorForm();
		form.setCoordinatorId(USER.toString());
		var errors = result(form);
		assertThat(NetworkFormCheck.coordinator(form, Set.of(USER), errors)).isEmpty();
		assertThat(errors.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
		form.setVersion("3");
		assertThat(NetworkFormCheck.coordinator(form, Set.of(USER), result(form)))
			.hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(3));
	}

	@Test
	void aDocumentIsRequiredAndLimited() {
		var form = new DocumentForm();
		form.setSeen("0");
		form.setBody("word ".repeat(10_000));
		var errors = result(form);
		assertThat(NetworkFormCheck.document(form, errors)).isEmpty();
		assertThat(code(errors, "body")).isEqualTo("network.document.body.tooLong");
		form.setBody("We meet every three months.");
		assertThat(NetworkFormCheck.document(form, result(form))).isPresent();
	}

	@Test
	void theReasonToJoinIsOptional() {
		var form = new JoinForm();
		assertThat(NetworkFormCheck.join(form, result(form))).hasValue(java.util.Optional.empty());
		form.setReason("x".repeat(NetworkFormCheck.REASON_MAX + 1));
		var errors = result(form);
		assertThat(NetworkFormCheck.join(form, errors)).isEmpty();
		assertThat(code(errors, "reason")).isEqualTo("network.join.reason.tooLong");
	}

	@Test
	void backingIsConfirmedOnARealDayNotInTheFuture() {
		var form = new BackingForm();
		form.setConfirmedOn(DateParts.of(TODAY.plusDays(1)));
		var errors = result(form);
		assertThat(NetworkFormCheck.backing(form, TODAY, errors)).isEmpty();
		assertThat(code(errors, "confirmedOn")).isEqualTo("network.backing.confirmedOn.future");
		form.setConfirmedOn(DateParts.of(TODAY));
		assertThat(NetworkFormCheck.backing(form, TODAY, result(form))).hasValue(TODAY);
		var wrong = new BackingForm();
		wrong.getConfirmedOn().setDay("31");
		wrong.getConfirmedOn().setMonth("2");
		wrong.getConfirmedOn().setYear("2026");
		var wrongErrors = result(wrong);
		assertThat(NetworkFormCheck.backing(wrong, TODAY, wrongErrors)).isEmpty();
		assertThat(code(wrongErrors, "confirmedOn")).isEqualTo("network.backing.confirmedOn.date");
	}

	@Test
	void aMessageNeedsASubjectAndATextWithinTheirLimitsAndAConfirmationIsYesOrNothing() {
		var form = new MessageForm();
		form.setSubject("s".repeat(NetworkMessages.SUBJECT_MAX + 1));
		var errors = result(form);
		assertThat(NetworkFormCheck.message(form, errors)).isEmpty();
		assertThat(code(errors, "subject")).isEqualTo("network.message.subject.tooLong");
		assertThat(code(errors, "body")).isEqualTo("network.message.body.required");

		form.setSubject("Next meeting");
		form.setBody("See you on Tuesday.");
		assertThat(NetworkFormCheck.message(form, result(form)))
			.hasValueSatisfying(m -> assertThat(m.confirmed()).isFalse());
		form.setConfirmNoNames("yes");
		assertThat(NetworkFormCheck.message(form, result(form)))
			.hasValueSatisfying(m -> assertThat(m.confirmed()).isTrue());
		form.setConfirmNoNames("perhaps");
		var confirmErrors = result(form);
		assertThat(NetworkFormCheck.message(form, confirmErrors)).isEmpty();
		assertThat(code(confirmErrors, "confirmNoNames")).isEqualTo("input.unknownChoice");
	}

}
