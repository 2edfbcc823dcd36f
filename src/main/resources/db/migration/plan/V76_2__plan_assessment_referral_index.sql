-- Deleting a request for support never accepted (issue 17, ADR 0016) checks that no assessment
-- started from it: without this index, a seq scan of every assessment for each request deleted.
create index plan_assessment_from_referral on plan_assessment (from_referral_id) where from_referral_id is not null;
