package org.familymatters.consent.internal.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.ActionSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.Role;

/**
 * Who may see an action of a family's support plan, and with it the minimum of the
 * family's record needed to do it (the ACTION basis), from the facts alone (no database,
 * no signed-in user: a unit test drives it through every case). In this order:
 * <ol>
 * <li>nobody signed in sees nothing;</li>
 * <li>the family's own support workers (its locality's, and its key worker while a
 * support worker) see and change everything, as {@link AccessRule} says (ROLE);</li>
 * <li>anyone holding none of the agency practitioner, designated safeguarding lead and
 * support worker roles sees nothing (ROLE, their roles);</li>
 * <li>someone whose organisation is not the action's owner, or, when the action names a
 * person, who is not that person, sees nothing (ACTION, {@code NOT_OWNER:<action>}): a
 * former owner after a reassignment among them;</li>
 * <li>the owner whose organisation is no longer active sees nothing (ACTION,
 * {@code ORGANISATION_INACTIVE:<action>});</li>
 * <li>the owner of an action that is done or cannot be done sees nothing more (ACTION,
 * {@code CLOSED:<action>});</li>
 * <li>the owner of an open action sees it and who it is about (ACTION, the action's id),
 * and may change the action, never the family ({@link Access#mayChange()} is false).</li>
 * </ol>
 */
public final class ActionRule {

	/** The roles that may own an action. */
	public static final Set<Role> OWNERS = EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD,
			Role.SUPPORT_WORKER);

	private ActionRule() {
	}

	/** What the viewer may see of the family through one of its actions. */
	public static Access decide(Viewer viewer, AccessSubject family, ActionSubject action) {
		if (!viewer.signedIn()) {
			return AccessRule.refused(Basis.ROLE, "anonymous");
		}
		var supportWorker = AccessRule.ofTheFamily(viewer, family);
		if (supportWorker != null) {
			return supportWorker;
		}
		return byOwnership(viewer, action);
	}

	/**
	 * What the viewer may see through the action as its owner alone, whoever keeps the
	 * family: for the lists of an organisation's actions.
	 */
	public static Access byOwnership(Viewer viewer, ActionSubject action) {
		if (!viewer.signedIn()) {
			return AccessRule.refused(Basis.ROLE, "anonymous");
		}
		if (viewer.roles().stream().noneMatch(OWNERS::contains)) {
			return AccessRule.refused(Basis.ROLE,
					viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		var id = action.actionId();
		var organisation = viewer.organisation();
		if (organisation == null || !organisation.id().equals(action.ownerOrganisationId())
				|| (action.ownerUserId() != null && !action.ownerUserId().equals(viewer.id()))) {
			return AccessRule.refused(Basis.ACTION, "NOT_OWNER:" + id);
		}
		if (!organisation.active()) {
			return AccessRule.refused(Basis.ACTION, "ORGANISATION_INACTIVE:" + id);
		}
		if (!action.open()) {
			return AccessRule.refused(Basis.ACTION, "CLOSED:" + id);
		}
		var about = action.aboutPersonId();
		return new Access(true, Basis.ACTION, id.toString(),
				(about != null) ? EnumSet.of(InformationKind.IDENTITY) : EnumSet.noneOf(InformationKind.class),
				(about != null) ? Set.of(about) : Set.of(), false);
	}

}
