package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.PARTY;
import static dev.clearance.persistence.jooq.Tables.SCREENING_ALERT;
import static dev.clearance.persistence.jooq.Tables.SCREENING_HIT;
import static dev.clearance.persistence.jooq.Tables.SCREENING_JOB;

import dev.clearance.domain.screening.AlertListing;
import dev.clearance.domain.screening.ScreeningAlert;
import dev.clearance.domain.screening.ScreeningJob;
import dev.clearance.persistence.jooq.tables.records.ScreeningAlertRecord;
import dev.clearance.persistence.jooq.tables.records.ScreeningJobRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Reads screening jobs and alerts. */
public final class ScreeningJobQueries {
    private final DSLContext dsl;

    public ScreeningJobQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ScreeningJob> find(UUID id) {
        return dsl.selectFrom(SCREENING_JOB).where(SCREENING_JOB.ID.eq(id)).fetchOptional(ScreeningJobQueries::job);
    }

    /** Latest requested first. */
    public List<ScreeningJob> list(int limit) {
        return dsl.selectFrom(SCREENING_JOB).orderBy(SCREENING_JOB.REQUESTED_AT.desc(), SCREENING_JOB.ID)
                .limit(limit).fetch(ScreeningJobQueries::job);
    }

    /** Jobs left QUEUED or RUNNING, oldest first: after a restart, the ones the previous process did not finish. */
    public List<ScreeningJob> unfinished() {
        return dsl.selectFrom(SCREENING_JOB)
                .where(SCREENING_JOB.STATUS.in(ScreeningJob.Status.QUEUED.name(), ScreeningJob.Status.RUNNING.name()))
                .orderBy(SCREENING_JOB.REQUESTED_AT, SCREENING_JOB.ID)
                .fetch(ScreeningJobQueries::job);
    }

    /**
     * Whether an open alert already stands for this party and list entry from a job over the same snapshot as
     * {@code jobId} (a job resumed after a restart re-screens the parties its predecessor had done).
     */
    public boolean openAlertExists(UUID jobId, UUID partyId, String entryKey) {
        var same = SCREENING_JOB.as("same");
        var mine = SCREENING_JOB.as("mine");
        return dsl.fetchExists(dsl.selectOne().from(SCREENING_ALERT)
                .join(same).on(same.ID.eq(SCREENING_ALERT.JOB_ID))
                .join(mine).on(mine.ID.eq(jobId))
                .where(SCREENING_ALERT.PARTY_ID.eq(partyId))
                .and(SCREENING_ALERT.ENTRY_KEY.eq(entryKey))
                .and(SCREENING_ALERT.ACKNOWLEDGED_AT.isNull())
                .and(same.SNAPSHOT_ID.eq(mine.SNAPSHOT_ID)));
    }

    public Optional<ScreeningAlert> findAlert(UUID id) {
        return dsl.selectFrom(SCREENING_ALERT).where(SCREENING_ALERT.ID.eq(id))
                .fetchOptional(ScreeningJobQueries::alert);
    }

    /** Newest first; only unacknowledged ones when {@code open}. */
    public List<AlertListing> alerts(boolean open, @Nullable UUID jobId, int limit) {
        var where = open ? SCREENING_ALERT.ACKNOWLEDGED_AT.isNull() : org.jooq.impl.DSL.noCondition();
        if (jobId != null) {
            where = where.and(SCREENING_ALERT.JOB_ID.eq(jobId));
        }
        return listings(where, limit);
    }

    /** One alert with its party and entry names, as the inbox lists it. */
    public Optional<AlertListing> listing(UUID id) {
        return listings(SCREENING_ALERT.ID.eq(id), 1).stream().findFirst();
    }

    private List<AlertListing> listings(org.jooq.Condition where, int limit) {
        return dsl.select(SCREENING_ALERT.fields()).select(PARTY.NAME, SCREENING_HIT.ENTRY_NAME,
                        SCREENING_HIT.FINAL_SCORE)
                .from(SCREENING_ALERT)
                .join(PARTY).on(PARTY.ID.eq(SCREENING_ALERT.PARTY_ID))
                .join(SCREENING_HIT).on(SCREENING_HIT.ID.eq(SCREENING_ALERT.HIT_ID))
                .where(where)
                .orderBy(SCREENING_ALERT.CREATED_AT.desc(), SCREENING_ALERT.ID)
                .limit(limit)
                .fetch(r -> new AlertListing(alert(r.into(SCREENING_ALERT)), r.get(PARTY.NAME),
                        r.get(SCREENING_HIT.ENTRY_NAME), r.get(SCREENING_HIT.FINAL_SCORE)));
    }

    private static ScreeningJob job(ScreeningJobRecord r) {
        return new ScreeningJob(r.getId(), ScreeningJob.Kind.valueOf(r.getKind()), r.getTrigger(), r.getSnapshotId(),
                ScreeningJob.Status.valueOf(r.getStatus()), r.getTotal(), r.getProcessed(), r.getHitsRaised(),
                r.getRequestedAt().toInstant(), r.getRequestedBy(), instant(r.getStartedAt()),
                instant(r.getFinishedAt()), r.getError());
    }

    private static ScreeningAlert alert(ScreeningAlertRecord r) {
        return new ScreeningAlert(r.getId(), r.getJobId(), r.getScreeningId(), r.getHitId(), r.getPartyId(),
                r.getEntryKey(), r.getCreatedAt().toInstant(), instant(r.getAcknowledgedAt()), r.getAcknowledgedBy());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
