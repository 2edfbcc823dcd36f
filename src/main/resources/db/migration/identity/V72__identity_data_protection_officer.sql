-- A role for whoever answers people's requests to see, correct or erase their data (issue 17).
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('VOLUNTEER', 'COURT_DESK_COORDINATOR',
    'SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', 'TRAINING_COORDINATOR', 'MANAGER', 'ADMINISTRATOR',
    'DATA_PROTECTION_OFFICER'));
-- It reads families' records for a recorded request, so a second administrator approves it.
alter table role_grant_request drop constraint role_grant_request_role_check;
alter table role_grant_request add constraint role_grant_request_role_check
    check (role in ('SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', 'DATA_PROTECTION_OFFICER'));
