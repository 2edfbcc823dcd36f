package org.familymatters.identity;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An agency whose staff use the service or who work with families. */
public record Organisation(@Id UUID id, String name, OrganisationType type, Sector sector, UUID localityId,
		boolean active, @Version Long version) {

	public static Organisation create(String name, OrganisationType type, Sector sector, UUID localityId) {
		return new Organisation(UUID.randomUUID(), name.strip(), type, sector, localityId, true, null);
	}

	/**
	 * The same organisation as the version the user last saw, so a save after someone
	 * else's is refused.
	 */
	public Organisation atVersion(long seenVersion) {
		return new Organisation(id, name, type, sector, localityId, active, seenVersion);
	}

	public Organisation update(String newName, OrganisationType newType, Sector newSector, UUID newLocalityId,
			boolean nowActive) {
		return new Organisation(id, newName.strip(), newType, newSector, newLocalityId, nowActive, version);
	}

}
