-- When a closed family is made anonymous after its retention period (issue 17, ADR 0016), the
-- referral module makes the referrals it came from anonymous, found by family: without this
-- index, a seq scan of every referral for each batch of families.
create index referral_family on referral (family_id) where family_id is not null;
