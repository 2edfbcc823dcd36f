package org.familymatters.referral;

import java.util.List;
import java.util.UUID;

import org.familymatters.directory.ServiceDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the referrer the decision by e-mail: the referral's reference, the decision and,
 * for signposting, the services' names and links. Never the family's details, nor the
 * reasons the support worker wrote, which may name them. A missing or failing SMTP server
 * is logged and reported back; it never undoes the decision.
 */
@Component
class DecisionLetters {

	private static final Logger log = LoggerFactory.getLogger(DecisionLetters.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final ServiceDetails services;

	private final Referrals referrals;

	private final String from;

	private final String publicUrl;

	DecisionLetters(ObjectProvider<JavaMailSender> senders, ServiceDetails services, Referrals referrals,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			@Value("${familymatters.public-url:http://localhost:8080}") String publicUrl) {
		this.senders = senders;
		this.services = services;
		this.referrals = referrals;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	MailOutcome send(Referral referral) {
		if (referral.referrerEmail() == null || referral.referrerEmail().isBlank()) {
			return MailOutcome.NO_ADDRESS;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("No SMTP server is configured: the referrer of {} was not told the decision by e-mail",
					referral.reference());
			return MailOutcome.NOT_CONFIGURED;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(referral.referrerEmail());
		message.setSubject("Your referral " + referral.reference() + ": " + referral.status().label().toLowerCase());
		message.setText(body(referral));
		try {
			sender.send(message);
		}
		catch (MailException | IllegalStateException ex) {
			log.warn("Could not e-mail the decision on referral {}: {}", referral.reference(), ex.getMessage());
			return MailOutcome.FAILED;
		}
		referrals.markEmailed(referral.id());
		return MailOutcome.SENT;
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
