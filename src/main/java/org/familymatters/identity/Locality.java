package org.familymatters.identity;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A local area with its own Family Matters network, within a county of the Thames Valley.
 */
public record Locality(@Id UUID id, String name, String county, @Version Long version) {

	public static Locality create(String name, String county) {
		return new Locality(UUID.randomUUID(), name.strip(), county.strip(), null);
	}

	/**
	 * The same locality as the version the user last saw, so a save after someone else's
	 * is refused.
	 */
	public Locality atVersion(long seenVersion) {
		return new Locality(id, name, county, seenVersion);
	}

	public Locality rename(String newName, String newCounty) {
		return new Locality(id, newName.strip(), newCounty.strip(), version);
	}

}
