-- Retention of training bookings (issue 17, ADR 0016): made anonymous a set number of months after
-- the session, keeping what the reach report counts (sector, role, seniority, attendance, the
-- confidence scores) and one stand-in address per person, so that people are still counted once.
alter table training_booking add column anonymised_at timestamptz;
create index training_booking_retention on training_booking (session_id) where anonymised_at is null;
