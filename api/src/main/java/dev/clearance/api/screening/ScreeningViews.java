package dev.clearance.api.screening;

import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.AlertListing;
import dev.clearance.domain.screening.ScreeningAlert;
import dev.clearance.domain.screening.ScreeningJob;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.screening.list.ListSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the list-snapshot and screening endpoints. */
public final class ScreeningViews {
    private ScreeningViews() {
    }

    @Serdeable
    public record FileView(String name, String sha256) {
    }

    /** Entries in all, individuals, entities, other types (vessel, aircraft, unknown) and alias names. */
    @Serdeable
    public record CountsView(int entries, int individuals, int entities, int other, int aliases) {
    }

    @Serdeable
    public record DiffView(int added, int removed, int changed) {
    }

    /** {@code listName} and {@code publisher}: the list in words (ListSource), next to its {@code source} code. */
    @Serdeable
    public record SnapshotView(UUID id, String source, String sha256, List<FileView> files, Instant importedAt,
                               String importedBy, CountsView counts, @Nullable UUID previousSnapshotId,
                               DiffView diff, boolean active, StoredSnapshot.Status status,
                               @Nullable String statusReason, @Nullable String rescreening,
                               @Nullable UUID deltaJobId, String listName, @Nullable String publisher) {
        static SnapshotView of(StoredSnapshot s) {
            return of(s, null);
        }

        /**
         * {@code deltaJobId}: the re-screening job an import or activation started (in its response only);
         * {@code statusReason}: why the import was held for confirmation (kept after the decision);
         * {@code rescreening}: what its activation did about re-screening the parties.
         */
        static SnapshotView of(StoredSnapshot s, @Nullable UUID deltaJobId) {
            List<FileView> files = new ArrayList<>();
            for (int i = 0; i < s.fileNames().size(); i++) {
                files.add(new FileView(s.fileNames().get(i), s.fileSha256s().get(i)));
            }
            StoredSnapshot.Counts c = s.counts();
            StoredSnapshot.Diff d = s.diff();
            return new SnapshotView(s.id(), s.source(), s.sha256(), files, s.importedAt(), s.importedBy(),
                    new CountsView(c.entries(), c.individuals(), c.entities(), c.other(), c.aliases()),
                    s.previousSnapshotId(), new DiffView(d.added(), d.removed(), d.changed()), s.active(),
                    s.status(), s.statusReason(), s.rescreening(), deltaJobId, SnapshotRef.listName(s.source()),
                    SnapshotRef.publisher(s.source()));
        }
    }

    @Serdeable
    public record SnapshotPage(List<SnapshotView> items, int total) {
    }

    @Serdeable
    public record QueryView(String name, @Nullable String dateOfBirth, @Nullable String country,
                            @Nullable String type) {
    }

    /**
     * A snapshot a screening ran against. {@code id} and {@code sha256} are the evidence; {@code source},
     * {@code listName}, {@code publisher} and {@code importedAt} (the version of the list screened: when it was
     * imported) say which list that was in words an analyst reads. They are null only if the snapshot row is gone.
     */
    @Serdeable
    public record SnapshotRef(UUID id, String sha256, @Nullable String source, @Nullable String listName,
                              @Nullable String publisher, @Nullable Instant importedAt) {
        static SnapshotRef of(UUID id, String sha256, @Nullable StoredSnapshot snapshot) {
            if (snapshot == null) {
                return new SnapshotRef(id, sha256, null, null, null, null);
            }
            return new SnapshotRef(id, sha256, snapshot.source(), listName(snapshot.source()),
                    publisher(snapshot.source()), snapshot.importedAt());
        }

        static String listName(String source) {
            ListSource list = listSource(source);
            return list == null ? source : list.title();
        }

        static @Nullable String publisher(String source) {
            ListSource list = listSource(source);
            return list == null ? null : list.publisher();
        }

        private static @Nullable ListSource listSource(String source) {
            for (ListSource s : ListSource.values()) {
                if (s.name().equals(source)) {
                    return s;
                }
            }
            return null;
        }
    }

    @Serdeable
    public record ScoreView(double nameScore, double tokenScore, double nameSimilarity, String dobMatch,
                            String countryMatch, String typeMatch, double finalScore) {
    }

    @Serdeable
    public record DispositionView(UUID id, String decision, String reason, String decidedBy, Instant decidedAt,
                                  UUID screeningId, UUID hitId) {
        static DispositionView of(Disposition d) {
            return new DispositionView(d.id(), d.decision().name(), d.reason(), d.decidedBy(), d.decidedAt(),
                    d.screeningId(), d.hitId());
        }
    }

    /**
     * A hit. {@code previouslyDispositioned}: the subject already has a final decision on this entry with the same
     * content hash ({@code previousDisposition}), so the hit is kept as evidence but not raised.
     */
    @Serdeable
    public record HitView(UUID id, int rank, UUID snapshotId, String entryKey, String entryContentHash,
                          String entryName, String matchedName, ScoreView score, boolean previouslyDispositioned,
                          @Nullable DispositionView previousDisposition, List<DispositionView> dispositions) {
        static HitView of(StoredHit h, @Nullable Disposition previous, List<Disposition> dispositions) {
            return new HitView(h.id(), h.rank(), h.snapshotId(), h.entryKey(), h.entryContentHash(), h.entryName(),
                    h.matchedName(), new ScoreView(h.nameScore(), h.tokenScore(), h.nameSimilarity(), h.dobMatch(),
                    h.countryMatch(), h.typeMatch(), h.finalScore()), h.previouslyDispositioned(),
                    previous == null ? null : DispositionView.of(previous),
                    dispositions.stream().map(DispositionView::of).toList());
        }
    }

    @Serdeable
    public record ScreeningView(UUID id, @Nullable UUID partyId, QueryView query, List<SnapshotRef> snapshots,
                                String engineVersion, double threshold, Instant screenedAt, String screenedBy,
                                int raised, List<HitView> hits) {
        static ScreeningView of(StoredScreening s, Map<UUID, StoredSnapshot> snapshots,
                                Map<UUID, List<Disposition>> byHit, Map<UUID, Disposition> previous) {
            List<HitView> hits = new ArrayList<>();
            int raised = 0;
            for (StoredHit h : s.hits()) {
                if (!h.previouslyDispositioned()) {
                    raised++;
                }
                Disposition prev = h.previousDispositionId() == null ? null : previous.get(h.previousDispositionId());
                hits.add(HitView.of(h, prev, byHit.getOrDefault(h.id(), List.of())));
            }
            return new ScreeningView(s.id(), s.partyId(), new QueryView(s.queryName(), s.queryDateOfBirth(),
                    s.queryCountry(), s.queryType()), snapshotRefs(s, snapshots), s.engineVersion(), s.threshold(),
                    s.screenedAt(), s.screenedBy(), raised, hits);
        }
    }

    static List<SnapshotRef> snapshotRefs(StoredScreening s, Map<UUID, StoredSnapshot> snapshots) {
        List<SnapshotRef> snaps = new ArrayList<>();
        for (int i = 0; i < s.snapshotIds().size(); i++) {
            UUID id = s.snapshotIds().get(i);
            snaps.add(SnapshotRef.of(id, s.snapshotHashes().get(i), snapshots.get(id)));
        }
        return snaps;
    }

    /**
     * The result of a batch: every query's stored screening, in request order, all against the same snapshots with
     * the same engine version and threshold. {@code batchId} is the entity id of the batch's audit event.
     */
    @Serdeable
    public record BatchView(UUID batchId, int count, List<SnapshotRef> snapshots, String engineVersion,
                            double threshold, Instant screenedAt, String screenedBy, int hits, int raised,
                            List<BatchItemView> results) {
    }

    /**
     * One query's screening: {@code index} and {@code reference} as sent, the stored screening's id (its evidence at
     * {@code GET /api/v1/screenings/{screeningId}}), how many hits it has and how many of them are raised (not
     * previously dispositioned), and the best {@code topHits} of them.
     */
    @Serdeable
    public record BatchItemView(int index, @Nullable String reference, UUID screeningId, @Nullable UUID partyId,
                                QueryView query, int hitCount, int raised, List<HitView> topHits) {
    }

    /** A batch screening job and its progress: {@code processed} of {@code total} parties. */
    @Serdeable
    public record JobView(UUID id, String kind, String trigger, @Nullable UUID snapshotId, String status, int total,
                          int processed, int hitsRaised, Instant requestedAt, String requestedBy,
                          @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String error) {
        static JobView of(ScreeningJob j) {
            return new JobView(j.id(), j.kind().name(), j.trigger(), j.snapshotId(), j.status().name(), j.total(),
                    j.processed(), j.hitsRaised(), j.requestedAt(), j.requestedBy(), j.startedAt(), j.finishedAt(),
                    j.error());
        }
    }

    @Serdeable
    public record AlertView(UUID id, UUID jobId, UUID screeningId, UUID hitId, UUID partyId, String partyName,
                            String entryKey, String entryName, double score, Instant createdAt,
                            @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {
        static AlertView of(AlertListing l) {
            ScreeningAlert a = l.alert();
            return new AlertView(a.id(), a.jobId(), a.screeningId(), a.hitId(), a.partyId(), l.partyName(),
                    a.entryKey(), l.entryName(), l.score(), a.createdAt(), a.acknowledgedAt(), a.acknowledgedBy());
        }
    }
}
