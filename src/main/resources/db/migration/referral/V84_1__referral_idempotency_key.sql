-- A referral sent again with the same key (the staff form or the public "ask for support" form,
-- after a lost answer or a crash) is stored once: the key is made when the form is shown
-- (docs/resilience.md).
alter table referral add column idempotency_key uuid;
alter table referral add constraint referral_key unique (idempotency_key);
