package dev.clearance.api.screening;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.screening.AlertListing;
import dev.clearance.domain.screening.ScreeningAlert;
import dev.clearance.domain.screening.ScreeningJob;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.persistence.screening.ScreeningJobQueries;
import dev.clearance.persistence.screening.ScreeningJobStore;
import dev.clearance.screening.engine.ScreeningIndex;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The transactional steps of a screening job; {@link ScreeningJobs} runs them on its executor. */
@Singleton
public class ScreeningJobSteps {
    private static final int PAGE = 500;

    private final ScreeningJobStore store;
    private final ScreeningJobQueries queries;
    private final ListSnapshotQueries snapshots;
    private final PartyQueries parties;
    private final ScreeningNames screening;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public ScreeningJobSteps(ScreeningJobStore store, ScreeningJobQueries queries, ListSnapshotQueries snapshots,
                             PartyQueries parties, ScreeningNames screening, Auditor auditor, Ids ids, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.snapshots = snapshots;
        this.parties = parties;
        this.screening = screening;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    /** Records a QUEUED job; joins the caller's transaction (the import's, for a delta job). */
    @Transactional
    public ScreeningJob queue(ScreeningJob.Kind kind, @Nullable UUID snapshotId, CurrentActor actor) {
        ScreeningJob job = new ScreeningJob(ids.next(), kind, snapshotId == null ? "manual" : "snapshot:" + snapshotId,
                snapshotId, ScreeningJob.Status.QUEUED, 0, 0, 0, clock.instant(), actor.username(), null, null, null);
        store.insert(job);
        return job;
    }

    /**
     * Queues the DELTA re-screening for a snapshot that has just become active, in the caller's transaction, when
     * there is something to do: entries added or changed, and parties to screen against them. A job of "0 of 0
     * parties" says nothing an audit note cannot, and at first start it filled the jobs list with one per list.
     */
    @Transactional
    public Rescreening queueDelta(StoredSnapshot activated, CurrentActor actor) {
        if (activated.diff().added() + activated.diff().changed() == 0) {
            return new Rescreening(null, "no added or changed entries to re-screen");
        }
        if (parties.countActive() == 0) {
            return new Rescreening(null, "no parties to re-screen");
        }
        ScreeningJob job = queue(ScreeningJob.Kind.DELTA, activated.id(), actor);
        return new Rescreening(job.id(), "DELTA job " + job.id());
    }

    /** The DELTA job an activation queued (null when there was nothing to re-screen) and what was decided. */
    public record Rescreening(@Nullable UUID jobId, String note) {
    }

    @Transactional
    public ScreeningJob find(UUID id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("no screening job " + id));
    }

    /** Marks the job RUNNING with the parties it will screen (every non-archived party now). */
    @Transactional
    public List<RegisteredParty> start(UUID jobId) {
        List<RegisteredParty> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<RegisteredParty> page = parties.listActive(PAGE, offset);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        store.started(jobId, all.size(), clock.instant());
        return all;
    }

    /** Marks a job with nothing to screen (a delta without added or changed entries) RUNNING with total 0. */
    @Transactional
    public void startEmpty(UUID jobId) {
        store.started(jobId, 0, clock.instant());
    }

    /** The index over a snapshot's added and changed entries (against its previous snapshot); null when none. */
    @Transactional
    public ActiveListIndex.@Nullable Loaded delta(UUID snapshotId) {
        StoredSnapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new IllegalStateException("no snapshot " + snapshotId));
        Map<String, String> before = snapshot.previousSnapshotId() == null ? Map.of()
                : snapshots.contentHashes(snapshot.previousSnapshotId());
        ListSource source = ListSource.valueOf(snapshot.source());
        List<ListEntry> entries = new ArrayList<>();
        snapshots.entries(snapshotId).forEach(e -> {
            ListEntry entry = ListEntries.engine(source, e);
            if (!entry.contentHash().equals(before.get(entry.sourceId()))) {
                entries.add(entry);
            }
        });
        return entries.isEmpty() ? null
                : new ActiveListIndex.Loaded(Set.of(snapshotId), List.of(snapshot), ScreeningIndex.ofEntries(entries));
    }

    /**
     * Screens a party's name and each alias (one screening each, exactly as {@code POST /api/v1/screenings}) and,
     * for a delta job, raises an alert for every hit not previously dispositioned. One transaction per party.
     *
     * @return the number of hits raised (not previously dispositioned)
     */
    @Transactional
    public int screenParty(UUID jobId, RegisteredParty party, ActiveListIndex.@Nullable Loaded against,
                           boolean alert, CurrentActor actor) {
        String country = country(party.id());
        Set<String> names = new LinkedHashSet<>();
        names.add(party.name());
        names.addAll(party.aliases());
        int raised = 0;
        for (String name : names) {
            if (name == null || name.isBlank() || name.length() > 500) {
                continue;
            }
            StoredScreening s = screening.screen(new ScreeningRequests.Screen(party.id().value(), name, null,
                    country, null), actor, null, jobId, against);
            for (StoredHit h : s.hits()) {
                if (h.previouslyDispositioned()) {
                    continue;
                }
                if (alert && queries.openAlertExists(jobId, party.id().value(), h.entryKey())) {
                    continue;
                }
                raised++;
                if (alert) {
                    store.insertAlert(new ScreeningAlert(ids.next(), jobId, s.id(), h.id(), party.id().value(),
                            h.entryKey(), clock.instant(), null, null));
                }
            }
        }
        return raised;
    }

    @Transactional
    public void progress(UUID jobId, int processed, int raised) {
        store.progress(jobId, processed, raised);
    }

    @Transactional
    public void finish(UUID jobId, ScreeningJob.Status status, @Nullable String error, CurrentActor actor) {
        store.finished(jobId, status, clock.instant(), error);
        ScreeningJob job = find(jobId);
        auditor.record(actor, status == ScreeningJob.Status.COMPLETED ? "ScreeningJobCompleted" : "ScreeningJobFailed",
                "screening-job", jobId.toString(), job.kind() + "|" + job.trigger() + "|" + job.processed() + "/"
                        + job.total() + "|" + job.hitsRaised() + " raised" + (error == null ? "" : "|" + error),
                null);
    }

    /** Jobs the previous process left QUEUED or RUNNING. */
    @Transactional
    public List<ScreeningJob> unfinished() {
        return queries.unfinished();
    }

    @Transactional
    public List<ScreeningJob> list(int limit) {
        return queries.list(limit);
    }

    @Transactional
    public List<AlertListing> alerts(boolean open, @Nullable UUID jobId, int limit) {
        return queries.alerts(open, jobId, limit);
    }

    @Transactional
    public AlertListing acknowledge(UUID alertId, CurrentActor actor, @Nullable String requestId) {
        ScreeningAlert a = queries.findAlert(alertId)
                .orElseThrow(() -> new NotFoundException("no screening alert " + alertId));
        if (store.acknowledge(alertId, actor.username(), clock.instant())) {
            auditor.record(actor, "ScreeningAlertAcknowledged", "screening-alert", alertId.toString(),
                    a.jobId() + "|" + a.partyId() + "|" + a.entryKey(), requestId);
        }
        return queries.listing(alertId).orElseThrow();
    }

    private @Nullable String country(RegisteredPartyId id) {
        PartyFacts f = parties.factsAsOf(List.of(id), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).get(id);
        if (f == null) {
            return null;
        }
        if (f.country() != null) {
            return f.country().value();
        }
        if (f.locatedIn() != null) {
            return f.locatedIn().value();
        }
        if (f.principalPlaceOfBusiness() != null) {
            return f.principalPlaceOfBusiness().value();
        }
        return f.organizedIn().isEmpty() ? null : f.organizedIn().get(0).value();
    }
}
