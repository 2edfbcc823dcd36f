-- Organisations in the directory can be archived (with their services) and restored.
alter table dir_organization add column archived boolean not null default false;
