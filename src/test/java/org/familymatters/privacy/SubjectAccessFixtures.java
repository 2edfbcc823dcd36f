package org.familymatters.privacy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the subject access tests need, made with the service's own code: a data protection
 * officer, families in which one mother appears twice, consent, and the role matrix's
 * request of fixed id.
 */
@Component
public class SubjectAccessFixtures {

	/** An open request of fixed id, naming a person of the demo family (role matrix). */
	public static final UUID ROLE_MATRIX_REQUEST = UUID.fromString("9e000000-0000-4000-8000-000000000001");

	/** The Sample family (demo). */
	static final UUID DEMO_FAMILY = UUID.fromString("fa000000-0000-4000-8000-000000000001");

	private final TestUsers users;

	private final Localities localities;

	private final Families families;

	private final Consents consents;

	private final JdbcClient jdbc;

	SubjectAccessFixtures(TestUsers users, Localities localities, Families families, Consents consents,
			JdbcClient jdbc) {
		this.users = users;
		this.localities = localities;
		this.families = families;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	/**
	 * A family name nobody else's test uses: letters only, so the name search finds it.
	 */
	public static String uniqueName(String stem) {
		var letters = new StringBuilder(stem);
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	/** A new data protection officer (approved by a second administrator). */
	StaffPrincipal officer() {
		var created = users.create(Role.DATA_PROTECTION_OFFICER);
		users.passwordChosen(created.account().id());
		return users.principal(created.account().username());
	}

	Locality locality() {
		return localities.save(Locality.create(uniqueName("Privacy locality "), "Oxfordshire"));
	}

	/**
	 * Two families in which the mother appears (two person records, the same name and
	 * date of birth): the first with the father in custody (who has not consented) and a
	 * child; the second with a partner who consented to who they are being shared.
	 */
	public TwoFamilies twoFamilies(String familyName) {
		var locality = locality().id();
		var first = families.create(locality, "active", null);
		var father = families.addPerson(first,
				new NewPerson("Darren", familyName + "son", null, LocalDate.of(1988, 4, 2), "07700 900456",
						"darren@example.org", "father", FamilyRole.IN_CUSTODY, null, null));
		var mother = families.addPerson(first, new NewPerson("Kerry", familyName, null, LocalDate.of(1990, 7, 9),
				"07700 900123", "kerry@example.org", "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(first, new NewPerson("Jayden", familyName, null, LocalDate.of(2016, 1, 20), null,
				null, "son", FamilyRole.CHILD, null, "Year 5"));
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, sentence,
				                             expected_release_on)
				values (:id, :person, '3a9e0c44-0000-4000-8000-000000000001', 'A9876ZZ', date '2026-01-05', '4 years',
				        date '2028-01-05')
				""").param("id", UUID.randomUUID()).param("person", father).update();
		jdbc.sql("update family set address_line_1 = '1 Test Row', postcode = 'OX16 5QB' where id = :id")
			.param("id", first)
			.update();
		var second = families.create(locality, "active", null);
		var motherAgain = families.addPerson(second, new NewPerson("Kerry", familyName, null, LocalDate.of(1990, 7, 9),
				null, null, "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var partner = families.addPerson(second, new NewPerson("Lee", familyName + "ley", null,
				LocalDate.of(1987, 2, 3), null, null, "partner", FamilyRole.PARTNER, null, null));
		as(users.principal(TestUsers.demoUsername(Role.SUPPORT_WORKER)), () -> consents.record(
				families.subject(second).orElseThrow(),
				new Consents.NewConsent(partner, ConsentMethod.SIGNED_FORM, null,
						LocalDate.now(ServiceTime.ZONE).minusDays(30), "Support for the family",
						EnumSet.of(InformationKind.IDENTITY), Set.of(), Set.of(OrganisationType.HEALTH), null)));
		return new TwoFamilies(first, reference(first), father, mother, child, second, reference(second), motherAgain,
				partner);
	}

	String reference(UUID family) {
		return jdbc.sql("select reference from family where id = :id").param("id", family).query(String.class).single();
	}

	/**
	 * The role matrix's open request, of fixed id, naming the demo family's first person,
	 * with a package produced (once; kept across runs of the shared database).
	 */
	public void roleMatrixRequest() {
		int inserted = jdbc.sql("""
				insert into privacy_request (id, kind, full_name, identity_check, received_on, due_on, recorded_by,
				                             recorded_at)
				values (:id, 'ACCESS', 'Role Matrix Requester', 'Seen photo identity in person', current_date,
				        current_date + interval '1 month', (select id from user_account where username = 'demo-dpo'),
				        now())
				on conflict (id) do nothing
				""").param("id", ROLE_MATRIX_REQUEST).update();
		if (inserted == 0) {
			return;
		}
		jdbc.sql("""
				insert into privacy_request_person (request_id, person_id, family_id)
				select :id, p.id, p.family_id from person p where p.family_id = :family and p.merged_into is null
				order by p.id limit 1
				""").param("id", ROLE_MATRIX_REQUEST).param("family", DEMO_FAMILY).update();
		jdbc.sql("""
				insert into privacy_request_package (request_id, produced_at, produced_by, content)
				values (:id, now(), (select id from user_account where username = 'demo-dpo'), cast(:content as jsonb))
				""").param("id", ROLE_MATRIX_REQUEST).param("content", """
				{"format": 1, "requestId": "%s", "fullName": "Role Matrix Requester",
				 "receivedOn": "2026-01-01", "dueOn": "2026-02-01", "producedAt": "2026-01-02T10:00:00Z",
				 "sections": []}""".formatted(ROLE_MATRIX_REQUEST)).update();
	}

	static void as(StaffPrincipal user, Runnable work) {
		var before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	/** Two families of one mother, as {@link #twoFamilies} makes them. */
	public record TwoFamilies(UUID first, String firstReference, UUID father, UUID mother, UUID child, UUID second,
			String secondReference, UUID motherAgain, UUID partner) {
	}

}
