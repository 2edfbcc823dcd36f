-- A prison's services for families (issue 15): how visits are booked, family days, the family
-- liaison contact, and whether the prison is in the Thames Valley. One row per organisation of
-- type PRISON, kept by administrators; a prison with no row yet has none recorded.
create table prison_family_service (
    organisation_id    uuid primary key references organisation (id),
    in_thames_valley   boolean not null default false,
    visits_phone       text,
    visits_web_address text,
    visits_notes       text,
    family_days        text,
    liaison_name       text,
    liaison_email      text,
    liaison_phone      text,
    updated_at         timestamptz,
    updated_by         uuid references user_account (id),
    version            bigint not null default 0
);

insert into prison_family_service (organisation_id, in_thames_valley)
select o.id, lower(o.name) in ('hmp bullingdon', 'hmp woodhill', 'hmp/yoi aylesbury', 'hmp huntercombe',
                               'hmp grendon', 'hmp springhill')
from identity_organisation o
where o.type = 'PRISON';
