package org.familymatters.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api}: bearer tokens issued by an administrator. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI familyMattersApi() {
		return new OpenAPI()
			.info(new Info().title("Family Matters API")
				.version("1")
				.description("For agencies' systems. Every call needs a bearer token that an administrator issues "
						+ "to a user; the call then has exactly that user's access. Errors are RFC 9457 problem "
						+ "details."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token, e.g. fm_…")));
	}

}
