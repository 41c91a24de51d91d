-- Vendors: the parties we buy from. Nothing is hard-deleted; archived_at marks an archived vendor.
create table vendor (
    id          uuid primary key,
    name        text        not null check (length(btrim(name)) between 1 and 200),
    country     char(2)     not null check (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz not null,
    created_by  text        not null,
    archived_at timestamptz,
    version     integer     not null default 0
);

create index vendor_name_idx on vendor (lower(name));

-- Append-only, hash-chained audit trail (domain-model.md "AuditEvent").
-- Each row's hash covers its own content and the previous row's hash, so any later edit or deletion
-- breaks the chain from that row on. The triggers below refuse UPDATE and DELETE outright.
create table audit_event (
    seq          bigint      primary key,
    id           uuid        not null unique,
    occurred_at  timestamptz not null,
    actor        text        not null,
    actor_roles  text[]      not null,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    after_digest text,
    request_id   text,
    prev_hash    text        not null,
    hash         text        not null unique
);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_event_no_update
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
