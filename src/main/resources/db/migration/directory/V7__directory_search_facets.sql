-- Every filter the search offers, as tokens in one array on the service with a GIN index, so that
-- filters and the full-text condition combine as index bitmaps instead of joins per row:
--   locality:<id>    offered in that locality
--   county:<name>    offered across that whole county ('county:National' everywhere)
--   in:<county>      offered somewhere in that county
--   day:<MO..SU>, weekend
--   term:<id>, taxonomy:<id>
-- Triggers on the tables the facts come from keep the array current. Ages are not facets: they
-- are compared on the service's own columns, which keeps the array (and each row) small.

alter table dir_service add column facets text[] not null default '{}';

create or replace function dir_facets(service uuid) returns text[]
    language sql stable
    as $$
select coalesce(array_agg(distinct facet order by facet), '{}') from (
    select 'locality:' || locality_id from dir_service_area where service_id = service and locality_id is not null
    union all select 'county:' || county from dir_service_area where service_id = service and locality_id is null
    union all select 'in:' || county from dir_service_area where service_id = service
    union all select 'day:' || byday from dir_schedule where service_id = service
    union all select 'weekend' from dir_schedule where service_id = service and byday in ('SA', 'SU')
    union all select 'term:' || taxonomy_term_id from dir_attribute where link_id = service
    union all select 'taxonomy:' || t.taxonomy_id
        from dir_attribute a join dir_taxonomy_term t on t.id = a.taxonomy_term_id where a.link_id = service
) facts(facet)
$$;

-- For the tables that hold a service's areas, days and needs: refresh each service a statement
-- touched, once, whatever the number of rows.
create or replace function dir_child_facets() returns trigger
    language plpgsql
    as $$
begin
    if tg_table_name = 'dir_attribute' then
        update dir_service set facets = dir_facets(id)
        where id in (select link_id from changed_rows);
    else
        update dir_service set facets = dir_facets(id)
        where id in (select service_id from changed_rows);
    end if;
    return null;
end
$$;

create trigger dir_service_area_inserted after insert on dir_service_area
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_service_area_updated after update on dir_service_area
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_service_area_deleted after delete on dir_service_area
    referencing old table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_schedule_inserted after insert on dir_schedule
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_schedule_updated after update on dir_schedule
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_schedule_deleted after delete on dir_schedule
    referencing old table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_attribute_inserted after insert on dir_attribute
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_attribute_updated after update on dir_attribute
    referencing new table as changed_rows for each statement execute function dir_child_facets();
create trigger dir_attribute_deleted after delete on dir_attribute
    referencing old table as changed_rows for each statement execute function dir_child_facets();

update dir_service set facets = dir_facets(id);

create index dir_service_facets on dir_service using gin (facets) with (fastupdate = off);
