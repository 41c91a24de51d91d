-- List snapshot activation gate (issue 10 defect 12, ADR 0009). An import that has no entries or would remove more
-- than the configured share of the active snapshot's entries is stored PENDING_CONFIRMATION with the reason instead
-- of replacing the active list; an admin activates or rejects it.
--
-- The status joins `active` as the second mutable column of list_snapshot. `active` stays (the unique index on it
-- keeps one active snapshot per source and every reader already filters on it); the check ties the two together so
-- they cannot disagree. status_reason says why a snapshot was held and stays after the decision, as history.
-- rescreening says what its activation did about re-screening the parties (issue 10 defect 14): "DELTA job <id>",
-- "no parties to re-screen" or "no added or changed entries to re-screen"; null while it has not been active. The
-- audit trail keeps only a digest of an event's detail, so the note lives here where it can be read.

alter table list_snapshot
    add column status        text,
    add column status_reason text,
    add column rescreening   text;

update list_snapshot set status = case when active then 'ACTIVE' else 'SUPERSEDED' end;

alter table list_snapshot
    alter column status set not null,
    add constraint list_snapshot_status_check
        check (status in ('ACTIVE', 'SUPERSEDED', 'PENDING_CONFIRMATION', 'REJECTED')),
    add constraint list_snapshot_active_is_status check (active = (status = 'ACTIVE'));

create index list_snapshot_held_idx on list_snapshot (source) where status in ('PENDING_CONFIRMATION', 'REJECTED');
