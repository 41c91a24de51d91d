package dev.clearance.api.screening;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.Violation;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.screening.ScreeningQueries;
import dev.clearance.persistence.screening.ScreeningStore;
import dev.clearance.screening.engine.Candidate;
import dev.clearance.screening.engine.Screening;
import dev.clearance.screening.engine.ScreeningQuery;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens up to {@value ScreeningRequests#MAX_BATCH} names in one request and stores each screening exactly as
 * {@link ScreeningNames#screen} does (query, snapshot ids and hashes, engine version, threshold, every hit with its
 * score parts, remembered dispositions not raised again), all in one transaction: a bad query or a failure stores
 * nothing. The names are matched in parallel on a pool as large as the machine's cores (shared by all batch
 * requests, so concurrent batches do not oversubscribe the CPU); reading dispositions and writing the evidence happen
 * on the request's thread, in its transaction, with one query and a few multi-row inserts. One audit event
 * ({@code ScreeningBatchCompleted}) records the batch: its digest covers every stored screening's id, subject, hit
 * and raised counts.
 */
@Singleton
public class BatchScreening {
    private static final Logger LOG = LoggerFactory.getLogger(BatchScreening.class);
    /** Hits shown per query in the response; all of them are stored and readable by screening id. */
    static final int TOP_HITS = 3;
    /** Below this many names the pool's hand-off costs more than it saves. */
    private static final int PARALLEL_FROM = 8;

    private final ScreeningNames names;
    private final ActiveListIndex index;
    private final ScreeningStore store;
    private final ScreeningQueries queries;
    private final PartyQueries parties;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final ForkJoinPool pool;

    public BatchScreening(ScreeningNames names, ActiveListIndex index, ScreeningStore store, ScreeningQueries queries,
                          PartyQueries parties, Auditor auditor, Ids ids, Clock clock) {
        this.names = names;
        this.index = index;
        this.store = store;
        this.queries = queries;
        this.parties = parties;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("batch-screening-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    @Transactional
    public ScreeningViews.BatchView screen(ScreeningRequests.ScreenBatch batch, CurrentActor actor,
                                           @Nullable String requestId) {
        List<ScreeningRequests.BatchQuery> items = batch.queries();
        if (items == null || items.isEmpty() || items.size() > ScreeningRequests.MAX_BATCH) {
            throw new InvalidRequestException("$.queries", "must hold 1 to " + ScreeningRequests.MAX_BATCH
                    + " queries");
        }
        long t0 = System.nanoTime();
        List<ScreeningRequests.Screen> requests = new ArrayList<>(items.size());
        List<ScreeningQuery> engineQueries = validate(items, requests);
        ActiveListIndex.Loaded lists = index.current();
        long t1 = System.nanoTime();
        List<List<Candidate>> candidates = match(lists, engineQueries);
        long t2 = System.nanoTime();

        List<String> subjects = new ArrayList<>(requests.size());
        Set<String> entryKeys = new LinkedHashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            subjects.add(ScreeningNames.subjectKey(requests.get(i)));
            candidates.get(i).forEach(c -> entryKeys.add(c.entry().key()));
        }
        Map<String, Map<String, Disposition>> decided = queries.latestDispositions(subjects, entryKeys);
        long t3 = System.nanoTime();
        Instant now = clock.instant();
        List<StoredScreening> screenings = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            screenings.add(names.evidence(requests.get(i), engineQueries.get(i), subjects.get(i), lists,
                    candidates.get(i), decided.getOrDefault(subjects.get(i), Map.of()), now, actor, null));
        }
        long t4 = System.nanoTime();
        store.insertAll(screenings);
        long t5 = System.nanoTime();

        UUID batchId = ids.next();
        int hits = 0;
        int raised = 0;
        StringBuilder digest = new StringBuilder();
        for (StoredScreening s : screenings) {
            int r = raised(s);
            hits += s.hits().size();
            raised += r;
            digest.append('\n').append(s.id()).append('|').append(s.subjectKey()).append('|')
                    .append(s.hits().size()).append('|').append(r);
        }
        List<String> hashes = lists.snapshots().stream().map(StoredSnapshot::sha256).toList();
        auditor.record(actor, "ScreeningBatchCompleted", "screening-batch", batchId.toString(),
                screenings.size() + " screenings|" + hashes + "|" + Screening.ENGINE_VERSION + "|"
                        + Screening.DEFAULT_THRESHOLD + "|" + hits + " hits|" + raised + " raised" + digest,
                requestId);
        ScreeningViews.BatchView view = view(batchId, items, screenings, decided, hits, raised, now, actor,
                lists.snapshots());
        if (LOG.isDebugEnabled()) {
            LOG.debug("batch {}: {} names, {} hits; validate {} ms, match {} ms, dispositions {} ms, evidence {} ms,"
                    + " insert {} ms, audit and view {} ms", batchId, screenings.size(), hits, ms(t0, t1),
                    ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, System.nanoTime()));
        }
        return view;
    }

    /**
     * Bean validation has checked each field; this adds what it cannot: the engine's own checks (a date of birth
     * that does not exist) and that every named party exists, reporting every fault with its JSON path.
     */
    private List<ScreeningQuery> validate(List<ScreeningRequests.BatchQuery> items,
                                          List<ScreeningRequests.Screen> requests) {
        List<Violation> violations = new ArrayList<>();
        List<ScreeningQuery> engineQueries = new ArrayList<>(items.size());
        Set<RegisteredPartyId> partyIds = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ScreeningRequests.BatchQuery item = items.get(i);
            String path = "$.queries[" + i + "]";
            if (item == null) {
                violations.add(new Violation(path, "must not be null"));
                requests.add(null);
                engineQueries.add(null);
                continue;
            }
            ScreeningRequests.Screen request = item.screen();
            requests.add(request);
            if (request.partyId() != null) {
                partyIds.add(new RegisteredPartyId(request.partyId()));
            }
            if (request.dateOfBirth() != null) {
                try {
                    ListEntries.birthDate(request.dateOfBirth());
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation(path + ".dateOfBirth", String.valueOf(e.getMessage())));
                    engineQueries.add(null);
                    continue;
                }
            }
            try {
                engineQueries.add(ScreeningNames.engineQuery(request));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(path, String.valueOf(e.getMessage())));
                engineQueries.add(null);
            }
        }
        if (!partyIds.isEmpty()) {
            Set<RegisteredPartyId> existing = parties.existing(partyIds);
            for (int i = 0; i < requests.size(); i++) {
                ScreeningRequests.Screen r = requests.get(i);
                if (r != null && r.partyId() != null && !existing.contains(new RegisteredPartyId(r.partyId()))) {
                    violations.add(new Violation("$.queries[" + i + "].partyId", "no party " + r.partyId()));
                }
            }
        }
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> comparePaths(a.field(), b.field()));
            throw new InvalidRequestException(violations);
        }
        return engineQueries;
    }

    /** Candidates per query, in request order; in parallel on the pool when the batch is large enough. */
    private List<List<Candidate>> match(ActiveListIndex.Loaded lists, List<ScreeningQuery> engineQueries) {
        if (lists.index() == null) {
            return Collections.nCopies(engineQueries.size(), List.of());
        }
        if (engineQueries.size() < PARALLEL_FROM) {
            return engineQueries.stream().map(q -> ScreeningNames.candidates(lists, q)).toList();
        }
        try {
            // NB: a parallel stream started inside the pool runs on the pool's workers, not the common pool.
            return pool.submit(() -> engineQueries.parallelStream()
                    .map(q -> ScreeningNames.candidates(lists, q)).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while screening a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ScreeningViews.BatchView view(UUID batchId, List<ScreeningRequests.BatchQuery> items,
                                          List<StoredScreening> screenings,
                                          Map<String, Map<String, Disposition>> decided, int hits, int raised,
                                          Instant now, CurrentActor actor, List<StoredSnapshot> snapshots) {
        Map<UUID, Disposition> byId = new HashMap<>();
        decided.values().forEach(m -> m.values().forEach(d -> byId.put(d.id(), d)));
        List<ScreeningViews.BatchItemView> results = new ArrayList<>(screenings.size());
        for (int i = 0; i < screenings.size(); i++) {
            StoredScreening s = screenings.get(i);
            List<ScreeningViews.HitView> top = new ArrayList<>(Math.min(TOP_HITS, s.hits().size()));
            for (StoredHit h : s.hits().subList(0, Math.min(TOP_HITS, s.hits().size()))) {
                top.add(ScreeningViews.HitView.of(h,
                        h.previousDispositionId() == null ? null : byId.get(h.previousDispositionId()), List.of()));
            }
            results.add(new ScreeningViews.BatchItemView(i, items.get(i).reference(), s.id(), s.partyId(),
                    new ScreeningViews.QueryView(s.queryName(), s.queryDateOfBirth(), s.queryCountry(),
                            s.queryType()), s.hits().size(), raised(s), top));
        }
        StoredScreening first = screenings.get(0);
        return new ScreeningViews.BatchView(batchId, screenings.size(), ScreeningViews.snapshotRefs(first,
                snapshots.stream().collect(Collectors.toMap(StoredSnapshot::id, snapshot -> snapshot))),
                first.engineVersion(), first.threshold(), now, actor.username(), hits, raised, results);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static int raised(StoredScreening s) {
        int r = 0;
        for (StoredHit h : s.hits()) {
            if (!h.previouslyDispositioned()) {
                r++;
            }
        }
        return r;
    }

    /** {@code $.queries[2].name} before {@code $.queries[10].name}: by index, then by field. */
    private static int comparePaths(String a, String b) {
        int c = Integer.compare(indexOf(a), indexOf(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int indexOf(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
