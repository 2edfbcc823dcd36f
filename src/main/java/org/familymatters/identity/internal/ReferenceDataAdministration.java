package org.familymatters.identity.internal;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does to organisations and localities. */
@Service
public class ReferenceDataAdministration {

	private static final String AS_ADMINISTRATOR = Role.ADMINISTRATOR.name();

	private final Organisations organisations;

	private final Localities localities;

	private final AuditTrail audit;

	ReferenceDataAdministration(Organisations organisations, Localities localities, AuditTrail audit) {
		this.organisations = organisations;
		this.localities = localities;
		this.audit = audit;
	}

	@Transactional
	public Organisation createOrganisation(String name, OrganisationType type, Sector sector, UUID localityId) {
		requireUniqueName(name, null);
		requireLocality(localityId);
		var organisation = saveUnique(() -> organisations.save(Organisation.create(name, type, sector, localityId)));
		audit.record(AuditEntry.allowed(IdentityAudit.ORGANISATION_CREATED, "organisation", organisation.id(),
				Basis.ROLE, AS_ADMINISTRATOR));
		return organisation;
	}

	/**
	 * Changes an organisation as an administrator saw it at {@code version}.
	 * @throws StaleSave when someone else changed it meanwhile
	 */
	@Transactional
	public Organisation updateOrganisation(UUID id, long version, String name, OrganisationType type, Sector sector,
			UUID localityId, boolean active) {
		var organisation = organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
		if (!Objects.equals(organisation.version(), version)) {
			throw new StaleSave("organisation", id);
		}
		requireUniqueName(name, id);
		requireLocality(localityId);
		var changed = saveUnique(() -> organisations
			.save(organisation.atVersion(version).update(name, type, sector, localityId, active)));
		audit.record(AuditEntry.allowed(IdentityAudit.ORGANISATION_UPDATED, "organisation", id, Basis.ROLE,
				AS_ADMINISTRATOR));
		return changed;
	}

	@Transactional
	public Locality createLocality(String name, String county) {
		if (localities.findByNameIgnoringCase(name.strip()).isPresent()) {
			throw new NameTaken();
		}
		var locality = saveUnique(() -> localities.save(Locality.create(name, county)));
		audit.record(AuditEntry.allowed(IdentityAudit.LOCALITY_CREATED, "locality", locality.id(), Basis.ROLE,
				AS_ADMINISTRATOR));
		return locality;
	}

	/**
	 * Changes a locality as an administrator saw it at {@code version}.
	 * @throws StaleSave when someone else changed it meanwhile
	 */
	@Transactional
	public Locality updateLocality(UUID id, long version, String name, String county) {
		var locality = localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		if (!Objects.equals(locality.version(), version)) {
			throw new StaleSave("locality", id);
		}
		var clash = localities.findByNameIgnoringCase(name.strip());
		if (clash.isPresent() && !clash.get().id().equals(id)) {
			throw new NameTaken();
		}
		var changed = saveUnique(() -> localities.save(locality.atVersion(version).rename(name, county)));
		audit.record(AuditEntry.allowed(IdentityAudit.LOCALITY_UPDATED, "locality", id, Basis.ROLE, AS_ADMINISTRATOR));
		return changed;
	}

	/**
	 * Saves, turning a clash with a name saved meanwhile by someone else into
	 * {@link NameTaken}.
	 */
	private static <T> T saveUnique(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DuplicateKeyException ex) {
			throw new NameTaken();
		}
	}

	private void requireUniqueName(String name, UUID self) {
		var clash = organisations.findByNameIgnoringCase(name.strip());
		if (clash.isPresent() && !clash.get().id().equals(self)) {
			throw new NameTaken();
		}
	}

	private void requireLocality(UUID localityId) {
		if (localityId != null && !localities.existsById(localityId)) {
			throw new NotFound("locality", localityId);
		}
	}

	/** Another organisation or locality already has that name. */
	public static class NameTaken extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NameTaken() {
			super("That name is taken");
		}

	}

}
