-- Contact details of the support organisations the resources page names, taken only from what
-- stored copies of each organisation's own web pages show (checked on 1 December 2026; the
-- copies carry no date of their own). A field no such page shows is left empty: nothing here is
-- guessed. docs/directory.md lists the page each detail comes from.
--
-- The resources page these organisations come from (a copy of the Thames Valley Partnership's,
-- at https://www.fair.crim.cam.ac.uk/resources) names the first organisation Family Lives, not
-- Family Action, and names the Prison Advice and Care Trust (Pact), which the starting content
-- left out. The national helpline for offenders' families that Family Lives ran with Action for
-- Prisoners' Families is run by Pact now, as the Prisoners' Families Helpline, on the same
-- number (Pact's own page): the service keeps its id and moves to Pact.

update dir_organization
set name = 'Family Lives',
    description = 'A national charity supporting all aspects of family life. With Action for Prisoners'' Families it ran the national helpline for the families of offenders, which Pact now runs as the Prisoners'' Families Helpline.',
    website = 'https://www.familylives.org.uk/',
    version = version + 1,
    last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000001';

insert into dir_organization (id, name, description, website) values
    ('8a3d2c10-0000-4000-8000-000000000007', 'Prison Advice and Care Trust (Pact)',
     'A national charity for prisoners, people with convictions, defendants and their families, across the criminal justice system from arrest to release.',
     'https://www.prisonadvice.org.uk/');

update dir_organization set website = 'https://www.ormiston.org/', version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000002';
update dir_organization set website = 'https://www.partnersofprisoners.co.uk/', version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000003';
update dir_organization set website = 'https://prisonreformtrust.org.uk/', version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000004';
update dir_organization set website = 'https://www.familiesoutside.org.uk/', version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000005';
update dir_organization set website = 'https://thamesvalleypartnership.org.uk/', version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000006';

-- The national helpline, now Pact's.
update dir_service
set organization_id = '8a3d2c10-0000-4000-8000-000000000007',
    name = 'Prisoners'' Families Helpline',
    description = 'The national helpline for the families and friends of people in prison, people with convictions and defendants: information, emotional support, and someone to tell you where to find help. Pact runs it for HM Prison and Probation Service, and works with Families Outside in Scotland and NIACRO in Northern Ireland so that families anywhere in the UK can be helped.',
    eligibility_description = 'Families and friends of prisoners, people with convictions and defendants.',
    url = 'https://www.prisonadvice.org.uk/',
    fees = null,
    last_checked_on = '2026-12-01', last_checked_by = 'Family Matters, from the organisation''s own pages',
    version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000101';

insert into dir_phone (id, service_id, number, description) values
    ('8a3d2c10-0000-4000-8000-000000000701', '8a3d2c10-0000-4000-8000-000000000101', '0808 808 2003', 'Helpline');

-- Pact's own support, as the resources page describes it, and its helpline's number and hours.
insert into dir_service (id, organization_id, name, description, url, status, fees, eligibility_description,
                         last_checked_on, last_checked_by) values
    ('8a3d2c10-0000-4000-8000-000000000107', '8a3d2c10-0000-4000-8000-000000000007',
     'Pact: support for prisoners and their families',
     'A wide range of support for prisoners and their families: a free and confidential helpline where trained volunteers give practical and emotional support, information and advice to anyone affected by imprisonment; support for children; support at court; and befriending.',
     'https://www.prisonadvice.org.uk/pact-helpline', 'active', 'Free',
     'Anyone affected by imprisonment, and prisoners themselves.',
     '2026-12-01', 'Family Matters, from the organisation''s own pages');

insert into dir_phone (id, service_id, number, description) values
    ('8a3d2c10-0000-4000-8000-000000000702', '8a3d2c10-0000-4000-8000-000000000107', '0808 808 3444', 'Pact Helpline');

insert into dir_schedule (id, service_id, byday, opens_at, closes_at, description) values
    ('8a3d2c10-0000-4000-8000-000000000401', '8a3d2c10-0000-4000-8000-000000000107', 'MO', '10:00', '17:00', 'Helpline'),
    ('8a3d2c10-0000-4000-8000-000000000402', '8a3d2c10-0000-4000-8000-000000000107', 'TU', '10:00', '17:00', 'Helpline'),
    ('8a3d2c10-0000-4000-8000-000000000403', '8a3d2c10-0000-4000-8000-000000000107', 'WE', '10:00', '17:00', 'Helpline'),
    ('8a3d2c10-0000-4000-8000-000000000404', '8a3d2c10-0000-4000-8000-000000000107', 'TH', '10:00', '17:00', 'Helpline'),
    ('8a3d2c10-0000-4000-8000-000000000405', '8a3d2c10-0000-4000-8000-000000000107', 'FR', '10:00', '17:00', 'Helpline');

insert into dir_service_area (id, service_id, name, locality_id, county) values
    ('8a3d2c10-0000-4000-8000-000000000206', '8a3d2c10-0000-4000-8000-000000000107', 'England and Wales', null, 'National');

insert into dir_attribute (id, link_id, taxonomy_term_id) values
    ('8a3d2c10-0000-4000-8000-000000000315', '8a3d2c10-0000-4000-8000-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000110'),
    ('8a3d2c10-0000-4000-8000-000000000316', '8a3d2c10-0000-4000-8000-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000114'),
    ('8a3d2c10-0000-4000-8000-000000000317', '8a3d2c10-0000-4000-8000-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000111'),
    ('8a3d2c10-0000-4000-8000-000000000318', '8a3d2c10-0000-4000-8000-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000108'),
    ('8a3d2c10-0000-4000-8000-000000000319', '8a3d2c10-0000-4000-8000-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000113');

-- Ormiston Families: its own pages show its web address, and no phone number or e-mail.
update dir_service
set url = 'https://www.ormiston.org/',
    last_checked_on = '2026-12-01', last_checked_by = 'Family Matters, from the organisation''s own pages',
    version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000102';

-- POPS: its head office's number.
update dir_service
set url = 'https://www.partnersofprisoners.co.uk/',
    last_checked_on = '2026-12-01', last_checked_by = 'Family Matters, from the organisation''s own pages',
    version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000103';

insert into dir_phone (id, service_id, number, description) values
    ('8a3d2c10-0000-4000-8000-000000000703', '8a3d2c10-0000-4000-8000-000000000103', '0161 702 1000', 'POPS head office');

-- Prison Reform Trust: its advice pages; they name its Advice and Information Helpline without a
-- number.
update dir_service
set url = 'http://prisonreformtrust.org.uk/information-and-advice/',
    last_checked_on = '2026-12-01', last_checked_by = 'Family Matters, from the organisation''s own pages',
    version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000104';

-- Families Outside: its helpline.
update dir_service
set url = 'https://www.familiesoutside.org.uk/',
    last_checked_on = '2026-12-01', last_checked_by = 'Family Matters, from the organisation''s own pages',
    version = version + 1, last_modified = now()
where id = '8a3d2c10-0000-4000-8000-000000000105';

insert into dir_phone (id, service_id, number, description) values
    ('8a3d2c10-0000-4000-8000-000000000704', '8a3d2c10-0000-4000-8000-000000000105', '0800 254 0088', 'Families Outside Helpline');

-- Family Matters' own support: families ask for it through this service (the pages link to
-- "Ask for support" rather than give a number).
insert into dir_service (id, organization_id, name, description, status, fees, eligibility_description) values
    ('8a3d2c10-0000-4000-8000-000000000108', '8a3d2c10-0000-4000-8000-000000000006',
     'Family Matters support for families',
     'When someone in your family is arrested, goes to court or to prison, or comes home, a Family Matters support worker in your area can listen, help you work out what would help, and bring in the school and other services, with your agreement. Ask for support yourself, or ask anyone who works with your family to refer you.',
     'active', 'Free',
     'Families in Oxfordshire, Berkshire and Buckinghamshire with someone in the criminal justice system.');

insert into dir_service_area (id, service_id, name, locality_id, county) values
    ('8a3d2c10-0000-4000-8000-000000000207', '8a3d2c10-0000-4000-8000-000000000108', 'Oxfordshire', null, 'Oxfordshire'),
    ('8a3d2c10-0000-4000-8000-000000000208', '8a3d2c10-0000-4000-8000-000000000108', 'Berkshire', null, 'Berkshire'),
    ('8a3d2c10-0000-4000-8000-000000000209', '8a3d2c10-0000-4000-8000-000000000108', 'Buckinghamshire', null, 'Buckinghamshire');

insert into dir_attribute (id, link_id, taxonomy_term_id) values
    ('8a3d2c10-0000-4000-8000-000000000320', '8a3d2c10-0000-4000-8000-000000000108', '5c0f3a52-6e0b-4f4b-9d4a-000000000114'),
    ('8a3d2c10-0000-4000-8000-000000000321', '8a3d2c10-0000-4000-8000-000000000108', '5c0f3a52-6e0b-4f4b-9d4a-000000000111'),
    ('8a3d2c10-0000-4000-8000-000000000322', '8a3d2c10-0000-4000-8000-000000000108', '5c0f3a52-6e0b-4f4b-9d4a-000000000112');
