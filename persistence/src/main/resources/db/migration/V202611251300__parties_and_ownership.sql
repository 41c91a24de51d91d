-- Parties, their facts over time, ownership and employment edges, and stored covered-person determinations
-- (domain-model.md "Who is who"). Nothing is hard-deleted: parties and edges are archived; fact versions and
-- determinations are append-only, so "what did the graph look like on date D" is answerable from stored data.

create table party (
    id                  uuid primary key,
    kind                text        not null check (kind in ('ENTITY', 'INDIVIDUAL', 'GOVERNMENT')),
    name                text        not null check (length(btrim(name)) between 1 and 300),
    aliases             text[]      not null default '{}',
    registration_number text        check (registration_number is null or length(btrim(registration_number)) between 1 and 100),
    lei                 char(20)    check (lei is null or lei ~ '^[A-Z0-9]{18}[0-9]{2}$'),
    created_at          timestamptz not null,
    created_by          text        not null,
    archived_at         timestamptz
);

create index party_name_idx on party (lower(name));

-- One row per recorded version of a party's facts. The version in force on date D is the one with the latest
-- valid_from <= D whose valid_to (exclusive) is after D; ties go to the latest recorded.
create table party_version (
    id                          uuid primary key,
    party_id                    uuid        not null references party (id),
    valid_from                  date        not null,
    valid_to                    date,
    organized_in                text[]      not null default '{}',
    principal_place_of_business char(2)     check (principal_place_of_business ~ '^[A-Z]{2}$'),
    us_status                   text        check (us_status in ('CITIZEN', 'NATIONAL', 'PERMANENT_RESIDENT', 'REFUGEE', 'ASYLEE')),
    citizenships                text[]      not null default '{}',
    located_in                  char(2)     check (located_in ~ '^[A-Z]{2}$'),
    primary_residence           char(2)     check (primary_residence ~ '^[A-Z]{2}$'),
    country                     char(2)     check (country ~ '^[A-Z]{2}$'),
    designated_covered_person   boolean     not null default false,
    relationship                text        not null default 'NONE'
                                            check (relationship in ('SUBSIDIARY', 'AFFILIATE', 'PARENT', 'NONE')),
    branch_of                   uuid        references party (id),
    recorded_at                 timestamptz not null,
    recorded_by                 text        not null,
    constraint party_version_period_check check (valid_to is null or valid_to > valid_from),
    constraint party_version_not_own_branch_check check (branch_of is null or branch_of <> party_id)
);

create index party_version_party_idx on party_version (party_id, valid_from desc, recorded_at desc);

-- owner -> owned, direct stake. valid_to is exclusive. Archiving retracts the edge from every as-of answer.
create table ownership_edge (
    id             uuid primary key,
    owner_party_id uuid          not null references party (id),
    owned_party_id uuid          not null references party (id),
    percent        numeric(7, 4) not null check (percent > 0 and percent <= 100),
    valid_from     date          not null,
    valid_to       date,
    source         text          not null check (length(btrim(source)) between 1 and 500),
    created_at     timestamptz   not null,
    created_by     text          not null,
    archived_at    timestamptz,
    archived_by    text,
    constraint ownership_edge_no_self_ownership_check check (owner_party_id <> owned_party_id),
    constraint ownership_edge_period_check check (valid_to is null or valid_to > valid_from),
    constraint ownership_edge_archive_check check ((archived_at is null) = (archived_by is null))
);

create index ownership_edge_owned_idx on ownership_edge (owned_party_id) where archived_at is null;
create index ownership_edge_owner_idx on ownership_edge (owner_party_id) where archived_at is null;

-- individual -> employer (employee or contractor), 28 CFR 202.211(a)(3).
create table employment (
    id                  uuid primary key,
    individual_party_id uuid        not null references party (id),
    employer_party_id   uuid        not null references party (id),
    kind                text        not null check (kind in ('EMPLOYEE', 'CONTRACTOR')),
    valid_from          date        not null,
    valid_to            date,
    created_at          timestamptz not null,
    created_by          text        not null,
    archived_at         timestamptz,
    constraint employment_not_self_check check (individual_party_id <> employer_party_id),
    constraint employment_period_check check (valid_to is null or valid_to > valid_from)
);

create index employment_individual_idx on employment (individual_party_id) where archived_at is null;
create index employment_employer_idx on employment (employer_party_id) where archived_at is null;

-- A vendor is a party we buy from.
alter table vendor add column party_id uuid references party (id);

-- Computed by the rules engine, never typed in; append-only. The latest row per party is its current status.
-- paths: each element is one ownership path, party ids from a covered owner down to this party, joined by '>'.
-- findings: each element is 'section|sentence'.
create table covered_person_determination (
    id                        uuid primary key,
    party_id                  uuid          not null references party (id),
    as_of                     date          not null,
    computed_at               timestamptz   not null,
    covered                   boolean       not null,
    us_person                 boolean       not null,
    country_of_concern        boolean       not null,
    limbs                     text[]        not null,
    covered_ownership_percent numeric(7, 4) not null,
    paths                     text[]        not null,
    findings                  text[]        not null,
    rule_set_version          text          not null,
    input_hash                char(64)      not null,
    computed_by               text          not null
);

create index covered_person_determination_party_idx
    on covered_person_determination (party_id, computed_at desc, id desc);

create function party_history_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create trigger covered_person_determination_no_change
    before update or delete on covered_person_determination
    for each row execute function party_history_is_append_only();

create trigger party_version_no_change
    before update or delete on party_version
    for each row execute function party_history_is_append_only();
