-- An agency's open actions for one of its people (their own and those given to nobody in
-- particular), counted and listed on their home page without reading every open action of a
-- large organisation.
create index plan_action_owner_user_open on plan_action (owner_organisation_id, owner_user_id, due_on)
    where status in ('not_started', 'in_progress');
