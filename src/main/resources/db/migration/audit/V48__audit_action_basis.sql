-- A new basis for seeing a family's record: the user's organisation owns an open action of the
-- family's support plan (the reference names the action).
alter table audit_event drop constraint audit_event_basis_check;
alter table audit_event add constraint audit_event_basis_check
    check (basis in ('ROLE', 'CONSENT', 'SAFEGUARDING', 'SYSTEM', 'SELF', 'ACTION'));
