package org.familymatters.directory.internal;

import java.util.List;
import java.util.Optional;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * Who is changing the directory: the role that lets the signed-in user keep it (the basis
 * recorded in the audit trail) and the name shown beside what they change.
 */
@Component
public class DirectoryEditor {

	/** The roles that keep the directory, the first one held being the basis recorded. */
	private static final List<Role> EDITORS = List.of(Role.SUPPORT_WORKER, Role.ADMINISTRATOR);

	/**
	 * The roles that keep the resources: the directory's editors, and training
	 * coordinators (until training is in the service, the resources are theirs to keep).
	 */
	private static final List<Role> RESOURCE_EDITORS = List.of(Role.SUPPORT_WORKER, Role.ADMINISTRATOR,
			Role.TRAINING_COORDINATOR);

	/**
	 * The roles that write the news and newsletters: training coordinators, managers and
	 * administrators.
	 */
	private static final List<Role> NEWS_EDITORS = List.of(Role.TRAINING_COORDINATOR, Role.MANAGER, Role.ADMINISTRATOR);

	/** Who changed a record when nobody was signed in (a command or demo data). */
	static final String SERVICE_NAME = "Family Matters";

	private final CurrentUser currentUser;

	DirectoryEditor(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The editing role the signed-in user holds, if any. */
	public Optional<Role> role() {
		return EDITORS.stream().filter(currentUser::has).findFirst();
	}

	/** The role that lets the signed-in user keep the resources, if any. */
	public Optional<Role> resourceRole() {
		return RESOURCE_EDITORS.stream().filter(currentUser::has).findFirst();
	}

	/** The role that lets the signed-in user write the news, if any. */
	public Optional<Role> newsRole() {
		return NEWS_EDITORS.stream().filter(currentUser::has).findFirst();
	}

	/**
	 * The basis of a change to a service or an organisation: the editing role, or
	 * {@code SYSTEM} when nobody is signed in (a command), or {@code UNKNOWN}.
	 */
	String basis() {
		if (currentUser.find().isEmpty() && CurrentUser.ANONYMOUS.equals(currentUser.name())) {
			return "SYSTEM";
		}
		return role().map(Role::name).orElse("UNKNOWN");
	}

	/** The signed-in user's name as people read it, or the service's own name. */
	String displayName() {
		var user = currentUser.find();
		if (user.isPresent()) {
			return user.map(SignedInUser::displayName).orElseThrow();
		}
		var name = currentUser.name();
		return CurrentUser.ANONYMOUS.equals(name) ? SERVICE_NAME : name;
	}

	/** The signed-in user's username, as the audit trail records the actor. */
	String username() {
		return currentUser.name();
	}

	/** The signed-in user who writes a guide. */
	SignedInUser user() {
		return currentUser.get();
	}

}
