-- Resource packs (issue 16, item 5): a resource may carry a file, replaced by new versions. Every
-- version is kept, downloadable from the resource's history, with its number, file name, type
-- (decided from the content's first bytes, never from its name), size, who uploaded it, when,
-- and a note of what changed. The content is kept here, as family attachments are.

create table dir_resource_file (
    resource_id    uuid not null references dir_resource (id),
    version_number integer not null check (version_number >= 1),
    file_name      text not null check (btrim(file_name) <> '' and length(file_name) <= 200),
    content_type   text not null check (content_type in (
                       'application/pdf',
                       'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                       'application/vnd.openxmlformats-officedocument.presentationml.presentation',
                       'application/vnd.oasis.opendocument.text',
                       'application/vnd.oasis.opendocument.presentation',
                       'application/vnd.oasis.opendocument.spreadsheet')),
    size_bytes     bigint not null check (size_bytes > 0),
    content        bytea not null,
    change_note    text check (length(change_note) <= 500),
    uploaded_by    text not null,
    uploaded_at    timestamptz not null,
    primary key (resource_id, version_number)
);
