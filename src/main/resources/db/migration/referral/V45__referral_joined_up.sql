-- Issue 11: nothing lost from a referral, criteria worked out from what was recorded, and the
-- public form as question pages.

-- When the family would like to be called (the court desk and the public form ask it), and the
-- reference of the family a referral was accepted into, shown beside the link to its record.
alter table referral add column best_time_to_call text;
alter table referral add column family_reference text;

-- What a criterion means, for referrals whose criteria are worked out from what was recorded
-- rather than ticked (the court desk, the public form): a referral that states the fact meets
-- every criterion of its locality with that meaning. A criterion with no meaning is only ticked.
alter table locality_criterion add column meaning text
    check (meaning in ('in_custody', 'children', 'lives_in_locality', 'agrees_to_contact'));

update locality_criterion set meaning = 'in_custody'
where text = 'A parent, carer or close family member is in custody, on remand or facing a custodial sentence';
update locality_criterion set meaning = 'children' where text = 'There are children under 18 in the family';
update locality_criterion set meaning = 'lives_in_locality' where text = 'The family lives in the locality';
update locality_criterion set meaning = 'agrees_to_contact'
where text = 'A parent or carer agrees to the referral and to being contacted, or there is a concern about keeping a child safe';

-- A request for support being written on the public question pages: the answers so far, found by
-- the hash of a secret kept in the writer's browser (a cookie), never by an address. Nothing here
-- is a referral: it is deleted when sent, and when left unchanged for a day.
create table referral_draft (
    token_hash text primary key,
    answers    jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index referral_draft_updated on referral_draft (updated_at);

-- Referrals a user made, newest first (their home page and "Your referrals").
create index referral_referred_by_created on referral (referred_by, created_at desc) where referred_by is not null;
