package org.familymatters.family.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.internal.BarrierKind;
import org.familymatters.family.internal.FamilyTies;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of the family's ties, without Spring's web layer: a visit, family day, call
 * or letter; a parenting programme session; what stands in the way of contact. Each
 * mistake is refused on its field with the words to put it right, and nothing is made of
 * a form with any.
 */
class TiesFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final UUID MOTHER = UUID.randomUUID();

	static final UUID CHILD = UUID.randomUUID();

	static final UUID PRISON = UUID.randomUUID();

	static final UUID PROGRAMME = UUID.randomUUID();

	static final Set<UUID> PEOPLE = Set.of(MOTHER, CHILD);

	// The family's contact

	@Test
	void aFamilyDayBecomesContactWithWhoTookPart() {
		var form = familyDay();
		var result = result(form);
		var contact = TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result).orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(contact.kind()).isEqualTo(TimelineKind.FAMILY_DAY);
		assertThat(contact.on()).isEqualTo(LocalDate.of(2026, 6, 13));
		assertThat(contact.prisonId()).isEqualTo(PRISON);
		assertThat(contact.people()).containsExactly(MOTHER, CHILD);
		assertThat(contact.summary()).isNull();
	}

	@Test
	void aCallNeedsNoPrisonAndKeepsNone() {
		var form = familyDay();
		form.setKind("call");
		var contact = TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result(form)).orElseThrow();
		assertThat(contact.prisonId()).isNull();
		form.setPrisonId("");
		assertThat(TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result(form))).isPresent();
	}

	@Test
	void aFutureDateNobodyChosenAndNoPrisonAreRefusedByTheirFields() {
		var form = familyDay();
		form.setOccurredOn(DateParts.of(TODAY.plusDays(1)));
		form.setPeople(List.of());
		form.setPrisonId(null);
		var result = result(form);
		assertThat(TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result)).isEmpty();
		assertThat(code(result, "occurredOn")).isEqualTo("family.contact.occurredOn.future");
		assertThat(code(result, "people")).isEqualTo("family.contact.people.required");
		assertThat(code(result, "prisonId")).isEqualTo("family.contact.prisonId.required");
	}

	@Test
	void aPersonOfAnotherFamilyIsRefused() {
		var form = familyDay();
		form.setPeople(List.of(MOTHER.toString(), UUID.randomUUID().toString()));
		var result = result(form);
		assertThat(TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result)).isEmpty();
		assertThat(code(result, "people")).isEqualTo("family.contact.people.unknownChoice");
	}

	@Test
	void aKindOnlyTheTimelineFormOffersOrGarbageIsRefused() {
		for (var kind : List.of("note", "meeting", "parenting_session", "Sam\u0000", "")) {
			var form = familyDay();
			form.setKind(kind);
			form.setSummary("Sam\u0000");
			var result = result(form);
			assertThat(TiesFormCheck.contact(form, PEOPLE, Set.of(PRISON), TODAY, result)).as(kind).isEmpty();
			assertThat(result.getFieldError("kind")).as(kind).isNotNull();
			assertThat(result.getFieldError("summary")).isNotNull();
		}
	}

	// A parenting programme session

	@Test
	void aSessionInPrisonOfAProgrammeOnTheList() {
		var form = session();
		var result = result(form);
		var session = TiesFormCheck.session(form, Set.of(MOTHER), Set.of(PROGRAMME), Set.of(PRISON), TODAY, result)
			.orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(session.programmeId()).isEqualTo(PROGRAMME);
		assertThat(session.newProgramme()).isNull();
		assertThat(session.personId()).isEqualTo(MOTHER);
		assertThat(session.setting()).isEqualTo(FamilyTies.Setting.IN_PRISON);
		assertThat(session.prisonId()).isEqualTo(PRISON);
		assertThat(session.place()).isNull();
	}

	@Test
	void aSessionInTheCommunityOfAProgrammeNamedAnew() {
		var form = session();
		form.setProgramme(TiesFormCheck.NEW_PROGRAMME);
		form.setNewProgramme(" Parenting together ");
		form.setSetting("in_community");
		form.setPlace("Banbury children's centre");
		var session = TiesFormCheck
			.session(form, Set.of(MOTHER), Set.of(PROGRAMME), Set.of(PRISON), TODAY, result(form))
			.orElseThrow();
		assertThat(session.programmeId()).isNull();
		assertThat(session.newProgramme()).isEqualTo("Parenting together");
		assertThat(session.prisonId()).isNull();
		assertThat(session.place()).isEqualTo("Banbury children's centre");
	}

	@Test
	void aSessionMissingWhatItNeedsIsRefusedByTheFields() {
		var form = session();
		form.setProgramme(TiesFormCheck.NEW_PROGRAMME);
		form.setPersonId(CHILD.toString());
		form.setSetting("in_community");
		form.setOccurredOn(DateParts.of(TODAY.plusDays(3)));
		var result = result(form);
		assertThat(TiesFormCheck.session(form, Set.of(MOTHER), Set.of(PROGRAMME), Set.of(PRISON), TODAY, result))
			.isEmpty();
		assertThat(code(result, "newProgramme")).isEqualTo("family.session.newProgramme.required");
		assertThat(result.getFieldError("personId")).isNotNull();
		assertThat(code(result, "place")).isEqualTo("family.session.place.required");
		assertThat(code(result, "occurredOn")).isEqualTo("family.session.occurredOn.future");
		form = session();
		form.setPrisonId(null);
		form.setProgramme(UUID.randomUUID().toString());
		result = result(form);
		assertThat(TiesFormCheck.session(form, Set.of(MOTHER), Set.of(PROGRAMME), Set.of(PRISON), TODAY, result))
			.isEmpty();
		assertThat(code(result, "prisonId")).isEqualTo("family.session.prisonId.required");
		assertThat(result.getFieldError("programme")).isNotNull();
	}

	// What stands in the way of contact

	@Test
	void aBarrierIsDatedAndSomethingElseNeedsWords() {
		var form = new BarrierForm();
		form.setKind("cost");
		form.setNotedOn(DateParts.of(TODAY));
		var barrier = TiesFormCheck.barrier(form, TODAY, result(form)).orElseThrow();
		assertThat(barrier.kind()).isEqualTo(BarrierKind.COST);
		assertThat(barrier.details()).isNull();
		assertThat(barrier.notedOn()).isEqualTo(TODAY);
		form.setKind("other");
		form.setNotedOn(DateParts.of(TODAY.plusDays(1)));
		var result = result(form);
		assertThat(TiesFormCheck.barrier(form, TODAY, result)).isEmpty();
		assertThat(code(result, "details")).isEqualTo("family.barrier.details.required");
		assertThat(code(result, "notedOn")).isEqualTo("family.barrier.notedOn.future");
		form.setKind(null);
		result = result(form);
		assertThat(TiesFormCheck.barrier(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("kind")).isNotNull();
	}

	private static ContactForm familyDay() {
		var form = new ContactForm();
		form.setKind("family_day");
		form.setOccurredOn(DateParts.of(LocalDate.of(2026, 6, 13)));
		form.setPrisonId(PRISON.toString());
		form.setPeople(List.of(MOTHER.toString(), CHILD.toString()));
		form.setSummary(" ");
		return form;
	}

	private static SessionForm session() {
		var form = new SessionForm();
		form.setProgramme(PROGRAMME.toString());
		form.setPersonId(MOTHER.toString());
		form.setOccurredOn(DateParts.of(LocalDate.of(2026, 6, 1)));
		form.setSetting("in_prison");
		form.setPrisonId(PRISON.toString());
		return form;
	}

	private static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as(field).isNotNull();
		return error.getCode();
	}

}
