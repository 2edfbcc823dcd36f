package org.familymatters.shared.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Closed families the retention run made anonymous
 * ({@link RetentionKind#CLOSED_FAMILIES}): published by the family module in the
 * transaction of each batch, with the families merged into them. Each module that keeps
 * rows about a family (support plans, consents and requests to share, schools, release
 * plans, Building Bridges, networks, referrals) makes its own rows about these families
 * anonymous in a listener of its own (ADR 0016, "Closed families across modules"): its
 * free text goes whole, replaced by {@link #REMOVED} where a value is required, and what
 * its reports count stays. No module touches another's rows.
 * <p>
 * The event carries ids, never names: the event publication registry keeps it in
 * {@code event_publication}, which would otherwise hold the very names being removed. A
 * listener may receive the event more than once (the registry retries) and must leave the
 * same result, auditing only what it changed.
 *
 * @param familyIds the families made anonymous
 */
public record FamiliesAnonymised(List<UUID> familyIds) {

	/** What a listener writes in place of free text that a value is required for. */
	public static final String REMOVED = "[removed after the retention period]";

	/** What a person's name becomes, as on the family record. */
	public static final String NAME = "Removed";

	/** The audit basis reference of what the listeners do. */
	public static final String BASIS_REFERENCE = "RETENTION:" + RetentionKind.CLOSED_FAMILIES.name();

	public FamiliesAnonymised {
		familyIds = List.copyOf(familyIds);
	}

}
