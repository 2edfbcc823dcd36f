-- Prisons are organisations (issue 15): each prison on the family module's reference list is an
-- organisation of type PRISON, so that its staff can be users (agency practitioners), consent
-- can name it, and networks can have its staff as members. Identity owns organisations, so
-- identity creates them here; the family module links its prisons to them (V60), and runs
-- after this (59.1 < 60). An organisation already called by a prison's name (the demo data
-- makes "HMP Bullingdon") is kept and made a prison; the others are added, with fixed ids.
create temporary table prison_organisation_seed (
    id       uuid not null,
    name     text not null,
    sector   text not null,
    locality text
) on commit drop;

insert into prison_organisation_seed (id, name, sector, locality) values
    ('3a9e0c44-0000-4000-8100-000000000001', 'HMP Bullingdon', 'STATUTORY', 'Bicester'),
    ('3a9e0c44-0000-4000-8100-000000000002', 'HMP Woodhill', 'STATUTORY', 'Milton Keynes'),
    ('3a9e0c44-0000-4000-8100-000000000003', 'HMP/YOI Aylesbury', 'STATUTORY', 'Aylesbury'),
    ('3a9e0c44-0000-4000-8100-000000000004', 'HMP Huntercombe', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000005', 'HMP Grendon', 'STATUTORY', 'Aylesbury'),
    ('3a9e0c44-0000-4000-8100-000000000006', 'HMP Springhill', 'STATUTORY', 'Aylesbury'),
    ('3a9e0c44-0000-4000-8100-000000000007', 'HMP/YOI Bronzefield', 'PRIVATE', null),
    ('3a9e0c44-0000-4000-8100-000000000008', 'HMP/YOI Send', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000009', 'HMP/YOI Feltham', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000010', 'HMP Winchester', 'STATUTORY', null),
    -- Prisons near the Thames Valley that its people are often held in, not on the first list.
    ('3a9e0c44-0000-4000-8100-000000000011', 'HMP Onley', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000012', 'HMP Bedford', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000013', 'HMP The Mount', 'STATUTORY', null),
    ('3a9e0c44-0000-4000-8100-000000000014', 'HMP/YOI Downview', 'STATUTORY', null);

update organisation o set type = 'PRISON', version = o.version + 1
from prison_organisation_seed s
where lower(o.name) = lower(s.name) and o.type <> 'PRISON';

insert into organisation (id, name, type, sector, locality_id)
select s.id, s.name, 'PRISON', s.sector, (select l.id from locality l where l.name = s.locality)
from prison_organisation_seed s
where not exists (select 1 from organisation o where lower(o.name) = lower(s.name));
