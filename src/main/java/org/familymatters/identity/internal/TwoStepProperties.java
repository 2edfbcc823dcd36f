package org.familymatters.identity.internal;

import java.util.List;

import org.familymatters.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-step sign-in ({@code familymatters.two-step.*}).
 *
 * @param requiredForRoles roles whose holders must use it: after their password, one who
 * has not set it up is taken to set it up, and can do nothing else until they have (none
 * by default; for example {@code SUPPORT_WORKER,AGENCY_PRACTITIONER,SAFEGUARDING_LEAD},
 * the roles that see families' records)
 * @param issuer the name authenticator apps show beside the code
 */
@ConfigurationProperties("familymatters.two-step")
record TwoStepProperties(@DefaultValue List<Role> requiredForRoles, @DefaultValue("Family Matters") String issuer) {
}
