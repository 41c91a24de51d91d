-- ADR 0008. Events written before the microsecond fix were hashed over nanosecond timestamps that timestamptz cut to
-- microseconds, so they can never verify as stored. The next (Java) migration re-seals every event it can prove
-- untouched; the hash each one was sealed with stays here, beside the new one, for anyone to check the proof again.
alter table audit_event add column legacy_hash text;

comment on column audit_event.legacy_hash is
    'Hash the event was sealed with before ADR 0008 re-sealed it (null for events sealed correctly the first time)';
