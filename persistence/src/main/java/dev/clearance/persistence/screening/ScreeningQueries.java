package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.HIT_DISPOSITION;
import static dev.clearance.persistence.jooq.Tables.SCREENING;
import static dev.clearance.persistence.jooq.Tables.SCREENING_HIT;

import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.persistence.jooq.tables.records.HitDispositionRecord;
import dev.clearance.persistence.jooq.tables.records.ScreeningHitRecord;
import dev.clearance.persistence.jooq.tables.records.ScreeningRecord;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads screenings, hits and dispositions. */
public final class ScreeningQueries {
    private final DSLContext dsl;

    public ScreeningQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StoredScreening> find(UUID id) {
        return dsl.selectFrom(SCREENING).where(SCREENING.ID.eq(id)).fetchOptional()
                .map(r -> screening(r, dsl.selectFrom(SCREENING_HIT).where(SCREENING_HIT.SCREENING_ID.eq(id))
                        .orderBy(SCREENING_HIT.RANK).fetch(ScreeningQueries::hit)));
    }

    /** Dispositions recorded on the given hits, oldest first. */
    public List<Disposition> dispositionsOfHits(Collection<UUID> hitIds) {
        return dsl.selectFrom(HIT_DISPOSITION).where(HIT_DISPOSITION.HIT_ID.in(hitIds))
                .orderBy(HIT_DISPOSITION.DECIDED_AT, HIT_DISPOSITION.ID).fetch(ScreeningQueries::disposition);
    }

    public Optional<Disposition> disposition(UUID id) {
        return dsl.selectFrom(HIT_DISPOSITION).where(HIT_DISPOSITION.ID.eq(id))
                .fetchOptional(ScreeningQueries::disposition);
    }

    /**
     * The decision in force (the latest) for a subject on each of the given entries, keyed by
     * {@code entryKey + "|" + contentHash}; entries without one are absent.
     */
    public Map<String, Disposition> latestDispositions(String subjectKey, Collection<String> entryKeys) {
        Map<String, Disposition> out = new HashMap<>();
        if (entryKeys.isEmpty()) {
            return out;
        }
        dsl.selectFrom(HIT_DISPOSITION)
                .where(HIT_DISPOSITION.SUBJECT_KEY.eq(subjectKey).and(HIT_DISPOSITION.ENTRY_KEY.in(entryKeys)))
                .orderBy(HIT_DISPOSITION.DECIDED_AT, HIT_DISPOSITION.ID)
                .fetch(ScreeningQueries::disposition)
                .forEach(d -> out.put(d.entryKey() + "|" + d.entryContentHash(), d));
        return out;
    }

    /**
     * {@link #latestDispositions(String, Collection)} for many subjects in one query: per subject key, the decision
     * in force on each of the given entries keyed by {@code entryKey + "|" + contentHash}; subjects without any are
     * absent.
     */
    public Map<String, Map<String, Disposition>> latestDispositions(Collection<String> subjectKeys,
                                                                   Collection<String> entryKeys) {
        Map<String, Map<String, Disposition>> out = new HashMap<>();
        if (subjectKeys.isEmpty() || entryKeys.isEmpty()) {
            return out;
        }
        // NB: one array bind each (= any), not an IN list, so a 1,000-name batch stays one short statement.
        dsl.selectFrom(HIT_DISPOSITION)
                .where(HIT_DISPOSITION.SUBJECT_KEY.eq(DSL.any(subjectKeys.stream().distinct().toArray(String[]::new)))
                        .and(HIT_DISPOSITION.ENTRY_KEY.eq(DSL.any(entryKeys.stream().distinct()
                                .toArray(String[]::new)))))
                .orderBy(HIT_DISPOSITION.DECIDED_AT, HIT_DISPOSITION.ID)
                .fetch(ScreeningQueries::disposition)
                .forEach(d -> out.computeIfAbsent(d.subjectKey(), k -> new HashMap<>())
                        .put(d.entryKey() + "|" + d.entryContentHash(), d));
        return out;
    }

    private static StoredScreening screening(ScreeningRecord r, List<StoredHit> hits) {
        return new StoredScreening(r.getId(), r.getPartyId(), r.getSubjectKey(), r.getQueryName(), r.getQueryDob(),
                r.getQueryCountry(), r.getQueryType(), Arrays.asList(r.getSnapshotIds()),
                Arrays.asList(r.getSnapshotHashes()), r.getEngineVersion(), r.getThreshold(),
                r.getScreenedAt().toInstant(), r.getScreenedBy(), r.getJobId(), hits);
    }

    private static StoredHit hit(ScreeningHitRecord r) {
        return new StoredHit(r.getId(), r.getRank(), r.getSnapshotId(), r.getEntryKey(), r.getEntryContentHash(),
                r.getEntryName(), r.getMatchedName(), r.getNameScore(), r.getTokenScore(), r.getNameSimilarity(),
                r.getDobMatch(), r.getCountryMatch(), r.getTypeMatch(), r.getFinalScore(),
                r.getPreviouslyDispositioned(), r.getPreviousDispositionId());
    }

    private static Disposition disposition(HitDispositionRecord r) {
        return new Disposition(r.getId(), r.getSubjectKey(), r.getPartyId(), r.getEntryKey(),
                r.getEntryContentHash(), Disposition.Decision.valueOf(r.getDecision()), r.getReason(),
                r.getDecidedBy(), r.getDecidedAt().toInstant(), r.getScreeningId(), r.getHitId());
    }
}
