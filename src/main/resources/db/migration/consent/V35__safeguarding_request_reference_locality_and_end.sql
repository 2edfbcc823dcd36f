-- A request to share without consent gets a reference its requester can follow (SR-000001), the
-- locality of its family when it was asked (a designated safeguarding lead decides the requests of
-- their own localities), and, for an approval a lead ends before its end date, when and by whom.
create sequence safeguarding_request_number_seq;

alter table safeguarding_request
    add column reference   text,
    add column locality_id uuid references locality (id),
    add column ended_at    timestamptz,
    add column ended_by    uuid references user_account (id);

-- Requests already on record are numbered in the order they were asked. Their locality is filled
-- in from the family module when the service starts (consent reads no family table).
with numbered as (
    select id, row_number() over (order by requested_at, id) as n from safeguarding_request
)
update safeguarding_request r
set reference = 'SR-' || lpad(numbered.n::text, 6, '0')
from numbered where numbered.id = r.id;

select setval('safeguarding_request_number_seq', greatest(1, (select count(*) from safeguarding_request)),
              (select count(*) from safeguarding_request) > 0);

alter table safeguarding_request
    alter column reference set default ('SR-' || lpad(nextval('safeguarding_request_number_seq')::text, 6, '0')),
    alter column reference set not null,
    add constraint safeguarding_end_only_of_approvals check (ended_at is null or status = 'approved'),
    add constraint safeguarding_end_complete check ((ended_at is null) = (ended_by is null));

create unique index safeguarding_request_reference on safeguarding_request (reference);
create index safeguarding_request_locality_status on safeguarding_request (locality_id, status, requested_at);
create index safeguarding_request_requested_by on safeguarding_request (requested_by, requested_at);
