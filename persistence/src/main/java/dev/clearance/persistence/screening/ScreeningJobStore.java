package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.SCREENING_ALERT;
import static dev.clearance.persistence.jooq.Tables.SCREENING_JOB;

import dev.clearance.domain.screening.ScreeningAlert;
import dev.clearance.domain.screening.ScreeningJob;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes screening jobs and alerts. Status and progress of a job, and the acknowledgement of an alert, are the only
 * in-place updates. Runs inside the caller's transaction.
 */
public final class ScreeningJobStore {
    private final DSLContext dsl;

    public ScreeningJobStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(ScreeningJob j) {
        dsl.insertInto(SCREENING_JOB)
                .set(SCREENING_JOB.ID, j.id())
                .set(SCREENING_JOB.KIND, j.kind().name())
                .set(SCREENING_JOB.TRIGGER, j.trigger())
                .set(SCREENING_JOB.SNAPSHOT_ID, j.snapshotId())
                .set(SCREENING_JOB.STATUS, j.status().name())
                .set(SCREENING_JOB.TOTAL, j.total())
                .set(SCREENING_JOB.PROCESSED, j.processed())
                .set(SCREENING_JOB.HITS_RAISED, j.hitsRaised())
                .set(SCREENING_JOB.REQUESTED_AT, j.requestedAt().atOffset(ZoneOffset.UTC))
                .set(SCREENING_JOB.REQUESTED_BY, j.requestedBy())
                .execute();
    }

    public void started(UUID id, int total, Instant at) {
        dsl.update(SCREENING_JOB)
                .set(SCREENING_JOB.STATUS, ScreeningJob.Status.RUNNING.name())
                .set(SCREENING_JOB.TOTAL, total)
                .set(SCREENING_JOB.STARTED_AT, at.atOffset(ZoneOffset.UTC))
                .where(SCREENING_JOB.ID.eq(id))
                .execute();
    }

    public void progress(UUID id, int processed, int hitsRaised) {
        dsl.update(SCREENING_JOB)
                .set(SCREENING_JOB.PROCESSED, processed)
                .set(SCREENING_JOB.HITS_RAISED, hitsRaised)
                .where(SCREENING_JOB.ID.eq(id))
                .execute();
    }

    public void finished(UUID id, ScreeningJob.Status status, Instant at, @Nullable String error) {
        dsl.update(SCREENING_JOB)
                .set(SCREENING_JOB.STATUS, status.name())
                .set(SCREENING_JOB.FINISHED_AT, at.atOffset(ZoneOffset.UTC))
                .set(SCREENING_JOB.ERROR, error)
                .where(SCREENING_JOB.ID.eq(id))
                .execute();
    }

    public void insertAlert(ScreeningAlert a) {
        dsl.insertInto(SCREENING_ALERT)
                .set(SCREENING_ALERT.ID, a.id())
                .set(SCREENING_ALERT.JOB_ID, a.jobId())
                .set(SCREENING_ALERT.SCREENING_ID, a.screeningId())
                .set(SCREENING_ALERT.HIT_ID, a.hitId())
                .set(SCREENING_ALERT.PARTY_ID, a.partyId())
                .set(SCREENING_ALERT.ENTRY_KEY, a.entryKey())
                .set(SCREENING_ALERT.CREATED_AT, a.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** @return false when the alert was already acknowledged (or does not exist) */
    public boolean acknowledge(UUID id, String by, Instant at) {
        return dsl.update(SCREENING_ALERT)
                .set(SCREENING_ALERT.ACKNOWLEDGED_AT, at.atOffset(ZoneOffset.UTC))
                .set(SCREENING_ALERT.ACKNOWLEDGED_BY, by)
                .where(SCREENING_ALERT.ID.eq(id).and(SCREENING_ALERT.ACKNOWLEDGED_AT.isNull()))
                .execute() == 1;
    }
}
