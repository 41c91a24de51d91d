-- Restricted-party screening kept as evidence (domain-model.md "Screening", issue 5).
--
-- Immutability: list snapshots, their entries, screenings, hits and dispositions are append-only. The single
-- exception is list_snapshot.active: an import flips the previous active snapshot of the same source to false and
-- inserts the new one as active, in one transaction (serialized per source by an advisory lock), so a failed import
-- leaves the previous snapshot active. The partial unique index guarantees at most one active snapshot per source.
-- A separate append-only activation table was considered; a flag plus the unique index is simpler to query and the
-- activation history stays answerable from imported_at + previous_snapshot_id (each import activates its snapshot).

create table list_snapshot (
    id                   uuid primary key,
    source               text        not null check (source in ('OFAC_SDN', 'OFAC_NON_SDN', 'CSL', 'BIS_DPL', 'UN')),
    sha256               char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_names           text[]      not null,
    file_sha256s         text[]      not null,
    imported_at          timestamptz not null,
    imported_by          text        not null,
    entry_count          integer     not null check (entry_count >= 0),
    individual_count     integer     not null check (individual_count >= 0),
    entity_count         integer     not null check (entity_count >= 0),
    other_count          integer     not null check (other_count >= 0),
    alias_count          integer     not null check (alias_count >= 0),
    previous_snapshot_id uuid        references list_snapshot (id),
    added_count          integer     not null check (added_count >= 0),
    removed_count        integer     not null check (removed_count >= 0),
    changed_count        integer     not null check (changed_count >= 0),
    active               boolean     not null
);

create unique index list_snapshot_one_active_per_source on list_snapshot (source) where active;
create index list_snapshot_source_idx on list_snapshot (source, imported_at desc);

-- Entries as published; (snapshot_id, source_id) identifies one. entry_key = source || ':' || source_id is stable
-- across snapshots of the same list; content_hash changes exactly when the entry's content does.
create table list_entry (
    snapshot_id   uuid     not null references list_snapshot (id),
    ordinal       integer  not null,
    source_id     text     not null,
    entry_key     text     not null,
    list_name     text     not null,
    type          text     not null check (type in ('INDIVIDUAL', 'ENTITY', 'VESSEL', 'AIRCRAFT', 'UNKNOWN')),
    primary_name  text     not null,
    aliases       text[]   not null default '{}',
    programs      text[]   not null default '{}',
    birth_dates   text[]   not null default '{}',
    countries     text[]   not null default '{}',
    remarks       text     not null default '',
    content_hash  char(64) not null check (content_hash ~ '^[0-9a-f]{64}$'),
    primary key (snapshot_id, source_id)
);

-- One screening of one name against the snapshots active at the time; the snapshot ids and hashes, the engine
-- version and the threshold say exactly what produced the hits.
create table screening (
    id                uuid primary key,
    party_id          uuid        references party (id),
    subject_key       text        not null,
    query_name        text        not null check (length(btrim(query_name)) between 1 and 500),
    query_dob         text        check (query_dob is null or query_dob ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    query_country     char(2)     check (query_country is null or query_country ~ '^[A-Z]{2}$'),
    query_type        text        check (query_type is null or query_type in ('INDIVIDUAL', 'ENTITY', 'VESSEL', 'AIRCRAFT')),
    snapshot_ids      uuid[]      not null,
    snapshot_hashes   text[]      not null,
    engine_version    text        not null,
    threshold         double precision not null check (threshold >= 0 and threshold <= 1),
    screened_at       timestamptz not null,
    screened_by       text        not null,
    job_id            uuid
);

create index screening_party_idx on screening (party_id, screened_at desc);

-- Every candidate at or above the threshold with its score parts. previously_dispositioned: the same subject had a
-- final decision on the same entry with the same content hash, so the hit is recorded but not raised again.
create table screening_hit (
    id                       uuid primary key,
    screening_id             uuid             not null references screening (id),
    rank                     integer          not null,
    snapshot_id              uuid             not null references list_snapshot (id),
    entry_key                text             not null,
    entry_content_hash       char(64)         not null,
    entry_name               text             not null,
    matched_name             text             not null,
    name_score               double precision not null,
    token_score              double precision not null,
    name_similarity          double precision not null,
    dob_match                text             not null,
    country_match            text             not null,
    type_match               text             not null,
    final_score              double precision not null,
    previously_dispositioned boolean          not null,
    previous_disposition_id  uuid
);

create index screening_hit_screening_idx on screening_hit (screening_id, rank);

-- Analyst decisions, append-only: the latest decision for (subject, entry, content hash) is the one in force.
-- subject_key is 'party:<uuid>' for a party, else 'query:<normalized query>'.
create table hit_disposition (
    id                 uuid primary key,
    subject_key        text        not null,
    party_id           uuid        references party (id),
    entry_key          text        not null,
    entry_content_hash char(64)    not null,
    decision           text        not null check (decision in ('TRUE_MATCH', 'FALSE_POSITIVE', 'ESCALATED')),
    reason             text        not null check (length(btrim(reason)) between 1 and 2000),
    decided_by         text        not null,
    decided_at         timestamptz not null,
    screening_id       uuid        not null references screening (id),
    hit_id             uuid        not null references screening_hit (id)
);

create index hit_disposition_subject_idx on hit_disposition (subject_key, entry_key, entry_content_hash, decided_at desc);
create index hit_disposition_hit_idx on hit_disposition (hit_id);
