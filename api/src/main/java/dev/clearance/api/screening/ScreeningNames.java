package dev.clearance.api.screening;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.ScreeningSubject;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.screening.ScreeningQueries;
import dev.clearance.persistence.screening.ScreeningStore;
import dev.clearance.screening.engine.Candidate;
import dev.clearance.screening.engine.Screening;
import dev.clearance.screening.engine.ScreeningQuery;
import dev.clearance.screening.engine.ScoreParts;
import dev.clearance.screening.list.EntryType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Screens a name against the active list snapshots and records the result as evidence; records analysts'
 * dispositions of hits. A final disposition (true match / false positive) is remembered for the subject (party, or
 * the normalized query when there is none) and the entry's content hash: the same unchanged entry is kept as a hit
 * but not raised again, a changed entry is.
 */
@Singleton
public class ScreeningNames {
    /** Every candidate at or above the threshold is kept; the engine's candidate pool is 100. */
    private static final int MAX_HITS = 100;

    private final ActiveListIndex index;
    private final ScreeningStore store;
    private final ScreeningQueries queries;
    private final PartyQueries parties;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public ScreeningNames(ActiveListIndex index, ScreeningStore store, ScreeningQueries queries,
                          PartyQueries parties, Auditor auditor, Ids ids, Clock clock) {
        this.index = index;
        this.store = store;
        this.queries = queries;
        this.parties = parties;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public StoredScreening screen(ScreeningRequests.Screen request, CurrentActor actor, @Nullable String requestId) {
        return screen(request, actor, requestId, null, null);
    }

    /**
     * The same screening, as part of a batch job: {@code jobId} is recorded on the screening and, when
     * {@code against} is given (a delta re-screening), the name is screened against that index instead of the active
     * one.
     */
    @Transactional
    public StoredScreening screen(ScreeningRequests.Screen request, CurrentActor actor, @Nullable String requestId,
                                  @Nullable UUID jobId, ActiveListIndex.@Nullable Loaded against) {
        if (request.partyId() != null && parties.find(new RegisteredPartyId(request.partyId())).isEmpty()) {
            throw new InvalidRequestException("$.partyId", "no party " + request.partyId());
        }
        ScreeningQuery query;
        try {
            query = engineQuery(request);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("$", String.valueOf(e.getMessage()));
        }
        ActiveListIndex.Loaded lists = against != null ? against : index.current();
        List<Candidate> candidates = candidates(lists, query);
        String subject = subjectKey(request);
        Map<String, Disposition> decided = queries.latestDispositions(subject,
                candidates.stream().map(c -> c.entry().key()).distinct().toList());
        StoredScreening screening = evidence(request, query, subject, lists, candidates, decided, clock.instant(),
                actor, jobId);
        double threshold = screening.threshold();
        UUID id = screening.id();
        List<StoredHit> hits = screening.hits();
        store.insert(screening);
        long raised = hits.stream().filter(h -> !h.previouslyDispositioned()).count();
        auditor.record(actor, "ScreeningCompleted", "screening", id.toString(),
                subject + "|" + screening.snapshotHashes() + "|" + Screening.ENGINE_VERSION + "|" + threshold + "|"
                        + hits.size() + " hits|" + raised + " raised", requestId);
        return screening;
    }

    /** The engine's query for a request; {@link IllegalArgumentException} when the engine rejects it. */
    static ScreeningQuery engineQuery(ScreeningRequests.Screen request) {
        return new ScreeningQuery(request.name(),
                request.dateOfBirth() == null ? null : ListEntries.birthDate(request.dateOfBirth()),
                request.country(), request.type() == null ? null : EntryType.valueOf(request.type()));
    }

    /** Every candidate at or above the production threshold: pure, safe to call from several threads. */
    static List<Candidate> candidates(ActiveListIndex.Loaded lists, ScreeningQuery query) {
        return lists.index() == null ? List.of()
                : lists.index().screen(query, Screening.DEFAULT_THRESHOLD, MAX_HITS);
    }

    /** Who dispositions are remembered for: the party, or the normalized query. */
    static String subjectKey(ScreeningRequests.Screen request) {
        return ScreeningSubject.key(request.partyId(), request.name(), request.dateOfBirth(), request.country(),
                request.type());
    }

    /**
     * The screening to store as evidence: the query, the snapshots screened against (ids and hashes), the engine
     * version, the threshold and every candidate as a hit with its score parts, marked previously dispositioned when
     * {@code decided} (the subject's decisions in force, keyed by entry key and content hash) holds a final one.
     * Used by single and batch screenings alike.
     */
    StoredScreening evidence(ScreeningRequests.Screen request, ScreeningQuery query, String subject,
                             ActiveListIndex.Loaded lists, List<Candidate> candidates,
                             Map<String, Disposition> decided, Instant now, CurrentActor actor,
                             @Nullable UUID jobId) {
        UUID id = ids.next();
        List<StoredHit> hits = new ArrayList<>(candidates.size());
        int rank = 0;
        for (Candidate c : candidates) {
            StoredSnapshot snapshot = lists.snapshotOf(c.entry().source().name());
            if (snapshot == null) {
                throw new IllegalStateException("no active snapshot for " + c.entry().key());
            }
            Disposition prior = decided.get(c.entry().key() + "|" + c.entry().contentHash());
            boolean remembered = prior != null && prior.decision().isFinal();
            ScoreParts s = c.score();
            hits.add(new StoredHit(ids.next(), ++rank, snapshot.id(), c.entry().key(), c.entry().contentHash(),
                    c.entry().primaryName(), c.matchedName(), s.nameScore(), s.tokenScore(), s.nameSimilarity(),
                    s.dobMatch().name(), s.countryMatch().name(), s.typeMatch().name(), s.finalScore(), remembered,
                    remembered ? prior.id() : null));
        }
        return new StoredScreening(id, request.partyId(), subject, request.name(),
                request.dateOfBirth(), query.country(), request.type(),
                lists.snapshots().stream().map(StoredSnapshot::id).toList(),
                lists.snapshots().stream().map(StoredSnapshot::sha256).toList(),
                Screening.ENGINE_VERSION, Screening.DEFAULT_THRESHOLD, now, actor.username(), jobId, hits);
    }

    @Transactional
    public Disposition dispose(UUID screeningId, UUID hitId, ScreeningRequests.Dispose request, CurrentActor actor,
                               @Nullable String requestId) {
        StoredScreening screening = queries.find(screeningId)
                .orElseThrow(() -> new NotFoundException("no screening " + screeningId));
        StoredHit hit = screening.hits().stream().filter(h -> h.id().equals(hitId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no hit " + hitId + " in screening " + screeningId));
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidRequestException("$.reason", "must not be blank");
        }
        Disposition.Decision decision;
        try {
            decision = Disposition.Decision.valueOf(request.decision());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException("$.decision", "must be TRUE_MATCH, FALSE_POSITIVE or ESCALATED");
        }
        Disposition d = new Disposition(ids.next(), screening.subjectKey(), screening.partyId(), hit.entryKey(),
                hit.entryContentHash(), decision, request.reason().strip(), actor.username(), clock.instant(),
                screeningId, hitId);
        store.insertDisposition(d);
        auditor.record(actor, "HitDispositioned", "screening-hit", hitId.toString(),
                screeningId + "|" + d.subjectKey() + "|" + d.entryKey() + "|" + d.entryContentHash() + "|"
                        + decision + "|" + d.reason(), requestId);
        return d;
    }
}
