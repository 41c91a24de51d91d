-- Issue 11 due-diligence gaps: an archived ownership edge records the reason given, and an employment can be ended
-- on a date (its valid_to set later), recording who ended it and when; nothing is deleted.
alter table ownership_edge add column archive_reason text;
alter table ownership_edge add constraint ownership_edge_archive_reason_check
    check (archive_reason is null or (archived_at is not null and length(btrim(archive_reason)) between 1 and 500));

alter table employment add column ended_at timestamptz;
alter table employment add column ended_by text;
alter table employment add constraint employment_end_check check ((ended_at is null) = (ended_by is null));
