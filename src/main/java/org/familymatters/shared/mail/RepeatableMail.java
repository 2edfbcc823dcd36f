package org.familymatters.shared.mail;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMailMessage;

/**
 * Sends an e-mail under a {@code Message-ID} made from what it is about, so that every
 * copy of it carries the same one. An event's listener sends its e-mail and then commits;
 * a service killed between the SMTP server's acceptance and that commit delivers the
 * event again when it restarts, and the e-mail goes a second time (ADR 0020). Mail
 * systems and clients know two messages with one {@code Message-ID} as one message (RFC
 * 5322, section 3.6.4).
 */
public final class RepeatableMail {

	/** The right-hand side of every {@code Message-ID} the service makes. */
	static final String DOMAIN = "family-matters.invalid";

	private RepeatableMail() {
	}

	/**
	 * The {@code Message-ID} of the e-mail about {@code subject}: letters, digits and
	 * hyphens of it, between angle brackets.
	 * @param subject what the e-mail is about, for example {@code referral-decision-<id>}
	 * @return the header's value
	 */
	public static String messageId(String subject) {
		var local = subject.replaceAll("[^A-Za-z0-9-]", "-");
		if (local.isEmpty()) {
			throw new IllegalArgumentException("An e-mail's Message-ID needs what it is about");
		}
		return "<" + local + "@" + DOMAIN + ">";
	}

	/**
	 * Sends {@code message} with the {@code Message-ID} of {@code subject}.
	 * @param sender the SMTP sender
	 * @param message from, to, subject and text
	 * @param subject what the e-mail is about, the same on every try
	 */
	public static void send(JavaMailSender sender, SimpleMailMessage message, String subject) {
		var mime = sender.createMimeMessage();
		message.copyTo(new MimeMailMessage(mime));
		try {
			// Spring's sender keeps a Message-ID set before it sends.
			mime.setHeader("Message-ID", messageId(subject));
		}
		catch (MessagingException ex) {
			throw new MailParseException(ex);
		}
		sender.send(mime);
	}

}
