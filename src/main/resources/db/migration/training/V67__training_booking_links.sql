-- Training bookings: the links to manage a booking. Every e-mail about a booking
-- carries a secret of its own (32 random bytes), so that no secret is ever kept or put in an event;
-- only its SHA-256 is kept here, and every link of a booking opens it until the booking is
-- cancelled. training_booking.token_hash holds the first secret's hash (issued with the booking,
-- never sent); the links here are the ones e-mailed.
create table training_booking_link (
    token_hash  text primary key,
    booking_id  uuid not null references training_booking (id),
    issued_at   timestamptz not null default now()
);
create index training_booking_link_booking on training_booking_link (booking_id);

-- When a booking's reminder was queued (by BookingReminders, two days before the session): queued
-- once, e-mailed once (training_mail kind REMINDER) after the job's commit.
alter table training_booking add column reminder_queued_at timestamptz;
