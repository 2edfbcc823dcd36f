package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.mail.RepeatableMail;
import org.familymatters.shared.time.ServiceTime;
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

/**
 * E-mails a user whose username was locked after repeated failed sign-ins
 * ({@link SignInLocked}, after the lock's commit, in a transaction of its own; ADR 0010).
 * <p>
 * Idempotent: the lock's row is locked while the e-mail is sent and marked with the lock
 * it told of ({@code lock_notified_until}) in the same transaction, so an event delivered
 * twice sends one e-mail. A failed send throws: the transaction rolls back and the event
 * publication registry tries again later. Nothing is sent to a user without an address,
 * or when no mail server is configured (the log says so).
 */
@Component
class SignInLockMail {

	private static final Logger log = LoggerFactory.getLogger(SignInLockMail.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final String from;

	SignInLockMail(JdbcClient jdbc, UserAccounts users, ObjectProvider<JavaMailSender> senders,
			PublicAddress publicAddress, @Value("${familymatters.mail.from:family-matters@localhost}") String from) {
		this.jdbc = jdbc;
		this.users = users;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.from = from;
	}

	@ApplicationModuleListener(id = "identity.sign-in-lock-mail")
	void send(SignInLocked locked) {
		var account = users.findById(locked.userId());
		if (account.isEmpty()) {
			return;
		}
		var notified = jdbc.sql("""
				select lock_notified_until from sign_in_throttle where kind = 'ACCOUNT' and key = :key for update
				""")
			.param("key", SignInThrottle.accountKey(account.get().username()))
			.query(Timestamp.class)
			.optional();
		if (notified.isPresent() && notified.get() != null
				&& !notified.get().toInstant().isBefore(locked.lockedUntil())) {
			return;
		}
		var email = account.get().email();
		if (email == null || email.isBlank()) {
			log.info("Sign-in for user {} is locked; they have no e-mail address to be told at", locked.userId());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("Sign-in for user {} is locked; no SMTP server is configured to tell them", locked.userId());
			return;
		}
		// A failure here rolls the transaction back; the registry tries the event again.
		RepeatableMail.send(sender, message(email, account.get().displayName(), account.get().username(), locked),
				"sign-in-lock-" + locked.userId() + "-" + locked.lockedUntil().getEpochSecond());
		jdbc.sql("""
				update sign_in_throttle set lock_notified_until = :until where kind = 'ACCOUNT' and key = :key
				""")
			.param("until", Timestamp.from(locked.lockedUntil()))
			.param("key", SignInThrottle.accountKey(account.get().username()))
			.update();
	}

	private SimpleMailMessage message(String email, String name, String username, SignInLocked locked) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject("Family Matters: signing in to your account is locked for now");
		message.setText("Hello " + name + ",\n\n" + "There were too many failed attempts to sign in to Family Matters "
				+ "as " + username + ", so signing in with that username is locked until "
				+ WHEN.format(locked.lockedUntil().atZone(ServiceTime.ZONE)) + ".\n\n"
				+ "If it was you, wait until then, or ask your administrator to unlock it now.\n"
				+ "If it was not you, tell your administrator: someone may be trying to guess your password.\n\n"
				+ "Sign in at " + publicAddress.link("/sign-in") + "\n\nFamily Matters\n");
		return message;
	}

}
