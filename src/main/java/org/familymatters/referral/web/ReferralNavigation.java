package org.familymatters.referral.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referrals' entries in the service navigation. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

	@Bean
	NavigationEntry referFamilyEntry() {
		return new NavigationEntry("Refer a family", "/referrals/new",
				Set.of(Role.COURT_DESK_COORDINATOR.authority(), Role.SUPPORT_WORKER.authority(),
						Role.AGENCY_PRACTITIONER.authority(), Role.SAFEGUARDING_LEAD.authority(),
						Role.TRAINING_COORDINATOR.authority(), Role.MANAGER.authority(),
						Role.ADMINISTRATOR.authority()),
				200);
	}

	@Bean
	NavigationEntry askForSupportEntry() {
		return new NavigationEntry("Ask for support", "/ask-for-support", Set.of(NavigationEntry.SIGNED_OUT), 120);
	}

	@Bean
	NavigationEntry triageEntry() {
		return new NavigationEntry("Triage", "/referrals/triage", Set.of(Role.SUPPORT_WORKER.authority()), 210);
	}

}
