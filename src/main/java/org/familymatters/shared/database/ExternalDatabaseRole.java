package org.familymatters.shared.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * With an external database, the pool's role is the {@link ApplicationRole} when Flyway
 * migrates as another ({@code spring.flyway.user}, the owner); when both are the same
 * role, there is none and the pool connects as the owner (docs/audit-chain.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseRole.ExternalDatabase.class)
class ExternalDatabaseRole {

	@Bean
	ApplicationRole applicationRole(Environment environment) {
		var pool = environment.getProperty("spring.datasource.username");
		var owner = environment.getProperty("spring.flyway.user");
		if (StringUtils.hasText(owner) && StringUtils.hasText(pool) && !owner.equals(pool)) {
			return new ApplicationRole(pool);
		}
		return ApplicationRole.none();
	}

	static class ExternalDatabase extends NoExternalDatabase {

		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return !super.matches(context, metadata);
		}

	}

}
