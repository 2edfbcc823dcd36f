package org.familymatters.referral.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.directory.ServiceDetails;
import org.familymatters.shared.mail.RepeatableMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the referrer the decision by e-mail: the referral's reference, the decision and,
 * for signposting, the services' names and links. Never the family's details, nor the
 * reasons the support worker wrote, which may name them.
 * <p>
 * The e-mail is sent by a listener of {@link ReferralDecided}, after the decision is
 * committed (ADR 0010). The event is kept until the listener returns: when the SMTP
 * server refuses or cannot be reached, the listener fails, and the event is delivered
 * again (every {@code familymatters.events.retry-interval}, and when the service starts).
 * The time the e-mail was sent is recorded with the referral in the same transaction, and
 * a decision already e-mailed is not e-mailed again, so that an event delivered twice
 * sends one e-mail. A service killed between the SMTP server's acceptance and that
 * transaction's commit sends it again when it restarts, under the same {@code Message-ID}
 * ({@link RepeatableMail}). A referral without an e-mail address, or a service without an
 * SMTP server ({@code spring.mail.host} not set), sends none.
 */
@Component
public class DecisionLetters {

	private static final Logger log = LoggerFactory.getLogger(DecisionLetters.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final ServiceDetails services;

	private final Referrals referrals;

	private final Clock clock;

	private final String from;

	private final String publicUrl;

	DecisionLetters(ObjectProvider<JavaMailSender> senders, ServiceDetails services, Referrals referrals, Clock clock,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			@Value("${familymatters.public-url:http://localhost:8080}") String publicUrl) {
		this.senders = senders;
		this.services = services;
		this.referrals = referrals;
		this.clock = clock;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Whether the referrer of a decided referral will be e-mailed the decision. */
	public MailOutcome expected(Referral referral) {
		if (referral.referrerEmail() == null || referral.referrerEmail().isBlank()) {
			return MailOutcome.NO_ADDRESS;
		}
		return (senders.getIfAvailable() != null) ? MailOutcome.WILL_BE_SENT : MailOutcome.NOT_CONFIGURED;
	}

	/**
	 * E-mails the decision, once: nothing for a referral already e-mailed, without an
	 * address, or when no SMTP server is configured. A failure to send is thrown, so that
	 * the event is kept and delivered again.
	 */
	@ApplicationModuleListener
	void send(ReferralDecided decided) {
		var referral = referrals.find(decided.referralId()).orElse(null);
		if (referral == null || !referral.decided() || referral.decisionEmailedAt() != null) {
			return;
		}
		var outcome = expected(referral);
		if (outcome == MailOutcome.NOT_CONFIGURED) {
			log.warn("No SMTP server is configured: the referrer of {} is not told the decision by e-mail",
					referral.reference());
		}
		if (outcome != MailOutcome.WILL_BE_SENT || !referrals.claimDecisionEmail(referral.id(), clock.instant())) {
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(referral.referrerEmail());
		message.setSubject(
				"Your referral " + referral.reference() + ": " + referral.status().label().toLowerCase(Locale.UK));
		message.setText(body(referral));
		try {
			RepeatableMail.send(senders.getObject(), message, "referral-decision-" + referral.id());
		}
		catch (MailException ex) {
			log.warn("Could not e-mail the decision on referral {}, to be tried again: {}", referral.reference(),
					ex.getMessage());
			throw ex;
		}
	}

	String body(Referral referral) {
		var text = new StringBuilder();
		text.append("Thank you for your referral to Family Matters.\n\n");
		text.append("Reference: ").append(referral.reference()).append("\n\n");
		switch (referral.status()) {
			case ACCEPTED -> text.append("Decision: accepted. A support worker will be in touch with the family.\n");
			case SIGNPOSTED -> {
				text.append("Decision: signposted. These services can help:\n\n");
				for (var line : serviceLines(referral.signpostedServiceIds())) {
					text.append("- ").append(line).append("\n");
				}
			}
			case DECLINED -> text.append("Decision: we cannot offer support through Family Matters this time. "
					+ "You can find other support at ")
				.append(publicUrl)
				.append("/support\n");
			case RECEIVED -> text.append("Decision: not made yet.\n");
		}
		text.append("\nIf you have a question, reply quoting the reference only. Please do not send details of the "
				+ "family by e-mail.\n\nFamily Matters\n");
		return text.toString();
	}

	private List<String> serviceLines(List<UUID> ids) {
		return ids.stream().flatMap(id -> services.find(id).stream()).map(service -> {
			var summary = service.summary();
			var link = (summary.url() != null && !summary.url().isBlank()) ? summary.url()
					: publicUrl + "/support/" + summary.id();
			return summary.name() + ": " + link;
		}).toList();
	}

}
