package org.familymatters.identity.web;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Sector;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation form's checks, without Spring's web layer. */
class OrganisationFormCheckTest {

	private final OrganisationForm form = new OrganisationForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final UUID locality = UUID.randomUUID();

	private void fillIn() {
		form.setName(" Banbury children's centre ");
		form.setType("CHILDRENS_CENTRE");
		form.setSector("STATUTORY");
		form.setLocalityId(locality.toString());
	}

	@Test
	void aCompleteFormBecomesAnActiveOrganisation() {
		fillIn();
		var organisation = OrganisationFormCheck.check(form, result, locality::equals, false).orElseThrow();
		assertThat(organisation.name()).isEqualTo("Banbury children's centre");
		assertThat(organisation.type()).isEqualTo(OrganisationType.CHILDRENS_CENTRE);
		assertThat(organisation.sector()).isEqualTo(Sector.STATUTORY);
		assertThat(organisation.localityId()).isEqualTo(locality);
		assertThat(organisation.active()).isTrue();
	}

	@Test
	void missingSelectsAndANameAreAskedForByTheirFields() {
		form.setName(" ");
		assertThat(OrganisationFormCheck.check(form, result, id -> true, false)).isEmpty();
		assertThat(codes("name")).contains("organisation.name.required");
		assertThat(codes("type")).contains("organisation.type.required");
		assertThat(codes("sector")).contains("organisation.sector.required");
		assertThat(result.hasFieldErrors("localityId")).as("the locality is optional").isFalse();
	}

	@Test
	void aNulCharacterInTheNameIsRefusedAsInvalidText() {
		fillIn();
		form.setName("Banbury\u0000 centre");
		assertThat(OrganisationFormCheck.check(form, result, id -> true, false)).isEmpty();
		assertThat(codes("name")).contains("input.controlCharacters");
	}

	@Test
	void aTooLongNameIsRefused() {
		fillIn();
		form.setName("x".repeat(201));
		assertThat(OrganisationFormCheck.check(form, result, id -> true, false)).isEmpty();
		assertThat(codes("name")).containsExactly("organisation.name.tooLong", "input.tooLong");
	}

	@Test
	void choicesNotOfferedAreRefused() {
		fillIn();
		form.setType("NOT_A_TYPE");
		form.setSector("'; drop table organisation; --");
		form.setActive("perhaps");
		assertThat(OrganisationFormCheck.check(form, result, id -> true, false)).isEmpty();
		assertThat(codes("type")).contains("organisation.type.unknownChoice");
		assertThat(codes("sector")).contains("organisation.sector.unknownChoice");
		assertThat(codes("active")).contains("input.unknownChoice");
	}

	@Test
	void aLocalityMustBeOneOfTheList() {
		fillIn();
		assertThat(OrganisationFormCheck.check(form, result, id -> false, false)).isEmpty();
		assertThat(codes("localityId")).contains("organisation.localityId.unknownChoice");
		var malformed = new BeanPropertyBindingResult(form, "form");
		form.setLocalityId("0");
		assertThat(OrganisationFormCheck.check(form, malformed, id -> true, false)).isEmpty();
		assertThat(malformed.getFieldError("localityId").getCodes()).contains("organisation.localityId.unknownChoice");
	}

	@Test
	void anOrganisationNoLongerActiveAndOneChangedWithoutItsVersion() {
		fillIn();
		form.setActive("false");
		form.setVersion(1L);
		assertThat(OrganisationFormCheck.check(form, result, id -> true, true))
			.hasValueSatisfying(organisation -> assertThat(organisation.active()).isFalse());
		var unversioned = new BeanPropertyBindingResult(form, "form");
		form.setVersion(null);
		assertThat(OrganisationFormCheck.check(form, unversioned, id -> true, true)).isEmpty();
		assertThat(unversioned.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	private String[] codes(String field) {
		assertThat(result.getFieldError(field)).as("a problem with %s", field).isNotNull();
		return result.getFieldError(field).getCodes();
	}

}
