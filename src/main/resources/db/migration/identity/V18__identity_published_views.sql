-- Identity's published read model: what other modules may read of users, organisations and
-- localities in their SQL (to show a name beside an id, to list the support workers of a
-- locality, to e-mail a volunteer). Only these columns; never a password hash or a token.

create view identity_user as
select u.id, u.username, u.display_name, u.email, u.organisation_id, u.enabled,
       array(select r.role from user_role r where r.user_id = u.id order by r.role) as roles
from user_account u;

create view identity_organisation as
select o.id, o.name, o.type, o.sector, o.locality_id, o.active
from organisation o;

create view identity_locality as
select l.id, l.name, l.county
from locality l;
