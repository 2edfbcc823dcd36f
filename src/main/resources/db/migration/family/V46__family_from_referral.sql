-- Issue 11: a family started from a referral keeps the link to it (and its reference, shown on the
-- family's page), and the best time to call the household that the referral gave.
alter table family add column referral_id uuid references referral (id);
alter table family add column referral_reference text;
alter table family add column best_time_to_call text;
