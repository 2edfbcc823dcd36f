-- A timeline entry sent again with the same key (the answer to the first was lost, a crash, a
-- double click) is stored once: the key is made when the form is shown (docs/resilience.md).
alter table timeline_entry add column idempotency_key uuid;
alter table timeline_entry add constraint timeline_entry_key unique (author_id, idempotency_key);
