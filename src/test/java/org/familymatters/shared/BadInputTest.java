package org.familymatters.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.DateParts;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Whatever an administrator (who can reach every page) sends to whatever handler, the
 * answer is never a server error: bad ids, garbage in every field, impossible pages and
 * dates.
 */
@IntegrationTest
class BadInputTest {

	private static final String LONG = "x".repeat(5000);

	private static final Map<String, String> GARBAGE = Map.ofEntries(Map.entry("username", LONG),
			Map.entry("displayName", LONG), Map.entry("email", "@@@"), Map.entry("organisationId", "not-an-id"),
			Map.entry("roles", "NOT_A_ROLE"), Map.entry("version", "not-a-number"), Map.entry("name", LONG),
			Map.entry("type", "NOT_A_TYPE"), Map.entry("sector", "'; drop table user_account; --"),
			Map.entry("localityId", "0"), Map.entry("active", "perhaps"), Map.entry("county", LONG),
			Map.entry("lifetimeDays", "-1"), Map.entry("currentPassword", LONG), Map.entry("newPassword", LONG),
			Map.entry("confirmPassword", ""), Map.entry("page", "-7"), Map.entry("search", "%_\\'"),
			Map.entry("actor", "' or 1=1 --"), Map.entry("from.day", "99"), Map.entry("from.month", "13"),
			Map.entry("from.year", "20261"), Map.entry("to.day", "x"), Map.entry("recordId", LONG),
			Map.entry("per_page", "0"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void noHandlerAnswersBadInputWithAServerError() throws Exception {
		var failures = new ArrayList<String>();
		int requests = 0;
		for (var entry : handlers.getHandlerMethods().entrySet()) {
			if (entry.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
				continue;
			}
			var methods = entry.getKey().getMethodsCondition().getMethods();
			for (var pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (var path : concretePaths(pattern)) {
					for (var method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
						var request = request(method, path);
						GARBAGE.forEach(request::param);
						int status = mvc.perform(request).andReturn().getResponse().getStatus();
						requests++;
						if (status >= 500) {
							failures.add(method + " " + path + " -> " + status);
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(30);
		assertThat(failures).as("requests answered with a server error").isEmpty();
	}

	/**
	 * A NUL character, and other control characters, in every field of every form, sent
	 * to every handler as someone its access rule lets in: each is refused as text no
	 * keyboard types (a message by the field, or a 400), never a server error, and
	 * nothing is saved.
	 */
	@Test
	void aNulCharacterInAnyFieldIsNeverAServerError() throws Exception {
		var family = jdbc.sql("select id from family where reference = (select min(reference) from family)")
			.query(UUID.class)
			.optional()
			.map(UUID::toString)
			.orElse(UUID.randomUUID().toString());
		var failures = new ArrayList<String>();
		int requests = 0;
		for (var entry : handlers.getHandlerMethods().entrySet()) {
			var handler = entry.getValue();
			if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
				continue;
			}
			var fields = formFields(handler);
			var role = allowedRole(handler);
			var methods = entry.getKey().getMethodsCondition().getMethods();
			for (var pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				var template = new UriTemplate(pattern);
				var values = new java.util.HashMap<String, String>();
				template.getVariableNames().forEach(name -> values.put(name, family));
				var path = template.expand(values).toString();
				for (var method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					var request = (method != RequestMethod.POST) ? get(path) : post(path).with(csrf());
					if (role != null) {
						request.with(users.as(role));
					}
					for (var field : fields) {
						request.param(field, "Sam\u0000 " + field + "\u0007");
					}
					request.param("q", "\u0000").param("page", "1\u0000");
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					requests++;
					if (status >= 500) {
						failures.add(method + " " + path + " as " + role + " -> " + status);
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(30);
		assertThat(failures).as("requests with a NUL answered with a server error").isEmpty();
	}

	@Test
	void impossiblePageNumbersAreHandled() throws Exception {
		for (var page : List.of("0", "-1", "2147483647", "abc", "")) {
			int status = mvc.perform(get("/admin/users").param("page", page).with(users.as(Role.ADMINISTRATOR)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("page=%s", page).isLessThan(500);
			status = mvc.perform(get("/admin/audit").param("page", page).with(users.as(Role.ADMINISTRATOR)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("audit page=%s", page).isLessThan(500);
		}
	}

	/** The names of the fields of the forms a handler binds, date parts included. */
	private static List<String> formFields(HandlerMethod handler) {
		var names = new ArrayList<String>();
		for (var parameter : handler.getMethodParameters()) {
			if (!parameter.hasParameterAnnotation(ModelAttribute.class)) {
				continue;
			}
			for (var field : parameter.getParameterType().getDeclaredFields()) {
				if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				if (field.getType() == DateParts.class) {
					names.add(field.getName() + ".day");
					names.add(field.getName() + ".month");
					names.add(field.getName() + ".year");
				}
				else if (field.getType() == String.class || List.class.isAssignableFrom(field.getType())) {
					names.add(field.getName());
				}
			}
		}
		return names;
	}

	/**
	 * A role the handler's access rule lets in, so that its form is bound and checked.
	 */
	private static Role allowedRole(HandlerMethod handler) {
		var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return null;
		}
		var matcher = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(rule.value());
		return matcher.find() ? Role.valueOf(matcher.group(1)) : Role.ADMINISTRATOR;
	}

	private MockHttpServletRequestBuilder request(RequestMethod method, String path) {
		var builder = (method != RequestMethod.POST) ? get(path) : post(path).with(csrf());
		return builder.with(users.as(Role.ADMINISTRATOR));
	}

	/**
	 * Each path template with its variables as a fresh user's id, an unknown id, and not
	 * an id at all.
	 */
	private List<String> concretePaths(String pattern) {
		var template = new UriTemplate(pattern);
		if (template.getVariableNames().isEmpty()) {
			return List.of(pattern);
		}
		var fresh = users.create(Role.VOLUNTEER).account().id().toString();
		var unknown = UUID.randomUUID().toString();
		return List.of(expand(template, fresh), expand(template, unknown), expand(template, "not-an-id"));
	}

	private static String expand(UriTemplate template, String value) {
		var values = new java.util.HashMap<String, String>();
		template.getVariableNames().forEach(name -> values.put(name, value));
		return template.expand(values).toString();
	}

}
