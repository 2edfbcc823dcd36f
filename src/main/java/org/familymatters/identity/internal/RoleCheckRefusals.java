package org.familymatters.identity.internal;

import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInvocation;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refusals by the role check are audited: when a handler's access annotation (method
 * security) refuses a signed-in user or a token, before any access decision of a module
 * could, Spring Security publishes an {@link AuthorizationDeniedEvent}; this records who,
 * which path and which rule, in a transaction of its own (the refusal rolls the request's
 * back). Someone not signed in is answered 401 and not recorded here (failed sign-ins
 * are).
 */
@Configuration(proxyBeanMethods = false)
class RoleCheckRefusals {

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final TransactionTemplate ownTransaction;

	RoleCheckRefusals(AuditTrail audit, CurrentUser currentUser, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.currentUser = currentUser;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Method security publishes its refusals (and only those) as events. */
	@Bean
	static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		if (!(event.getObject() instanceof MethodInvocation invocation) || currentUser.find().isEmpty()) {
			return;
		}
		var request = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
		var path = (request != null) ? request.getRequestURI() : null;
		var handler = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
				+ invocation.getMethod().getName();
		var entry = AuditEntry
			.refused(IdentityAudit.ROLE_CHECK_REFUSED, "path", path, Basis.ROLE, rule(event.getAuthorizationResult()))
			.withDetail(((request != null) ? request.getMethod() + " " + path + " " : "") + "(" + handler + "); holds "
					+ String.join(",", currentUser.authorities()));
		ownTransaction.executeWithoutResult(status -> audit.record(entry));
	}

	/** The rule that refused, as written on the handler. */
	static String rule(AuthorizationResult result) {
		if (result instanceof ExpressionAuthorizationDecision expression) {
			return expression.getExpression().getExpressionString();
		}
		if (result instanceof AuthorityAuthorizationDecision authorities) {
			return authorities.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.collect(Collectors.joining(",", "hasAnyAuthority(", ")"));
		}
		return String.valueOf(result);
	}

}
