package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.HIT_DISPOSITION;
import static dev.clearance.persistence.jooq.Tables.SCREENING;
import static dev.clearance.persistence.jooq.Tables.SCREENING_HIT;

import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.persistence.jooq.tables.records.ScreeningHitRecord;
import dev.clearance.persistence.jooq.tables.records.ScreeningRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep14;
import org.jooq.InsertValuesStep17;

/** Appends screenings, their hits and dispositions. Runs inside the caller's transaction. */
public final class ScreeningStore {
    /** Rows per multi-row insert in {@link #insertAll}: 1,000 hits are 17,000 bind values. */
    static final int ROWS_PER_STATEMENT = 1000;

    private final DSLContext dsl;

    public ScreeningStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(StoredScreening s) {
        dsl.insertInto(SCREENING)
                .set(SCREENING.ID, s.id())
                .set(SCREENING.PARTY_ID, s.partyId())
                .set(SCREENING.SUBJECT_KEY, s.subjectKey())
                .set(SCREENING.QUERY_NAME, s.queryName())
                .set(SCREENING.QUERY_DOB, s.queryDateOfBirth())
                .set(SCREENING.QUERY_COUNTRY, s.queryCountry())
                .set(SCREENING.QUERY_TYPE, s.queryType())
                .set(SCREENING.SNAPSHOT_IDS, s.snapshotIds().toArray(UUID[]::new))
                .set(SCREENING.SNAPSHOT_HASHES, s.snapshotHashes().toArray(String[]::new))
                .set(SCREENING.ENGINE_VERSION, s.engineVersion())
                .set(SCREENING.THRESHOLD, s.threshold())
                .set(SCREENING.SCREENED_AT, s.screenedAt().atOffset(ZoneOffset.UTC))
                .set(SCREENING.SCREENED_BY, s.screenedBy())
                .set(SCREENING.JOB_ID, s.jobId())
                .execute();
        for (StoredHit h : s.hits()) {
            dsl.insertInto(SCREENING_HIT)
                    .set(SCREENING_HIT.ID, h.id())
                    .set(SCREENING_HIT.SCREENING_ID, s.id())
                    .set(SCREENING_HIT.RANK, h.rank())
                    .set(SCREENING_HIT.SNAPSHOT_ID, h.snapshotId())
                    .set(SCREENING_HIT.ENTRY_KEY, h.entryKey())
                    .set(SCREENING_HIT.ENTRY_CONTENT_HASH, h.entryContentHash())
                    .set(SCREENING_HIT.ENTRY_NAME, h.entryName())
                    .set(SCREENING_HIT.MATCHED_NAME, h.matchedName())
                    .set(SCREENING_HIT.NAME_SCORE, h.nameScore())
                    .set(SCREENING_HIT.TOKEN_SCORE, h.tokenScore())
                    .set(SCREENING_HIT.NAME_SIMILARITY, h.nameSimilarity())
                    .set(SCREENING_HIT.DOB_MATCH, h.dobMatch())
                    .set(SCREENING_HIT.COUNTRY_MATCH, h.countryMatch())
                    .set(SCREENING_HIT.TYPE_MATCH, h.typeMatch())
                    .set(SCREENING_HIT.FINAL_SCORE, h.finalScore())
                    .set(SCREENING_HIT.PREVIOUSLY_DISPOSITIONED, h.previouslyDispositioned())
                    .set(SCREENING_HIT.PREVIOUS_DISPOSITION_ID, h.previousDispositionId())
                    .execute();
        }
    }

    /**
     * Inserts many screenings and their hits with multi-row inserts (at most {@value #ROWS_PER_STATEMENT} rows per
     * statement, well below PostgreSQL's 65,535 bind values): the same rows {@link #insert} writes, in a few round
     * trips instead of one per row.
     */
    public void insertAll(List<StoredScreening> screenings) {
        for (int from = 0; from < screenings.size(); from += ROWS_PER_STATEMENT) {
            InsertValuesStep14<ScreeningRecord, UUID, UUID, String, String, String, String, String, UUID[], String[],
                    String, Double, OffsetDateTime, String, UUID> insert = dsl.insertInto(SCREENING,
                    SCREENING.ID, SCREENING.PARTY_ID, SCREENING.SUBJECT_KEY, SCREENING.QUERY_NAME, SCREENING.QUERY_DOB,
                    SCREENING.QUERY_COUNTRY, SCREENING.QUERY_TYPE, SCREENING.SNAPSHOT_IDS, SCREENING.SNAPSHOT_HASHES,
                    SCREENING.ENGINE_VERSION, SCREENING.THRESHOLD, SCREENING.SCREENED_AT, SCREENING.SCREENED_BY,
                    SCREENING.JOB_ID);
            for (StoredScreening s : screenings.subList(from, Math.min(screenings.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(s.id(), s.partyId(), s.subjectKey(), s.queryName(), s.queryDateOfBirth(),
                        s.queryCountry(), s.queryType(), s.snapshotIds().toArray(UUID[]::new),
                        s.snapshotHashes().toArray(String[]::new), s.engineVersion(), s.threshold(),
                        s.screenedAt().atOffset(ZoneOffset.UTC), s.screenedBy(), s.jobId());
            }
            insert.execute();
        }
        InsertValuesStep17<ScreeningHitRecord, UUID, UUID, Integer, UUID, String, String, String, String, Double,
                Double, Double, String, String, String, Double, Boolean, UUID> hits = null;
        int rows = 0;
        for (StoredScreening s : screenings) {
            for (StoredHit h : s.hits()) {
                if (hits == null) {
                    hits = dsl.insertInto(SCREENING_HIT, SCREENING_HIT.ID, SCREENING_HIT.SCREENING_ID,
                            SCREENING_HIT.RANK, SCREENING_HIT.SNAPSHOT_ID, SCREENING_HIT.ENTRY_KEY,
                            SCREENING_HIT.ENTRY_CONTENT_HASH, SCREENING_HIT.ENTRY_NAME, SCREENING_HIT.MATCHED_NAME,
                            SCREENING_HIT.NAME_SCORE, SCREENING_HIT.TOKEN_SCORE, SCREENING_HIT.NAME_SIMILARITY,
                            SCREENING_HIT.DOB_MATCH, SCREENING_HIT.COUNTRY_MATCH, SCREENING_HIT.TYPE_MATCH,
                            SCREENING_HIT.FINAL_SCORE, SCREENING_HIT.PREVIOUSLY_DISPOSITIONED,
                            SCREENING_HIT.PREVIOUS_DISPOSITION_ID);
                }
                hits = hits.values(h.id(), s.id(), h.rank(), h.snapshotId(), h.entryKey(), h.entryContentHash(),
                        h.entryName(), h.matchedName(), h.nameScore(), h.tokenScore(), h.nameSimilarity(),
                        h.dobMatch(), h.countryMatch(), h.typeMatch(), h.finalScore(), h.previouslyDispositioned(),
                        h.previousDispositionId());
                if (++rows == ROWS_PER_STATEMENT) {
                    hits.execute();
                    hits = null;
                    rows = 0;
                }
            }
        }
        if (hits != null) {
            hits.execute();
        }
    }

    public void insertDisposition(Disposition d) {
        dsl.insertInto(HIT_DISPOSITION)
                .set(HIT_DISPOSITION.ID, d.id())
                .set(HIT_DISPOSITION.SUBJECT_KEY, d.subjectKey())
                .set(HIT_DISPOSITION.PARTY_ID, d.partyId())
                .set(HIT_DISPOSITION.ENTRY_KEY, d.entryKey())
                .set(HIT_DISPOSITION.ENTRY_CONTENT_HASH, d.entryContentHash())
                .set(HIT_DISPOSITION.DECISION, d.decision().name())
                .set(HIT_DISPOSITION.REASON, d.reason())
                .set(HIT_DISPOSITION.DECIDED_BY, d.decidedBy())
                .set(HIT_DISPOSITION.DECIDED_AT, d.decidedAt().atOffset(ZoneOffset.UTC))
                .set(HIT_DISPOSITION.SCREENING_ID, d.screeningId())
                .set(HIT_DISPOSITION.HIT_ID, d.hitId())
                .execute();
    }
}
