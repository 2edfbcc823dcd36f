-- Starting content: the support organisations the source documents name or describe, with
-- summaries in our own words. Contact details that the sources do not give are left empty;
-- staff add them once checked.

insert into dir_organization (id, name, description) values
    ('8a3d2c10-0000-4000-8000-000000000001', 'Family Action',
     'A national charity supporting all aspects of family life. It runs the Action for Prisoners'' and Offenders'' Families programme.'),
    ('8a3d2c10-0000-4000-8000-000000000002', 'Ormiston Families',
     'A charity for children and families in the East of England, working in prisons and in the community with families affected by imprisonment.'),
    ('8a3d2c10-0000-4000-8000-000000000003', 'Partners of Prisoners and Families Support Group (POPS)',
     'A charity started by offenders'' families for offenders'' families, working across the prisons of the North West since 1998.'),
    ('8a3d2c10-0000-4000-8000-000000000004', 'Prison Reform Trust',
     'A charity working for prisons that are just, humane and effective.'),
    ('8a3d2c10-0000-4000-8000-000000000005', 'Families Outside',
     'The Scottish charity that supports families affected by imprisonment and runs Scotland''s national helpline for them.'),
    ('8a3d2c10-0000-4000-8000-000000000006', 'Thames Valley Partnership',
     'A charity that brings people and organisations together for safer, stronger communities across the Thames Valley, and the home of the Family Matters approach.');

insert into dir_service (id, organization_id, name, description, status, fees, eligibility_description, last_checked_on, last_checked_by) values
    ('8a3d2c10-0000-4000-8000-000000000101', '8a3d2c10-0000-4000-8000-000000000001',
     'Action for Prisoners'' and Offenders'' Families: helpline and information',
     'A free helpline for anyone with a family member in prison or in trouble with the law, and information leaflets that explain what happens and where to get help.',
     'active', 'Free', 'Families of prisoners and offenders.', null, null),
    ('8a3d2c10-0000-4000-8000-000000000102', '8a3d2c10-0000-4000-8000-000000000002',
     'Unite: support for prisoners and their families',
     'Ormiston Families'' Unite programme supports prisoners and their families across the East of England: child-friendly visits, parenting courses, and information and support in prisons and in the community.',
     'active', null, 'Prisoners and their families in the East of England.', null, null),
    ('8a3d2c10-0000-4000-8000-000000000103', '8a3d2c10-0000-4000-8000-000000000003',
     'POPS family support',
     'Support for anyone with a link to someone in prison, and for prisoners themselves: prison visitors'' centres, family link workers and keyworkers for family members, a women''s centre in Oldham, employability programmes and an alcohol-free bar. It aims to help families cope with the stress of arrest, imprisonment and release.',
     'active', null, 'Families of prisoners, mainly in the North West of England.', null, null),
    ('8a3d2c10-0000-4000-8000-000000000104', '8a3d2c10-0000-4000-8000-000000000004',
     'Advice and Information Service',
     'Free advice and information for prisoners and their families about prison life, rules and rights, and what to do when something goes wrong.',
     'active', 'Free', 'Prisoners and their families.', null, null),
    ('8a3d2c10-0000-4000-8000-000000000105', '8a3d2c10-0000-4000-8000-000000000005',
     'Families Outside helpline',
     'Scotland''s national helpline for families affected by imprisonment: information, support and someone to talk to, and support in the community.',
     'active', 'Free', 'Families affected by imprisonment in Scotland.', null, null),
    ('8a3d2c10-0000-4000-8000-000000000106', '8a3d2c10-0000-4000-8000-000000000006',
     'Family Matters court desks',
     'Volunteers at desks in the Crown Courts of the Thames Valley meet families at the point of sentence: a few minutes of support, information about what happens next, and, if the family wants it, a referral to a support worker.',
     'active', 'Free', 'Families and friends of people being sentenced at the Crown Courts of the Thames Valley.', null, null);

insert into dir_service_area (id, service_id, name, locality_id, county) values
    ('8a3d2c10-0000-4000-8000-000000000201', '8a3d2c10-0000-4000-8000-000000000101', 'England and Wales', null, 'National'),
    ('8a3d2c10-0000-4000-8000-000000000202', '8a3d2c10-0000-4000-8000-000000000104', 'England and Wales', null, 'National'),
    ('8a3d2c10-0000-4000-8000-000000000203', '8a3d2c10-0000-4000-8000-000000000106', 'Oxfordshire', null, 'Oxfordshire'),
    ('8a3d2c10-0000-4000-8000-000000000204', '8a3d2c10-0000-4000-8000-000000000106', 'Berkshire', null, 'Berkshire'),
    ('8a3d2c10-0000-4000-8000-000000000205', '8a3d2c10-0000-4000-8000-000000000106', 'Buckinghamshire', null, 'Buckinghamshire');

insert into dir_attribute (id, link_id, taxonomy_term_id) values
    ('8a3d2c10-0000-4000-8000-000000000301', '8a3d2c10-0000-4000-8000-000000000101', '5c0f3a52-6e0b-4f4b-9d4a-000000000110'),
    ('8a3d2c10-0000-4000-8000-000000000302', '8a3d2c10-0000-4000-8000-000000000101', '5c0f3a52-6e0b-4f4b-9d4a-000000000114'),
    ('8a3d2c10-0000-4000-8000-000000000303', '8a3d2c10-0000-4000-8000-000000000102', '5c0f3a52-6e0b-4f4b-9d4a-000000000109'),
    ('8a3d2c10-0000-4000-8000-000000000304', '8a3d2c10-0000-4000-8000-000000000102', '5c0f3a52-6e0b-4f4b-9d4a-000000000112'),
    ('8a3d2c10-0000-4000-8000-000000000305', '8a3d2c10-0000-4000-8000-000000000102', '5c0f3a52-6e0b-4f4b-9d4a-000000000111'),
    ('8a3d2c10-0000-4000-8000-000000000306', '8a3d2c10-0000-4000-8000-000000000103', '5c0f3a52-6e0b-4f4b-9d4a-000000000109'),
    ('8a3d2c10-0000-4000-8000-000000000307', '8a3d2c10-0000-4000-8000-000000000103', '5c0f3a52-6e0b-4f4b-9d4a-000000000104'),
    ('8a3d2c10-0000-4000-8000-000000000308', '8a3d2c10-0000-4000-8000-000000000103', '5c0f3a52-6e0b-4f4b-9d4a-000000000115'),
    ('8a3d2c10-0000-4000-8000-000000000309', '8a3d2c10-0000-4000-8000-000000000104', '5c0f3a52-6e0b-4f4b-9d4a-000000000114'),
    ('8a3d2c10-0000-4000-8000-000000000310', '8a3d2c10-0000-4000-8000-000000000104', '5c0f3a52-6e0b-4f4b-9d4a-000000000110'),
    ('8a3d2c10-0000-4000-8000-000000000311', '8a3d2c10-0000-4000-8000-000000000105', '5c0f3a52-6e0b-4f4b-9d4a-000000000110'),
    ('8a3d2c10-0000-4000-8000-000000000312', '8a3d2c10-0000-4000-8000-000000000105', '5c0f3a52-6e0b-4f4b-9d4a-000000000111'),
    ('8a3d2c10-0000-4000-8000-000000000313', '8a3d2c10-0000-4000-8000-000000000106', '5c0f3a52-6e0b-4f4b-9d4a-000000000108'),
    ('8a3d2c10-0000-4000-8000-000000000314', '8a3d2c10-0000-4000-8000-000000000106', '5c0f3a52-6e0b-4f4b-9d4a-000000000114');
