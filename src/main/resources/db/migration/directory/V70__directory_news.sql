-- News (issue 16, item 6): the Partnership's news items and newsletters, written in Markdown and
-- shown with the same safe rendering as the guides, on /news and in its Atom feed. A draft is
-- seen by its editors only; a published item has the date it is published under.

create table dir_news (
    id           uuid primary key,
    kind         text not null check (kind in ('news', 'newsletter')),
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100
                     and slug <> 'manage'),
    title        text not null check (btrim(title) <> '' and length(title) <= 150),
    summary      text not null check (btrim(summary) <> '' and length(summary) <= 300),
    body         text not null check (btrim(body) <> '' and length(body) <= 50000),
    status       text not null check (status in ('draft', 'published')),
    published_on date,
    version      bigint not null default 0,
    created_at   timestamptz not null,
    created_by   text not null,
    updated_at   timestamptz not null,
    updated_by   text not null,
    check (status = 'draft' or published_on is not null)
);
create index dir_news_published on dir_news (published_on desc, created_at desc) where status = 'published';
