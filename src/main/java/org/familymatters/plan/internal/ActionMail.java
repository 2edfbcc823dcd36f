package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.mail.RepeatableMail;
import org.familymatters.shared.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails an action's owners when it is given to them ({@link ActionAssigned}) and when
 * it becomes overdue ({@link ActionOverdue}), after the commit that decided it: the
 * person it names, or else every enabled user of the owner organisation who holds the
 * agency practitioner, designated safeguarding lead or support worker role and has an
 * e-mail address.
 * <p>
 * Each e-mail once: each recipient's is recorded in {@code plan_action_mail} (kind
 * {@code assigned} about the assignment, or {@code overdue} about the due date) in a
 * transaction of its own with its send, so an event delivered again sends nothing twice,
 * and a send that fails rolls back its record and throws, so that the event publication
 * registry tries again (also after a restart; ADR 0010). Nothing is sent for an action
 * closed, reassigned or given a new due date meanwhile. No personal data in the e-mail:
 * no name, no family reference; a link to the action, which asks to sign in first.
 */
@Component
class ActionMail {

	private static final Logger log = LoggerFactory.getLogger(ActionMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final String from;

	private final TransactionTemplate separately;

	ActionMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, PublicAddress publicAddress, AuditTrail audit,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "plan.action-assigned-mail")
	void assigned(ActionAssigned assigned) {
		var action = action(assigned.actionId());
		if (action == null || !action.open() || !action.organisation().equals(assigned.ownerOrganisationId())
				|| !same(action.user(), assigned.ownerUserId())) {
			log.info("Action {}: no e-mail of its assignment, it is closed or given to someone else now",
					assigned.actionId());
			return;
		}
		var about = "owner:" + action.organisation() + "/" + ((action.user() != null) ? action.user() : "-");
		send(action, "assigned", about, PlanAudit.ACTION_ASSIGNED_MAILED,
				"Family Matters: an action has been given to "
						+ ((action.user() != null) ? "you" : "your organisation"),
				"An action of a support plan has been given to "
						+ ((action.user() != null) ? "you" : "your organisation") + "; due "
						+ DAY.format(action.dueOn()) + ".");
	}

	@ApplicationModuleListener(id = "plan.action-overdue-mail")
	void overdue(ActionOverdue overdue) {
		var action = action(overdue.actionId());
		if (action == null || !action.open() || !action.dueOn().equals(overdue.dueOn())) {
			log.info("Action {}: no overdue e-mail, it is closed or has a new due date", overdue.actionId());
			return;
		}
		send(action, "overdue", overdue.dueOn().toString(), PlanAudit.ACTION_OVERDUE_MAILED,
				"Family Matters: an action is overdue",
				"An action of a support plan given to " + ((action.user() != null) ? "you" : "your organisation")
						+ " was due on " + DAY.format(action.dueOn()) + " and is not done yet.");
	}

	private void send(Action action, String kind, String about, PlanAudit audited, String subject, String sentence) {
		var recipients = recipients(action);
		if (recipients.isEmpty()) {
			log.info("Action {}: nobody of its owner has an e-mail address to be told at", action.id());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		for (var recipient : recipients) {
			separately.executeWithoutResult(status -> {
				int recorded = jdbc.sql("""
						insert into plan_action_mail (action_id, kind, recipient_id, about)
						values (:action, :kind, :recipient, :about)
						on conflict do nothing
						""")
					.param("action", action.id())
					.param("kind", kind)
					.param("recipient", recipient.id())
					.param("about", about)
					.update();
				if (recorded == 0) {
					return;
				}
				// A failure here rolls back the record; the registry tries the event
				// again.
				RepeatableMail.send(sender, message(recipient.email(), subject, sentence, action.id()),
						"plan-action-" + kind + "-" + action.id() + "-" + recipient.id() + "-" + about);
				audit.record(new AuditEntry(audited, true, "family", action.familyId().toString(), Basis.SYSTEM,
						action.id().toString(), "to user " + recipient.id()));
			});
		}
	}

	private SimpleMailMessage message(String email, String subject, String sentence, UUID actionId) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(subject);
		message.setText("Hello,\n\n" + sentence + "\n\nSee the action, and update it when you have done it, at "
				+ publicAddress.link("/actions/" + actionId)
				+ " (you will be asked to sign in first).\n\nFamily Matters\n");
		return message;
	}

	private Action action(UUID id) {
		return jdbc.sql("""
				select id, family_id, owner_organisation_id, owner_user_id, due_on,
				       status in ('not_started', 'in_progress') as open
				from plan_action where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Action(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getObject("owner_organisation_id", UUID.class), rs.getObject("owner_user_id", UUID.class),
					rs.getObject("due_on", LocalDate.class), rs.getBoolean("open")))
			.optional()
			.orElse(null);
	}

	private List<Recipient> recipients(Action action) {
		return jdbc
			.sql("""
					select u.id, u.email from identity_user u
					join identity_organisation o on o.id = u.organisation_id and o.active
					where u.enabled and u.email is not null and btrim(u.email) <> ''
					  and u.organisation_id = :organisation
					  and case when cast(:user as uuid) is not null then u.id = cast(:user as uuid)
					           else u.roles && array['AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', 'SUPPORT_WORKER']::text[] end
					order by u.id
					""")
			.param("organisation", action.organisation())
			.param("user", action.user())
			.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("email")))
			.list();
	}

	private static boolean same(UUID a, UUID b) {
		return java.util.Objects.equals(a, b);
	}

	private record Action(UUID id, UUID familyId, UUID organisation, UUID user, LocalDate dueOn, boolean open) {
	}

	private record Recipient(UUID id, String email) {
	}

}
