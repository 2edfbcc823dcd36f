package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.plan.PlanActions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions agreed for a family at a meeting: each goes straight into the family's support
 * plan through the plan module ({@link PlanActions}: the same checks, audit and e-mail to
 * its owner as the plan's own form), and the item that agreed it is kept beside it. Only
 * the coordinator agrees actions, once the meeting has started and while its minutes are
 * not locked.
 */
@Service
public class AgreedActions {

	private final JdbcClient jdbc;

	private final PlanActions plans;

	private final Minutes minutes;

	private final AuditTrail audit;

	private final Clock clock;

	AgreedActions(JdbcClient jdbc, PlanActions plans, Minutes minutes, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.minutes = minutes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The family's open plan and its goals, for the coordinator (audited as a view of the
	 * plan; refused unless they may change the family); empty when it has none.
	 */
	@Transactional
	public Optional<PlanActions.OpenPlan> openPlan(Agenda.Meeting meeting, Agenda.Item item) {
		minutes.requireHeld(meeting);
		return plans.openPlan(item.familyId());
	}

	/**
	 * Agrees an action for the family of the item, into its plan; returns the action's
	 * id.
	 * @throws PlanActions.Refused when the plan refuses it (no open plan, a rule broken)
	 * @throws MinutesRefused when the meeting has not happened, or its minutes are locked
	 */
	@Transactional
	public UUID agree(Agenda.Meeting meeting, Agenda.Item item, UUID goalId, String description, UUID organisationId,
			UUID userId, LocalDate dueOn) {
		minutes.draft(meeting);
		var action = plans.add(item.familyId(), goalId, description, organisationId, userId, dueOn,
				"the meeting of " + meeting.network().name() + " on " + meeting.day());
		jdbc.sql("""
				insert into network_agreed_action (item_id, plan_action_id, agreed_at) values (:item, :action, :now)
				""")
			.param("item", item.id())
			.param("action", action)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_ACTION_AGREED, "family", item.familyId(), Basis.ROLE, "SUPPORT_WORKER")
			.withDetail("meeting " + meeting.id() + ", item " + item.id() + ", action " + action));
		return action;
	}

}
