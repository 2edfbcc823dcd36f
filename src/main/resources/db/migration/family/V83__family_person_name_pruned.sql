-- The likely-match search's list of names (person_name, V13) keeps a name only while someone on
-- record has it: when people are erased, made anonymous by the retention run or renamed, the names
-- nobody has any more go too, so that a name does not outlive the person (issue 17).
create index person_given_name_any on person (lower(btrim(given_name)));
create index person_family_name_any on person (lower(btrim(family_name)));

create function person_name_prune() returns trigger language plpgsql as $$
begin
    delete from person_name n
    where n.name in (select lower(btrim(given_name)) from gone union select lower(btrim(family_name)) from gone)
      and not exists (select 1 from person p where lower(btrim(p.given_name)) = n.name)
      and not exists (select 1 from person p where lower(btrim(p.family_name)) = n.name);
    return null;
end
$$;

create trigger person_name_prune_on_update after update on person
    referencing old table as gone for each statement execute function person_name_prune();
create trigger person_name_prune_on_delete after delete on person
    referencing old table as gone for each statement execute function person_name_prune();

-- Names left behind before this migration by people no longer on record.
delete from person_name n
where not exists (select 1 from person p where lower(btrim(p.given_name)) = n.name)
  and not exists (select 1 from person p where lower(btrim(p.family_name)) = n.name);
