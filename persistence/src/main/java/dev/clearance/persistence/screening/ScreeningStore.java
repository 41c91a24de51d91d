package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.HIT_DISPOSITION;
import static dev.clearance.persistence.jooq.Tables.SCREENING;
import static dev.clearance.persistence.jooq.Tables.SCREENING_HIT;

import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/** Appends screenings, their hits and dispositions. Runs inside the caller's transaction. */
public final class ScreeningStore {
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
