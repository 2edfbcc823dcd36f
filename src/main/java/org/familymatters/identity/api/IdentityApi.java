package org.familymatters.identity.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.shared.security.SignedIn;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and the reference data every client needs. */
@RestController
@RequestMapping("/api")
@Tag(name = "Identity", description = "The caller, localities and organisations")
@SecurityRequirement(name = "bearer")
class IdentityApi {

	private final Localities localities;

	private final Organisations organisations;

	private final SignedInStaff signedIn;

	IdentityApi(Localities localities, Organisations organisations, SignedInStaff signedIn) {
		this.localities = localities;
		this.organisations = organisations;
		this.signedIn = signedIn;
	}

	@SignedIn
	@GetMapping("/me")
	@Operation(summary = "The user the token was issued to")
	Me me() {
		var user = signedIn.get();
		return new Me(user.id(), user.username(), user.displayName(), user.organisationId(), user.organisationName(),
				List.copyOf(user.roles()));
	}

	@SignedIn
	@GetMapping("/localities")
	@Operation(summary = "Every locality, by county and name")
	List<LocalityResource> localities() {
		return localities.findAllOrdered()
			.stream()
			.map(l -> new LocalityResource(l.id(), l.name(), l.county()))
			.toList();
	}

	@SignedIn
	@GetMapping("/organisations")
	@Operation(summary = "Every organisation, by name")
	List<OrganisationResource> organisations() {
		return organisations.findAllOrdered()
			.stream()
			.map(o -> new OrganisationResource(o.id(), o.name(), o.type().name(), o.sector().name(), o.localityId(),
					o.active()))
			.toList();
	}

	record Me(UUID id, String username, String displayName, UUID organisationId, String organisationName,
			List<Role> roles) {
	}

	record LocalityResource(UUID id, String name, String county) {
	}

	record OrganisationResource(UUID id, String name, String type, String sector, UUID localityId, boolean active) {
	}

}
