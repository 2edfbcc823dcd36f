package org.familymatters.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.internal.ChainWalk.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain's hash and its walk, without a database. */
class ChainWalkTest {

	private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456Z");

	@Test
	void theCanonicalFormTellsMissingFromEmptyAndKeepsMicroseconds() {
		var event = event(7, "detail");
		assertThat(AuditChain.canonical(event, 3)).isEqualTo("""
				family-matters-audit-event-v1
				+1:3
				+1:7
				+16:1772446530123456
				-
				+5:alice
				+11:TEST_VIEWED
				+7:ALLOWED
				+4:test
				+2:r7
				+4:ROLE
				+13:ADMINISTRATOR
				+6:detail
				-""");
		assertThat(AuditChain.hash(AuditChain.GENESIS, event(7, ""), 3))
			.isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event(7, null), 3));
		assertThat(AuditChain.hash(AuditChain.GENESIS, event, 3)).hasSize(32)
			.isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event, 4));
	}

	@Test
	void anUntouchedChainIsUnbroken() {
		var walk = walk(chain(5), 1, AuditChain.GENESIS);
		assertThat(walk.finish()).isEmpty();
		assertThat(walk.checked()).isEqualTo(5);
		assertThat(walk.lastPosition()).isEqualTo(5);
	}

	@Test
	void aChangedEventIsTheFirstBreakThoughALaterOneIsMissing() {
		var chain = chain(6);
		chain.set(1, with(chain.get(1), "nothing to see"));
		chain.remove(3);
		var found = walk(chain, 1, AuditChain.GENESIS).finish().orElseThrow();
		assertThat(found.eventId()).isEqualTo(2);
		assertThat(found.problem()).isEqualTo(Problem.CONTENT_CHANGED);
	}

	@Test
	void aMissingEventIsNamedByTheOneAfterIt() {
		var chain = chain(6);
		chain.remove(2);
		chain.remove(2);
		var found = walk(chain, 1, AuditChain.GENESIS).finish().orElseThrow();
		assertThat(found.eventId()).isEqualTo(5);
		assertThat(found.problem()).isEqualTo(Problem.MISSING);
		assertThat(found.words()).isEqualTo("2 events before it are missing (positions 3 to 4)");
	}

	@Test
	void anAlteredHashIsToldFromAChangedContentByTheEventAfterIt() {
		var chain = chain(4);
		var second = chain.get(1);
		chain.set(1, second.sealed(second.position(), second.prevHash(), new byte[32]));
		assertThat(walk(chain, 1, AuditChain.GENESIS).finish().orElseThrow().problem()).isEqualTo(Problem.HASH_ALTERED);

		var last = chain(3);
		last.set(2, with(last.get(2), "changed"));
		var found = walk(last, 1, AuditChain.GENESIS).finish().orElseThrow();
		assertThat(found.eventId()).isEqualTo(3);
		assertThat(found.problem()).isEqualTo(Problem.CONTENT_OR_HASH_CHANGED);
	}

	@Test
	void anAlteredLinkIsBrokenThere() {
		var chain = chain(3);
		var third = chain.get(2);
		chain.set(2, third.sealed(third.position(), new byte[32], third.hash()));
		var found = walk(chain, 1, AuditChain.GENESIS).finish().orElseThrow();
		assertThat(found.eventId()).isEqualTo(3);
		assertThat(found.problem()).isEqualTo(Problem.LINK_BROKEN);
	}

	@Test
	void aChainWhoseStartWasRemovedVerifiesFromItsAnchor() {
		var chain = chain(6);
		var anchor = chain.get(2).hash();
		var kept = chain.subList(3, 6);
		assertThat(walk(kept, 4, anchor).finish()).isEmpty();
		assertThat(walk(kept, 4, AuditChain.GENESIS).finish().orElseThrow().problem()).isEqualTo(Problem.LINK_BROKEN);
		assertThat(walk(chain.subList(4, 6), 4, anchor).finish().orElseThrow().problem()).isEqualTo(Problem.MISSING);
	}

	private static ChainWalk walk(List<ChainEvent> events, long first, byte[] start) {
		var walk = new ChainWalk(first, start);
		for (var event : events) {
			if (walk.next(event).isPresent()) {
				break;
			}
		}
		return walk;
	}

	/** Events 1 to n, sealed at positions 1 to n. */
	private static List<ChainEvent> chain(int n) {
		var events = new ArrayList<ChainEvent>();
		byte[] previous = AuditChain.GENESIS;
		for (int i = 1; i <= n; i++) {
			var event = event(i, "detail " + i);
			var hash = AuditChain.hash(previous, event, i);
			events.add(event.sealed(i, previous, hash));
			previous = hash;
		}
		return events;
	}

	private static ChainEvent with(ChainEvent event, String detail) {
		return new ChainEvent(event.id(), event.occurredAt(), event.actorId(), event.actorUsername(), event.action(),
				event.outcome(), event.recordType(), event.recordId(), event.basis(), event.basisReference(), detail,
				event.apiTokenId(), event.position(), event.prevHash(), event.hash());
	}

	private static ChainEvent event(long id, String detail) {
		return new ChainEvent(id, AT, null, "alice", "TEST_VIEWED", "ALLOWED", "test", "r" + id, "ROLE",
				"ADMINISTRATOR", detail, (UUID) null, null, null, null);
	}

}
