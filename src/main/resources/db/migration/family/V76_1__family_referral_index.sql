-- Deleting a request for support never accepted (issue 17, ADR 0016) checks that no family was
-- started from it: without this index, a seq scan of every family for each request deleted.
create index family_referral on family (referral_id) where referral_id is not null;
