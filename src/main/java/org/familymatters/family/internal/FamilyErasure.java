package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.privacy.CorrectableField;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.NameRedaction;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.PersonalDataRectified;
import org.familymatters.shared.privacy.RectificationApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The family module's part in carrying out a request to erase or correct a person's data
 * (ADR 0018), on the privacy module's events; nobody else changes these rows.
 * <p>
 * <b>Erasure</b> ({@link ErasureApproved}), for the people the data protection officer
 * confirmed (and anyone merged into them): their names become "Erased person" and their
 * other names, date of birth, phone, e-mail, relationship and school are cleared; their
 * custody episodes lose the prison number and sentence (the dates stay, for the counts);
 * their names are taken out of the family's timeline; the family's files that name them
 * are deleted, and when nobody else in the family remains on record, every file and the
 * household's address go too. The family record, its reference and status stay, so that
 * the counts and the audit trail still make sense. Audited as
 * {@link FamilyAudit#FAMILY_PERSON_ERASED} on each family, basis SYSTEM
 * ({@code ERASURE:<request>}), and answered with {@link PersonalDataErased}.
 * <p>
 * <b>Rectification</b> ({@link RectificationApproved}) of a person's field or their
 * household's address: checked again by the same input rules as the family forms, made as
 * the forms make it (the version moves on, so a form open elsewhere is stale), audited as
 * {@link FamilyAudit#PERSON_CHANGED} or {@link FamilyAudit#FAMILY_HOUSEHOLD_CHANGED},
 * basis SYSTEM ({@code RECTIFICATION:<request>}), and answered with
 * {@link PersonalDataRectified}.
 * <p>
 * Both may be delivered more than once and leave the same result.
 */
@Component
class FamilyErasure {

	static final String MODULE = "family";

	static final String ERASED_GIVEN = "Erased";

	static final String ERASED_FAMILY = "person";

	private static final Logger log = LoggerFactory.getLogger(FamilyErasure.class);

	private final JdbcClient jdbc;

	private final Families families;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	FamilyErasure(JdbcClient jdbc, Families families, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.families = families;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var ids = new HashSet<>(subject.personIds());
		if (!ids.isEmpty()) {
			ids.addAll(jdbc.sql("select id from person where merged_into in (:ids)")
				.param("ids", ids)
				.query(UUID.class)
				.list());
		}
		var names = new LinkedHashSet<>(subject.names());
		var familyIds = new LinkedHashSet<UUID>();
		if (!ids.isEmpty()) {
			jdbc.sql("select family_id, given_name, family_name, other_names from person where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> {
					familyIds.add(rs.getObject("family_id", UUID.class));
					if (!ERASED_GIVEN.equals(rs.getString("given_name"))) {
						names.add(rs.getString("given_name") + " " + rs.getString("family_name"));
					}
					if (rs.getString("other_names") != null) {
						names.add(rs.getString("other_names"));
					}
					return null;
				})
				.list();
		}
		int people = 0;
		int files = 0;
		int entries = 0;
		int addresses = 0;
		for (var familyId : familyIds) {
			var done = eraseIn(approved.requestId(), familyId, ids, names);
			people += done.people();
			files += done.files();
			entries += done.entries();
			addresses += done.addresses();
		}
		var description = (familyIds.isEmpty()) ? "Held no family record of the person."
				: "%s made anonymous in %s; %s changed to take out their name; %s deleted%s.".formatted(
						count(people, "person's details", "people's details"),
						count(familyIds.size(), "family", "families"),
						count(entries, "timeline entry", "timeline entries"), count(files, "file", "files"),
						(addresses > 0)
								? "; " + count(addresses, "household address", "household addresses") + " cleared"
								: "");
		events.publishEvent(new PersonalDataErased(approved.requestId(), MODULE, description));
	}

	private Erased eraseIn(UUID requestId, UUID familyId, Set<UUID> ids, Set<String> names) {
		var inFamily = jdbc.sql("select id from person where family_id = :family and id in (:ids)")
			.param("family", familyId)
			.param("ids", ids)
			.query(UUID.class)
			.list();
		int people = jdbc.sql("""
				update person set given_name = :given, family_name = :familyName, other_names = null,
				       date_of_birth = null, phone = null, email = null, relationship = null, school_id = null,
				       school_year = null, version = version + 1
				where id in (:ids)
				  and not (given_name = :given and family_name = :familyName and date_of_birth is null and phone is null
				           and email is null and other_names is null)
				""").param("given", ERASED_GIVEN).param("familyName", ERASED_FAMILY).param("ids", inFamily).update();
		jdbc.sql("""
				update custody_episode set prison_number = null, sentence = null, version = version + 1
				where person_id in (:ids) and (prison_number is not null or sentence is not null)
				""").param("ids", inFamily).update();
		int entries = 0;
		var timeline = jdbc.sql("select id, summary from timeline_entry where family_id = :family")
			.param("family", familyId)
			.query((rs, n) -> new Text(rs.getObject("id", UUID.class), rs.getString("summary")))
			.list();
		for (var entry : timeline) {
			if (NameRedaction.names(entry.text(), names)) {
				jdbc.sql("update timeline_entry set summary = :summary where id = :id")
					.param("summary", NameRedaction.redact(entry.text(), names))
					.param("id", entry.id())
					.update();
				entries++;
			}
		}
		boolean nobodyLeft = jdbc.sql("""
				select not exists (select 1 from person where family_id = :family and merged_into is null
				                   and not (given_name = :given and family_name = :familyName))
				""")
			.param("family", familyId)
			.param("given", ERASED_GIVEN)
			.param("familyName", ERASED_FAMILY)
			.query(Boolean.class)
			.single();
		var named = new ArrayList<UUID>();
		jdbc.sql("select id, filename, description from attachment where family_id = :family")
			.param("family", familyId)
			.query((rs, n) -> {
				if (nobodyLeft || NameRedaction.names(rs.getString("filename"), names)
						|| NameRedaction.names(rs.getString("description"), names)) {
					named.add(rs.getObject("id", UUID.class));
				}
				return null;
			})
			.list();
		int files = named.isEmpty() ? 0
				: jdbc.sql("delete from attachment where id in (:ids)").param("ids", named).update();
		int addresses = nobodyLeft ? jdbc
			.sql("""
					update family set address_line_1 = null, address_line_2 = null, town = null, postcode = null,
					       version = version + 1
					where id = :family
					  and (address_line_1 is not null or address_line_2 is not null or town is not null or postcode is not null)
					""")
			.param("family", familyId)
			.update() : 0;
		families.touch(familyId);
		audit.record(AuditEntry
			.allowed(FamilyAudit.FAMILY_PERSON_ERASED, "family", familyId, Basis.SYSTEM, "ERASURE:" + requestId)
			.withDetail("%d people made anonymous, %d timeline entries changed, %d files deleted%s".formatted(people,
					entries, files, (addresses > 0) ? ", household address cleared" : "")));
		return new Erased(people, files, entries, addresses);
	}

	@ApplicationModuleListener
	void rectify(RectificationApproved approved) {
		var field = CorrectableField.ofCode(approved.field()).orElse(null);
		var familyId = jdbc.sql("select family_id from person where id = :id and merged_into is null")
			.param("id", approved.recordId())
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (field == null || familyId == null || !"person".equals(approved.recordType())) {
			log.warn("Rectification {} names no person's field on record; nothing changed", approved.requestId());
			events.publishEvent(new PersonalDataRectified(approved.requestId(), MODULE,
					"Nothing corrected: the record is no longer on file."));
			return;
		}
		var checked = checked(field, approved.value());
		if (checked.failed()) {
			events.publishEvent(new PersonalDataRectified(approved.requestId(), MODULE,
					"Nothing corrected: the corrected " + field.label().toLowerCase(java.util.Locale.ROOT)
							+ " is not one the family's forms take."));
			return;
		}
		var value = checked.value();
		if (field.household()) {
			jdbc.sql("update family set " + column(field) + " = :value, version = version + 1 where id = :id")
				.param("value", value)
				.param("id", familyId)
				.update();
		}
		else {
			jdbc.sql("update person set " + column(field) + " = :value, version = version + 1 where id = :id")
				.param("value", value)
				.param("id", approved.recordId())
				.update();
		}
		families.touch(familyId);
		var what = field.label() + " corrected on "
				+ (field.household() ? "a household's address" : "a person's record") + ".";
		audit.record(AuditEntry
			.allowed(field.household() ? FamilyAudit.FAMILY_HOUSEHOLD_CHANGED : FamilyAudit.PERSON_CHANGED, "family",
					familyId, Basis.SYSTEM, "RECTIFICATION:" + approved.requestId())
			.withDetail(what + " Person " + approved.recordId()));
		events.publishEvent(new PersonalDataRectified(approved.requestId(), MODULE, what));
	}

	/** The value as the family forms' input rules take it. */
	static Checked<?> checked(CorrectableField field, String value) {
		return switch (field) {
			case GIVEN_NAME, FAMILY_NAME -> Input.text(value, 100).required();
			case OTHER_NAMES -> Input.text(value, 200);
			case DATE_OF_BIRTH -> {
				var date = Input.isoDate(value).required();
				yield (!date.failed() && date.value().isBefore(LocalDate.of(1900, 1, 1)))
						? Checked.failed(InputProblem.DATE) : date;
			}
			case PHONE -> Input.ukPhone(value);
			case EMAIL -> Input.email(value);
			case ADDRESS_LINE_1, ADDRESS_LINE_2 -> Input.text(value, 200);
			case TOWN -> Input.text(value, 100);
			case POSTCODE -> Input.ukPostcode(value);
		};
	}

	private static String column(CorrectableField field) {
		return switch (field) {
			case GIVEN_NAME -> "given_name";
			case FAMILY_NAME -> "family_name";
			case OTHER_NAMES -> "other_names";
			case DATE_OF_BIRTH -> "date_of_birth";
			case PHONE -> "phone";
			case EMAIL -> "email";
			case ADDRESS_LINE_1 -> "address_line_1";
			case ADDRESS_LINE_2 -> "address_line_2";
			case TOWN -> "town";
			case POSTCODE -> "postcode";
		};
	}

	private static String count(int n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

	private record Text(UUID id, String text) {
	}

	private record Erased(int people, int files, int entries, int addresses) {
	}

}
