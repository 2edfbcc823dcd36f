package org.familymatters.consent;

import java.io.Serial;
import java.util.UUID;

import org.familymatters.audit.Basis;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access decision's refusal of a family's record (403), with what the refusal page
 * needs to say why in words a practitioner can act on: the family, the basis and
 * reference the decision gave (for example CONSENT and {@code WITHDRAWN:<consent id>}),
 * and whether the user may see the record but was refused a change.
 */
public class FamilyAccessRefused extends AccessDeniedException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID familyId;

	private final Basis basis;

	private final String reference;

	private final boolean maySee;

	public FamilyAccessRefused(UUID familyId, Access access, boolean change) {
		super("Not allowed to " + (change ? "change" : "see") + " this family");
		this.familyId = familyId;
		this.basis = access.basis();
		this.reference = access.reference();
		this.maySee = access.allowed();
	}

	public UUID familyId() {
		return familyId;
	}

	public Basis basis() {
		return basis;
	}

	public String reference() {
		return reference;
	}

	/** Whether the user may see the record, and was refused only a change to it. */
	public boolean maySee() {
		return maySee;
	}

}
