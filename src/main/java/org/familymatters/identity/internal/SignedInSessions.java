package org.familymatters.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions, on every instance, when their access changes. */
@Component
public class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void endAllFor(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

}
