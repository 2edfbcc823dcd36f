-- A court desk contact's own reference (what the volunteer is told, and what a resubmission is
-- acknowledged with), and the reference of the referral made with the person's agreement, so that
-- a volunteer's list shows it without reading the referrals.
create sequence court_desk_contact_reference_seq;

alter table court_desk_contact
    add column reference text not null default ('CD-' || lpad(nextval('court_desk_contact_reference_seq')::text, 6, '0')),
    add column referral_reference text check (length(referral_reference) <= 40),
    add constraint court_desk_contact_referral_reference check (referral_reference is null or referral_id is not null);

create unique index court_desk_contact_reference_unique on court_desk_contact (reference);
