package org.familymatters.consent;

import java.io.Serial;
import java.util.UUID;

/**
 * The access decision's refusal of an action of a family's plan (403): the action is not
 * (or no longer) the user's organisation's or theirs, it is closed, or their organisation
 * is inactive. Its page says the action is no longer theirs; it names nothing of the
 * family.
 */
public class ActionAccessRefused extends FamilyAccessRefused {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID actionId;

	public ActionAccessRefused(UUID familyId, UUID actionId, Access access, boolean change) {
		super(familyId, access, change);
		this.actionId = actionId;
	}

	public UUID actionId() {
		return actionId;
	}

}
