package org.familymatters.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command for an administrator locked out:
 * {@code --identity.one-time-password=<username>} gives the named administrator a new
 * one-time password, writes it to the console, and stops the service (exit status 1 when
 * the username is not an administrator's), unless
 * {@code familymatters.identity.exit-after-command=false}. Whoever can start the service
 * with its database can do this anyway; the audit trail records it.
 */
@Component
@Order(3)
class OneTimePasswordCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OneTimePasswordCommand.class);

	static final String OPTION = "identity.one-time-password";

	private final UserAdministration administration;

	private final FirstStart console;

	private final OneTimePasswordProperties oneTimePasswords;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfterCommand;

	OneTimePasswordCommand(UserAdministration administration, FirstStart console,
			OneTimePasswordProperties oneTimePasswords, ConfigurableApplicationContext context,
			@Value("${familymatters.identity.exit-after-command:true}") boolean exitAfterCommand) {
		this.administration = administration;
		this.console = console;
		this.oneTimePasswords = oneTimePasswords;
		this.context = context;
		this.exitAfterCommand = exitAfterCommand;
	}

	@Override
	public void run(ApplicationArguments args) {
		var usernames = args.getOptionValues(OPTION);
		if (usernames == null) {
			return;
		}
		boolean refused = false;
		for (var username : (!usernames.isEmpty()) ? usernames : List.of("")) {
			try {
				var oneTimePassword = administration.newAdministratorPassword(username);
				console.tell(System.out, "A new one-time password for the administrator '" + username.strip() + "'",
						oneTimePassword, username.strip(), oneTimePasswords.firstAdministratorLifetime().toHours());
			}
			catch (UserAdministration.NotAnAdministrator ex) {
				log.error("--{}={}: {}", OPTION, username, ex.getMessage());
				refused = true;
			}
		}
		if (exitAfterCommand) {
			int status = refused ? 1 : 0;
			System.exit(SpringApplication.exit(context, () -> status));
		}
	}

}
