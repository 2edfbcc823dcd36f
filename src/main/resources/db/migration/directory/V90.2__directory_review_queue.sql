-- The services waiting for their yearly check, longest unchecked first, a page at a time: read
-- from an index in its order instead of sorting every service.
create index dir_service_review_queue on dir_service (last_checked_on nulls first, name, id)
    where status <> 'defunct';
