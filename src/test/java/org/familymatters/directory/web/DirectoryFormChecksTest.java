package org.familymatters.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.directory.internal.Resource;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's form checks, driven without Spring's web layer: each mistake is a
 * message on its field (a NUL character, a missing select among them), never an
 * exception.
 */
class DirectoryFormChecksTest {

	private static final UUID ORGANISATION = UUID.randomUUID();

	private static final UUID NEED = UUID.randomUUID();

	private static final UUID LOCALITY = UUID.randomUUID();

	private static final ServiceFormCheck.Choices CHOICES = new ServiceFormCheck.Choices(Set.of(ORGANISATION),
			Set.of(NEED), Set.of(LOCALITY), Set.of("Oxfordshire"));

	private static ServiceForm goodService() {
		var form = new ServiceForm();
		form.setOrganisationId(ORGANISATION.toString());
		form.setName(" Homework club ");
		form.setDescription("Homework help.");
		form.setStatus("active");
		form.setEmail("club@example.org");
		form.setPhone("01632 960123");
		form.setPlaceAddress("1 Market Place");
		form.setPlaceTown("Banbury");
		form.setPlacePostcode("ox16 5qb");
		form.setMinimumAge("8");
		form.setMaximumAge("14");
		form.setNeeds(new ArrayList<>(List.of(NEED.toString())));
		form.setAreas(new ArrayList<>(List.of("locality:" + LOCALITY, "county:National")));
		form.getOpens()[6] = "14:00";
		form.getCloses()[6] = "16.00";
		form.setLanguages("Polish, Urdu; Polish");
		return form;
	}

	private static List<String> codes(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as("a problem on " + field).isNotNull();
		return List.of(error.getCodes());
	}

	@Test
	void aGoodServiceFormBecomesAChange() {
		var form = goodService();
		var result = new BeanPropertyBindingResult(form, "form");
		var changes = ServiceFormCheck.check(form, CHOICES, result).orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(changes.name()).isEqualTo("Homework club");
		assertThat(changes.place().postcode()).isEqualTo("OX16 5QB");
		assertThat(changes.hours().get(DayOfWeek.SUNDAY).closes()).isEqualTo(LocalTime.of(16, 0));
		assertThat(changes.languages()).containsExactly("Polish", "Urdu");
		assertThat(changes.areas()).hasSize(2);
	}

	@Test
	void aNulCharacterInATextFieldIsInvalidTextOnItsField() {
		for (var field : List.of("name", "description", "placeName", "eligibility", "fees", "languages")) {
			var form = goodService();
			switch (field) {
				case "name" -> form.setName("Club\u0000");
				case "description" -> form.setDescription("Help\u0000");
				case "placeName" -> form.setPlaceName("Library\u0000");
				case "eligibility" -> form.setEligibility("\u0000");
				case "fees" -> form.setFees("Free\u0000");
				default -> form.setLanguages("Polish\u0000");
			}
			var result = new BeanPropertyBindingResult(form, "form");
			assertThat(ServiceFormCheck.check(form, CHOICES, result)).isEmpty();
			assertThat(codes(result, field)).as(field).contains("input.controlCharacters");
		}
	}

	@Test
	void missingSelectsAreAskedForByTheirField() {
		var form = goodService();
		form.setOrganisationId(null);
		form.setStatus(null);
		form.setAreas(null);
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(ServiceFormCheck.check(form, CHOICES, result)).isEmpty();
		assertThat(codes(result, "organisationId")).contains("directory.service.organisationId.required");
		assertThat(codes(result, "status")).contains("directory.service.status.required");
		assertThat(codes(result, "areas")).contains("directory.service.areas.required");
	}

	@Test
	void choicesNotOfferedAreRefusedByTheirField() {
		var form = goodService();
		form.setOrganisationId(UUID.randomUUID().toString());
		form.setStatus("defunct");
		form.setNeeds(new ArrayList<>(List.of("not-a-need")));
		form.setAreas(new ArrayList<>(List.of("county:Atlantis")));
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(ServiceFormCheck.check(form, CHOICES, result)).isEmpty();
		assertThat(codes(result, "organisationId")).contains("directory.service.organisationId.unknownChoice");
		assertThat(codes(result, "status")).contains("directory.service.status.unknownChoice");
		assertThat(codes(result, "needs")).contains("directory.service.needs.unknownChoice");
		assertThat(codes(result, "areas")).contains("directory.service.areas.unknownChoice");
	}

	@Test
	void agesHoursAndContactDetailsFollowTheRules() {
		var form = goodService();
		form.setMinimumAge("16");
		form.setMaximumAge("5");
		form.setEmail("not an email");
		form.setUrl("javascript:alert(1)");
		form.setPhone(null);
		form.setPhoneDescription("A number with no number");
		form.setSecondPhone("call us");
		form.setPlacePostcode("OX16");
		form.getOpens()[0] = "09:00";
		form.getOpens()[1] = "17:00";
		form.getCloses()[1] = "09:00";
		form.getOpens()[2] = "25:61";
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(ServiceFormCheck.check(form, CHOICES, result)).isEmpty();
		assertThat(codes(result, "maximumAge")).contains("directory.service.age.order");
		assertThat(codes(result, "email")).contains("directory.service.email.email");
		assertThat(codes(result, "url")).contains("directory.service.url.webAddress");
		assertThat(codes(result, "phone")).contains("directory.service.phone.required");
		assertThat(codes(result, "secondPhone")).contains("directory.service.secondPhone.phone");
		assertThat(codes(result, "placePostcode")).contains("directory.service.placePostcode.postcode");
		assertThat(codes(result, "closes[0]")).contains("directory.service.hours.both");
		assertThat(codes(result, "closes[1]")).contains("directory.service.hours.order");
		assertThat(codes(result, "opens[2]")).contains("input.time");
		form = goodService();
		form.setMinimumAge("121");
		result = new BeanPropertyBindingResult(form, "form");
		ServiceFormCheck.check(form, CHOICES, result);
		assertThat(codes(result, "minimumAge")).contains("directory.service.minimumAge.number");
	}

	@Test
	void theOrganisationFormChecksEveryField() {
		var form = new DirectoryOrganisationForm();
		form.setName("Trust\u0000");
		form.setWebsite("example");
		form.setEmail("@@@");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(FormCheck.of(result, DirectoryOrganisationForm.PREFIX))).isNull();
		assertThat(codes(result, "name")).contains("input.controlCharacters");
		assertThat(codes(result, "website")).contains("directory.organisation.website.webAddress");
		assertThat(codes(result, "email")).contains("directory.organisation.email.email");
		form = new DirectoryOrganisationForm();
		result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(FormCheck.of(result, DirectoryOrganisationForm.PREFIX))).isNull();
		assertThat(codes(result, "name")).contains("directory.organisation.name.required");
		form.setName(" Trust ");
		form.setEmail(" hello@example.org ");
		result = new BeanPropertyBindingResult(form, "form");
		var changes = form.check(FormCheck.of(result, DirectoryOrganisationForm.PREFIX));
		assertThat(changes.name()).isEqualTo("Trust");
		assertThat(changes.email()).isEqualTo("hello@example.org");
	}

	@Test
	void theResourceFormChecksEveryFieldAndAMissingKindIsAskedFor() {
		var topic = UUID.randomUUID();
		var form = new ResourceForm();
		form.setTitle("A report\u0000");
		form.setAudiences(new ArrayList<>(List.of("families", "aliens")));
		form.setTopic(UUID.randomUUID().toString());
		form.setUrl("ftp://example.org");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(FormCheck.of(result, ResourceForm.PREFIX), id -> Optional.of(id).filter(topic::equals)))
			.isNull();
		assertThat(codes(result, "title")).contains("input.controlCharacters");
		assertThat(codes(result, "kind")).contains("resource.kind.required");
		assertThat(codes(result, "summary")).contains("resource.summary.required");
		assertThat(codes(result, "url")).contains("resource.url.webAddress");
		assertThat(codes(result, "audiences")).contains("resource.audiences.unknownChoice");
		assertThat(codes(result, "topic")).contains("resource.topic.unknownChoice");

		form = new ResourceForm();
		form.setTitle("A report");
		form.setKind("policy");
		form.setSummary("What it says.");
		form.setAudiences(new ArrayList<>(List.of("practitioners", "families", "practitioners")));
		form.setTopic(topic.toString());
		result = new BeanPropertyBindingResult(form, "form");
		var draft = form.check(FormCheck.of(result, ResourceForm.PREFIX), id -> Optional.of(id).filter(topic::equals));
		assertThat(draft.kind()).isEqualTo(Resource.Kind.POLICY);
		assertThat(draft.audiences()).containsExactly(Resource.Audience.PRACTITIONERS, Resource.Audience.FAMILIES);
		assertThat(draft.topicId()).isEqualTo(topic);
	}

	@Test
	void theGuideFormChecksEveryField() {
		var form = new GuideForm();
		form.setTitle("t".repeat(121));
		form.setSummary("Summary\u0000");
		form.setChangeNote("n".repeat(201));
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(FormCheck.of(result, GuideForm.PREFIX))).isNull();
		assertThat(codes(result, "title")).contains("guide.title.tooLong");
		assertThat(codes(result, "summary")).contains("input.controlCharacters");
		assertThat(codes(result, "body")).contains("guide.body.required");
		assertThat(codes(result, "changeNote")).contains("guide.changeNote.tooLong");
		form = new GuideForm();
		form.setTitle(" Visiting ");
		form.setBody("Text");
		result = new BeanPropertyBindingResult(form, "form");
		var change = form.check(FormCheck.of(result, GuideForm.PREFIX));
		assertThat(change.title()).isEqualTo("Visiting");
		assertThat(change.summary()).isEmpty();
		assertThat(change.changeNote()).isNull();
	}

}
