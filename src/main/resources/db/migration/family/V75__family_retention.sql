-- Retention of closed families (issue 17, ADR 0016): when a family's support was closed, whether it
-- has been made anonymous, and the safeguarding hold that keeps it whole until the hold ends.

-- The moment the family was closed: kept by the trigger below from updated_at (which the service
-- sets from its clock) whenever the status becomes 'closed', cleared when it is reopened. Families
-- closed before this migration take their last change as the moment.
alter table family add column closed_at timestamptz;
update family set closed_at = updated_at where status = 'closed';

create function family_closed_at() returns trigger language plpgsql as $$
begin
    if new.status = 'closed' then
        if new.closed_at is null or (tg_op = 'UPDATE' and old.status is distinct from 'closed'
                and new.closed_at is not distinct from old.closed_at) then
            new.closed_at := new.updated_at;
        end if;
    else
        new.closed_at := null;
    end if;
    return new;
end
$$;

create trigger family_closed_at before insert or update of status, closed_at on family
    for each row execute function family_closed_at();

-- When the family's record was made anonymous (names, dates of birth, addresses, free text and
-- attachments gone; what the reports count kept).
alter table family add column anonymised_at timestamptz;

-- A safeguarding hold: a designated safeguarding lead keeps the family whole until this day
-- (inclusive), whatever the retention schedule says, with the reason and who placed it.
alter table family
    add column hold_until     date,
    add column hold_reason    text check (hold_reason is null or btrim(hold_reason) <> ''),
    add column hold_placed_by uuid references user_account (id),
    add column hold_placed_at timestamptz,
    add constraint family_hold_complete check (hold_until is null
        or (hold_reason is not null and hold_placed_by is not null and hold_placed_at is not null));

-- The closed families not yet anonymous, oldest closure first: what the nightly run looks for.
create index family_retention_due on family (closed_at, id)
    where status = 'closed' and anonymised_at is null and merged_into is null;
create index family_hold on family (hold_until) where hold_until is not null;
