package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.ConsentWithdrawn;
import org.familymatters.consent.FamilyFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes pupils off their school's list when consent no longer covers the school: the
 * access decision is made again for each school's designated contact
 * ({@link TellingRule#leavesList}); a pupil it no longer shows them (consent withdrawn or
 * past its review date, an approval ended, no longer the school's pupil) leaves the list
 * ({@code ended_at}), audited as {@link SchoolAudit#SCHOOL_NOTIFICATION_ENDED} and
 * published as {@link PupilLeftList} in the same transaction, on which {@link SchoolMail}
 * tells the contact. Runs on the cron of {@code familymatters.school.leaving.cron}
 * (hourly by default; {@code -} turns it off), on one instance at a time (ShedLock), and
 * for the family at once when its consent is withdrawn ({@link ConsentWithdrawn}). The
 * list page decides again on every view, so a pupil is never shown once consent ends,
 * whenever this runs.
 */
@Service
public class PupilsLeaving {

	private static final Logger log = LoggerFactory.getLogger(PupilsLeaving.class);

	private final JdbcClient jdbc;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final SchoolContacts contacts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	PupilsLeaving(JdbcClient jdbc, FamilyFacts facts, AccessDecision access, SchoolContacts contacts, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.access = access;
		this.contacts = contacts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${familymatters.school.leaving.cron:0 15 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "school-pupils-leaving", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void findLeaving() {
		var ended = endUncovered(null);
		log.info("Pupils affected: {} left their school's list", ended.size());
	}

	@ApplicationModuleListener(id = "school.consent-withdrawn")
	void consentWithdrawn(ConsentWithdrawn withdrawn) {
		endUncovered(withdrawn.familyId());
	}

	/**
	 * Ends every open notification (of the family, when one is given) whose pupil the
	 * school's designated contact would no longer be shown, in one transaction; returns
	 * the notifications ended. A school with no enabled designated contact keeps its list
	 * until it has one.
	 */
	public List<UUID> endUncovered(UUID familyId) {
		return transaction.execute(status -> {
			var open = jdbc.sql("""
					select id, school_id, family_id, person_id from school_notification
					where ended_at is null and (cast(:family as uuid) is null or family_id = cast(:family as uuid))
					order by notified_at, id
					for update skip locked
					""")
				.param("family", familyId)
				.query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
						rs.getObject("family_id", UUID.class), rs.getObject("person_id", UUID.class)))
				.list();
			if (open.isEmpty()) {
				return List.<UUID>of();
			}
			var contactOf = contacts.contactsOf(open.stream().map(Open::school).distinct().toList());
			var subjects = facts.subjects(open.stream().map(Open::family).distinct().toList());
			var decided = new HashMap<UUID, Map<UUID, Access>>();
			var ended = new ArrayList<UUID>();
			for (var each : open) {
				var contact = contactOf.get(each.school());
				if (contact == null) {
					continue;
				}
				var subject = subjects.get(each.family());
				String why;
				if (subject == null) {
					why = "the family is no longer on record under this id";
				}
				else {
					var forFamily = decided.computeIfAbsent(each.family(),
							family -> access.decideFor(open.stream()
								.filter(o -> o.family().equals(family))
								.map(o -> contactOf.get(o.school()))
								.filter(Objects::nonNull)
								.distinct()
								.toList(), subject));
					var contactAccess = forFamily.get(contact);
					if (!TellingRule.leavesList(each.person(), contactAccess)) {
						continue;
					}
					why = contactAccess.basis() + " " + contactAccess.reference();
				}
				end(each, why);
				ended.add(each.id());
			}
			return ended;
		});
	}

	private void end(Open each, String why) {
		int changed = jdbc.sql("update school_notification set ended_at = :now where id = :id and ended_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", each.id())
			.update();
		if (changed == 0) {
			return;
		}
		audit.record(new AuditEntry(SchoolAudit.SCHOOL_NOTIFICATION_ENDED, true, "family", each.family().toString(),
				Basis.SYSTEM, "consent no longer covers the school",
				"notification " + each.id() + ", pupil " + each.person() + ", school " + each.school() + ": " + why));
		events.publishEvent(new PupilLeftList(each.id()));
	}

	private record Open(UUID id, UUID school, UUID family, UUID person) {
	}

}
