-- Typing errors are forgiven by correcting each searched word against the words the directory
-- uses (a small table with a trigram index), then running a plain full-text search. This keeps
-- the search on the full-text index, instead of a trigram scan of every service's text.

drop index dir_service_search_text;
alter table dir_service drop column search_text;

create table dir_search_word (
    word text primary key
);
create index dir_search_word_trigram on dir_search_word using gin (word gin_trgm_ops) with (fastupdate = off);

create or replace function dir_words(text) returns setof text
    language sql immutable parallel safe strict
    as $$ select distinct w from regexp_split_to_table(dir_fold($1), '[^[:alnum:]]+') w where length(w) >= 3 $$;

create or replace function dir_service_words() returns trigger
    language plpgsql
    as $$
begin
    insert into dir_search_word (word)
    select dir_words(new.name || ' ' || new.description)
    on conflict do nothing;
    return new;
end
$$;

create trigger dir_service_words
    after insert or update of name, description on dir_service
    for each row execute function dir_service_words();

insert into dir_search_word (word)
select dir_words(name || ' ' || description) from dir_service
on conflict do nothing;
