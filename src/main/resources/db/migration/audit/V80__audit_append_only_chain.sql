-- An audit trail nobody can quietly change (issue 17, ADR 0019).
--
-- Each event is sealed into a hash chain shortly after it is committed (audit.internal.AuditChainSealer):
-- its place in the chain, the hash of the event before it, and its own hash, SHA-256 over that hash and
-- the event's columns in a canonical form (audit.internal.AuditChain). Events from before this migration
-- are sealed by the first sealing, oldest first.
alter table audit_event
    add column chain_position bigint,
    add column prev_hash      bytea,
    add column hash           bytea;
create unique index audit_event_chain_position on audit_event (chain_position) where chain_position is not null;
create index audit_event_unsealed on audit_event (id) where hash is null;

-- Where the chain starts after the retention of the audit trail removed its oldest events: the
-- position of the first event kept and the hash it carries of the last one removed. Written only by
-- audit_prune, never changed.
create table audit_chain_anchor (
    id             bigint generated always as identity primary key,
    first_position bigint not null,
    prev_hash      bytea not null,
    events_removed integer not null check (events_removed > 0),
    removed_before timestamptz not null,
    removed_at     timestamptz not null,
    transaction_id xid8 not null default pg_current_xact_id()
);

-- Events are only ever added. Refused, whoever asks (the owner too, unless they turn triggers off):
-- any change to an event, except sealing it once (the chain's three columns set where they were empty,
-- nothing else changed); any removal, except of the chain's oldest events by audit_prune, which
-- records the anchor in the same transaction first; and emptying the table.
create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.hash is null and old.prev_hash is null and old.chain_position is null
                and new.hash is not null and new.prev_hash is not null and new.chain_position is not null
                and (new.id, new.occurred_at, new.actor_id, new.actor_username, new.action, new.outcome,
                     new.record_type, new.record_id, new.basis, new.basis_reference, new.detail, new.api_token_id)
                    is not distinct from
                    (old.id, old.occurred_at, old.actor_id, old.actor_username, old.action, old.outcome,
                     old.record_type, old.record_id, old.basis, old.basis_reference, old.detail, old.api_token_id) then
            return new;
        end if;
        raise exception 'The audit trail only takes new events: event % cannot be changed', old.id
            using errcode = 'insufficient_privilege',
                  hint = 'Audit events are written once (docs/audit-chain.md).';
    elsif tg_op = 'DELETE' then
        if old.chain_position is not null and exists (
                select 1 from audit_chain_anchor a
                where a.transaction_id = pg_current_xact_id() and old.chain_position < a.first_position) then
            return old;
        end if;
        raise exception 'The audit trail only takes new events: event % cannot be removed', old.id
            using errcode = 'insufficient_privilege',
                  hint = 'Only the retention of the audit trail removes events, the oldest first, through audit_prune (docs/audit-chain.md).';
    end if;
    raise exception 'The audit trail only takes new events: it cannot be emptied'
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

create function audit_chain_anchor_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'Where the audit chain starts is written once and never changed'
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_chain_anchor_append_only before update or delete on audit_chain_anchor
    for each row execute function audit_chain_anchor_append_only();
create trigger audit_chain_anchor_no_truncate before truncate on audit_chain_anchor
    for each statement execute function audit_chain_anchor_append_only();

-- Seals events into the chain: the events given (ids), at the positions given, each carrying the hash
-- of the one before and its own. Run as the owner (security definer), so that the application's role
-- needs no right to change events; it refuses seals that do not continue the chain where it ends.
create function audit_seal(ids bigint[], positions bigint[], prev_hashes bytea[], hashes bytea[]) returns integer
language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    head_position bigint;
    head_hash     bytea;
    sealed        integer;
    n             integer := cardinality(ids);
begin
    if n = 0 then
        return 0;
    end if;
    if cardinality(positions) <> n or cardinality(prev_hashes) <> n or cardinality(hashes) <> n then
        raise exception 'audit_seal: the arrays differ in length';
    end if;
    perform pg_advisory_xact_lock(hashtext('audit_event chain'));
    select e.chain_position, e.hash into head_position, head_hash
    from audit_event e where e.chain_position is not null order by e.chain_position desc limit 1;
    if head_position is null then
        select a.first_position - 1, a.prev_hash into head_position, head_hash
        from audit_chain_anchor a order by a.first_position desc limit 1;
    end if;
    head_position := coalesce(head_position, 0);
    head_hash := coalesce(head_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    for i in 1 .. n loop
        if positions[i] <> head_position + i then
            raise exception 'audit_seal: position % does not follow the chain''s end (%)', positions[i], head_position + i - 1;
        end if;
        if prev_hashes[i] <> (case when i = 1 then head_hash else hashes[i - 1] end) then
            raise exception 'audit_seal: the event at position % does not carry the hash of the one before', positions[i];
        end if;
    end loop;
    update audit_event e set chain_position = s.position, prev_hash = s.prev_hash, hash = s.hash
    from unnest(ids, positions, prev_hashes, hashes) as s(id, position, prev_hash, hash)
    where e.id = s.id and e.hash is null;
    get diagnostics sealed = row_count;
    if sealed <> n then
        raise exception 'audit_seal: % of % events were not found unsealed', n - sealed, n;
    end if;
    return sealed;
end
$$;
revoke execute on function audit_seal(bigint[], bigint[], bytea[], bytea[]) from public;

-- Removes at most max_events of the chain's oldest events, from its start and only while they
-- happened before removed_before; records first where the chain now starts, then removes them, in
-- the caller's transaction. Returns how many were removed (0 when none is due).
create function audit_prune(removed_before timestamptz, max_events integer, removed_at timestamptz) returns integer
language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    event        record;
    last_removed bigint;
    anchor_hash  bytea;
    removed      integer := 0;
    deleted      integer;
begin
    if max_events is null or max_events < 1 then
        return 0;
    end if;
    perform pg_advisory_xact_lock(hashtext('audit_event chain'));
    for event in
        select e.chain_position, e.occurred_at, e.hash from audit_event e
        where e.chain_position is not null order by e.chain_position limit max_events
    loop
        exit when event.occurred_at >= removed_before;
        last_removed := event.chain_position;
        anchor_hash := event.hash;
        removed := removed + 1;
    end loop;
    if removed = 0 then
        return 0;
    end if;
    insert into audit_chain_anchor (first_position, prev_hash, events_removed, removed_before, removed_at)
    values (last_removed + 1, anchor_hash, removed, removed_before, removed_at);
    delete from audit_event e where e.chain_position is not null and e.chain_position <= last_removed;
    get diagnostics deleted = row_count;
    return deleted;
end
$$;
revoke execute on function audit_prune(timestamptz, integer, timestamptz) from public;
