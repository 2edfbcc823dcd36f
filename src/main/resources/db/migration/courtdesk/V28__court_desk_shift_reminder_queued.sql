-- A shift's reminder is queued by the hourly job, which marks the shift and publishes an event in
-- one transaction; the event's listener sends the e-mail and marks the shift sent
-- (reminder_sent_at), so that an event delivered twice sends one e-mail. Reminders sent before
-- count as queued.
alter table court_desk_shift add column reminder_queued_at timestamptz;
update court_desk_shift set reminder_queued_at = reminder_sent_at where reminder_sent_at is not null;
