package org.familymatters.audit.internal;

import org.familymatters.audit.Basis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command that verifies the audit trail: {@code --audit.verify} seals what has been
 * committed, walks the whole hash chain, writes the result to the console ("Unbroken: N
 * events up to …" or where the first break is and what is wrong) and stops the service:
 * exit status 0 when the chain is unbroken, 2 when it is broken. The verification is
 * itself audited.
 */
@Component
@Order(4)
class AuditChainCommand implements ApplicationRunner {

	static final String OPTION = "audit.verify";

	private final AuditChainVerification verification;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfterCommand;

	AuditChainCommand(AuditChainVerification verification, ConfigurableApplicationContext context,
			@Value("${familymatters.identity.exit-after-command:true}") boolean exitAfterCommand) {
		this.verification = verification;
		this.context = context;
		this.exitAfterCommand = exitAfterCommand;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		var report = verification.check(Basis.SYSTEM, "--" + OPTION);
		System.out.println("Audit trail: " + report.summary());
		if (exitAfterCommand) {
			int status = report.unbroken() ? 0 : 2;
			System.exit(SpringApplication.exit(context, () -> status));
		}
	}

}
