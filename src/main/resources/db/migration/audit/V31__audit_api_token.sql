-- What a client did with an API token is recorded against that token, not only against the user it
-- stands for (issue 12): the token's id, or null for pages and the service's own work.
alter table audit_event add column api_token_id uuid;
create index audit_event_api_token on audit_event (api_token_id) where api_token_id is not null;
