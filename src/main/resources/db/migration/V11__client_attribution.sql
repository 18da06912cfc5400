-- What HR's machine clients do is attributed to the client: a registration reviewed by one names it.
alter table member add column reviewed_by_client uuid references api_client (id);

-- A change of an application's status is made by a member (an HR admin, the collaboration's poster, the applicant)
-- or by an API client with applications:write: exactly one of them.
alter table job_application_change alter column actor_id drop not null;
alter table job_application_change add column actor_client uuid references api_client (id);
alter table job_application_change add constraint job_application_change_one_actor
    check ((actor_id is null) <> (actor_client is null));
