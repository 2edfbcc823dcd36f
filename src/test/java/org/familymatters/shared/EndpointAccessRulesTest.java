package org.familymatters.shared;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler declares who may call it, on the method or its class. The web filter
 * chain lets requests through to the handlers, so a handler with no rule would be open to
 * anyone.
 */
@IntegrationTest
class EndpointAccessRulesTest {

	private static final List<Class<? extends Annotation>> RULES = List.of(PreAuthorize.class, PermitAll.class,
			RolesAllowed.class, DenyAll.class, Secured.class);

	/**
	 * Handlers that are not ours: the OpenAPI description and Swagger UI, public
	 * documentation.
	 */
	private static final Set<String> DOCUMENTATION_PACKAGES = Set.of("org.springdoc");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void everyHandlerDeclaresWhoMayCallIt() {
		var undeclared = handlers.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(entry -> isOurs(entry.getValue()))
			.filter(entry -> !declaresRule(entry.getValue()))
			.map(entry -> entry.getValue().getBeanType().getSimpleName() + "." + entry.getValue().getMethod().getName()
					+ " " + entry.getKey())
			.toList();
		assertThat(undeclared).as("handlers with no access rule").isEmpty();
	}

	@Test
	void theWalkSeesOurHandlers() {
		assertThat(handlers.getHandlerMethods().values().stream().filter(EndpointAccessRulesTest::isOurs))
			.as("handlers found")
			.hasSizeGreaterThan(20);
	}

	private static boolean isOurs(HandlerMethod handler) {
		var name = handler.getBeanType().getPackageName();
		return DOCUMENTATION_PACKAGES.stream().noneMatch(name::startsWith);
	}

	private static boolean declaresRule(HandlerMethod handler) {
		return RULES.stream()
			.anyMatch(rule -> AnnotatedElementUtils.hasAnnotation(handler.getMethod(), rule)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), rule));
	}

}
