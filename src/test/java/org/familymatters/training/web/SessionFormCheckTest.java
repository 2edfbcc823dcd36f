package org.familymatters.training.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.shared.web.DateParts;
import org.familymatters.training.internal.SessionRules;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The course, session and material forms' checks, without Spring's web layer. */
class SessionFormCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

	private static final UUID TRAINER = UUID.randomUUID();

	private static final UUID LOCALITY = UUID.randomUUID();

	private static SessionForm form(LocalDate day) {
		var form = new SessionForm();
		form.setDate(DateParts.of(day));
		form.setStartsAt("9.30");
		form.setEndsAt("13:00");
		form.setVenue(" Town hall ");
		form.setAddress("1 Market Place");
		form.setCapacity("20");
		form.setLocalityId(LOCALITY.toString());
		form.setTrainers(List.of(TRAINER.toString()));
		return form;
	}

	private static Optional<SessionRules.Details> check(SessionForm form, int booked, boolean changing,
			BeanPropertyBindingResult result) {
		return SessionFormCheck.details(form, SessionRules.at(TODAY, LocalTime.NOON), booked, changing,
				Set.of(LOCALITY), Set.of(TRAINER), result);
	}

	@Test
	void aSoundFormGivesTheSessionsDetails() {
		var form = form(TODAY.plusDays(10));
		var result = new BeanPropertyBindingResult(form, "form");
		var details = check(form, 0, false, result).orElseThrow();
		assertThat(details.venue()).isEqualTo("Town hall");
		assertThat(details.startsAt()).isEqualTo(SessionRules.at(TODAY.plusDays(10), LocalTime.of(9, 30)));
		assertThat(details.trainers()).containsExactly(TRAINER);
		assertThat(details.localityId()).isEqualTo(LOCALITY);
	}

	@Test
	void eachProblemIsOnItsFieldAndNothingIsGiven() {
		var form = form(TODAY.minusDays(1));
		form.setEndsAt("08:00");
		form.setVenue("");
		form.setAddress(null);
		form.setTrainers(List.of());
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(check(form, 0, false, result)).isEmpty();
		assertThat(result.getFieldError("date").getCode()).isEqualTo("training.session.date.past");
		assertThat(result.getFieldError("endsAt").getCode()).isEqualTo("training.session.endsAt.notAfterStart");
		assertThat(result.getFieldError("venue").getCode()).isEqualTo("training.session.venue.somewhere");
		assertThat(result.getFieldError("trainers").getCode()).isEqualTo("training.session.trainers.required");
	}

	@Test
	void fewerPlacesThanBookedAnUnknownTrainerOrLocalityAndAMissingVersionAreRefused() {
		var form = form(TODAY.plusDays(10));
		form.setCapacity("3");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(check(form, 4, false, result)).isEmpty();
		assertThat(result.getFieldError("capacity").getCode()).isEqualTo("training.session.capacity.belowBooked");
		assertThat(result.getFieldError("capacity").getArguments()).containsExactly(4);

		form = form(TODAY.plusDays(10));
		form.setTrainers(List.of(UUID.randomUUID().toString()));
		form.setLocalityId(UUID.randomUUID().toString());
		result = new BeanPropertyBindingResult(form, "form");
		assertThat(check(form, 0, false, result)).isEmpty();
		assertThat(result.getFieldError("trainers").getCode()).isEqualTo("input.unknownChoice");
		assertThat(result.getFieldError("localityId").getCode()).isEqualTo("input.unknownChoice");

		form = form(TODAY.plusDays(10));
		form.setCapacity("many");
		result = new BeanPropertyBindingResult(form, "form");
		assertThat(check(form, 0, false, result)).isEmpty();
		assertThat(result.getFieldError("capacity")).isNotNull();

		form = form(TODAY.plusDays(10));
		form.setVersion("not-a-number");
		result = new BeanPropertyBindingResult(form, "form");
		assertThat(check(form, 0, true, result)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	@Test
	void aCourseNeedsItsKindTitleAudienceAndOutcomes() {
		var form = new CourseForm();
		form.setKind("LECTURE");
		form.setTitle("Workshop\u0000");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(CourseFormCheck.details(form, false, result)).isEmpty();
		assertThat(result.getFieldError("kind")).isNotNull();
		assertThat(result.getFieldError("title").getCodes()).contains("input.controlCharacters");
		assertThat(result.getFieldError("audience").getCodes()).contains("training.course.audience.required");
		assertThat(result.getFieldError("outcomes").getCodes()).contains("training.course.outcomes.required");

		form = new CourseForm();
		form.setKind("induction");
		form.setTitle("Court desk volunteers' induction");
		form.setAudience("New volunteers");
		form.setOutcomes("Know what the court desk offers");
		form.setVersion("3");
		result = new BeanPropertyBindingResult(form, "form");
		var details = CourseFormCheck.details(form, true, result).orElseThrow();
		assertThat(details.kind()).isEqualTo(org.familymatters.training.internal.Course.Kind.INDUCTION);
		assertThat(details.version()).isEqualTo(3);
	}

	@Test
	void aMaterialIsAFileOrALinkNotBothAndAFileMustBeTaken() {
		var form = new MaterialForm();
		form.setTitle("Slides");
		form.setUrl("https://example.org/slides");
		form.setPublished("YES");
		var result = new BeanPropertyBindingResult(form, "form");
		var link = MaterialFormCheck.details(form, false, Optional.empty(), 10, result).orElseThrow();
		assertThat(link.url()).isEqualTo("https://example.org/slides");
		assertThat(link.published()).isTrue();

		result = new BeanPropertyBindingResult(form, "form");
		assertThat(MaterialFormCheck.details(form, true, Optional.empty(), 10, result)).isEmpty();
		assertThat(result.getFieldError("url").getCode()).isEqualTo("training.material.url.both");

		form.setUrl("");
		form.setPublished(null);
		result = new BeanPropertyBindingResult(form, "form");
		assertThat(MaterialFormCheck.details(form, true, Optional.of("wrongType"), 10, result)).isEmpty();
		assertThat(result.getFieldError("file").getCode()).isEqualTo("training.material.file.wrongType");
		assertThat(result.getFieldError("published").getCodes()).contains("training.material.published.required");

		result = new BeanPropertyBindingResult(form, "form");
		assertThat(MaterialFormCheck.details(form, false, Optional.empty(), 10, result)).isEmpty();
		assertThat(result.getFieldError("file").getCode()).isEqualTo("training.material.file.missing");
	}

}
