-- Batch screening jobs and the alerts a re-screening raises (issue 5 "Batch and re-screening").
--
-- Immutability: a job row is inserted QUEUED; its status, progress (total, processed, hits_raised), started_at,
-- finished_at and error columns are the only columns updated in place, by the job itself, as it runs. Everything
-- else about a job's result lives in the append-only screening / screening_hit rows (screening.job_id).
-- An alert is append-only except acknowledged_at / acknowledged_by, set once (null -> value) when an analyst
-- acknowledges it; the update is guarded by "acknowledged_at is null".

create table screening_job (
    id            uuid primary key,
    kind          text        not null check (kind in ('FULL', 'DELTA')),
    trigger       text        not null check (trigger = 'manual' or trigger like 'snapshot:%'),
    snapshot_id   uuid        references list_snapshot (id),
    status        text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total         integer     not null check (total >= 0),
    processed     integer     not null check (processed >= 0 and processed <= total),
    hits_raised   integer     not null check (hits_raised >= 0),
    requested_at  timestamptz not null,
    requested_by  text        not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    error         text,
    check ((kind = 'DELTA') = (snapshot_id is not null))
);

create index screening_job_requested_idx on screening_job (requested_at desc);

create table screening_alert (
    id              uuid primary key,
    job_id          uuid        not null references screening_job (id),
    screening_id    uuid        not null references screening (id),
    hit_id          uuid        not null references screening_hit (id),
    party_id        uuid        not null references party (id),
    entry_key       text        not null,
    created_at      timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    check ((acknowledged_at is null) = (acknowledged_by is null))
);

create index screening_alert_open_idx on screening_alert (created_at desc) where acknowledged_at is null;
create index screening_alert_job_idx on screening_alert (job_id);
