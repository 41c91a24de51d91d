package dev.clearance.api.screening;

import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.SourceFile;
import dev.clearance.screening.list.format.ListFile;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports lists from a directory the operator keeps current (a cron job downloading the official files, a mounted
 * volume): one sub-directory per list, named like the API's {@code source} ({@code OFAC_SDN}, {@code OFAC_NON_SDN},
 * {@code CSL}, {@code BIS_DPL}, {@code UN}; case and {@code -}/{@code _} do not matter). OFAC SDN needs
 * {@code sdn.csv} and takes {@code alt.csv}, {@code add.csv}; OFAC non-SDN needs {@code cons_prim.csv} and takes
 * {@code cons_alt.csv}, {@code cons_add.csv}; every other list is the one regular file in its directory.
 *
 * <p>A list is imported only when its files' contents differ from the active snapshot's, so re-scanning is cheap
 * and never creates a duplicate snapshot. Each list is its own transaction: a malformed file is reported with its
 * line number and leaves that list's previous snapshot active, without stopping the other lists. Imports pass the
 * same activation gate as uploads (ADR 0009): a file held for confirmation, or one an admin rejected, is not
 * imported again while the directory still has it, so an hourly scan does not pile up pending copies.
 */
@Singleton
public class ListDirectoryImport {
    private static final Logger LOG = LoggerFactory.getLogger(ListDirectoryImport.class);

    /** The actor recorded in the audit trail for imports from the watched directory. */
    public static final CurrentActor SYSTEM =
            new CurrentActor("system:list-directory", "List directory import", List.of());

    private final ImportingLists importing;
    private final ListSnapshotReading reading;
    private final ListImportFollowUp followUp;

    public ListDirectoryImport(ImportingLists importing, ListSnapshotReading reading, ListImportFollowUp followUp) {
        this.importing = importing;
        this.reading = reading;
        this.followUp = followUp;
    }

    /** What happened to one list directory in a scan. */
    public sealed interface Outcome {
        String directory();

        /** A new snapshot is active. */
        record Imported(String directory, ListSource source, StoredSnapshot snapshot) implements Outcome {
        }

        /** The files were stored, but wait for an admin's confirmation before they replace the active list. */
        record Pending(String directory, ListSource source, StoredSnapshot snapshot) implements Outcome {
        }

        /** The files are those of a snapshot pending confirmation or rejected; nothing was imported. */
        record Held(String directory, ListSource source, StoredSnapshot snapshot) implements Outcome {
        }

        /** The files are the ones the active snapshot was imported from. */
        record Unchanged(String directory, ListSource source) implements Outcome {
        }

        /** Nothing was written; the previous snapshot (if any) stays active. */
        record Rejected(String directory, String reason) implements Outcome {
        }
    }

    /** Scans every sub-directory of {@code root}; a missing root is one rejected outcome, not an exception. */
    // NB: synchronized: the start-up scan and the hourly one must not both find a file neither unchanged nor held
    // and store it twice (the check runs before the import's own transaction). Across instances: issue 18.
    public synchronized List<Outcome> scan(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(new Outcome.Rejected(root.toString(), "is not a directory"));
        }
        List<Path> dirs;
        try (Stream<Path> children = Files.list(root)) {
            dirs = children.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList();
        } catch (IOException e) {
            return List.of(new Outcome.Rejected(root.toString(), "cannot be read: " + e.getMessage()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path dir : dirs) {
            Outcome outcome = importDirectory(dir);
            if (outcome instanceof Outcome.Imported i) {
                LOG.info("imported {} from {}: snapshot {} ({} entries, diff {})", i.source(), dir,
                        i.snapshot().id(), i.snapshot().counts().entries(), i.snapshot().diff());
            } else if (outcome instanceof Outcome.Pending p) {
                LOG.warn("{} from {} stored as snapshot {} but not activated: {}; an admin must activate or reject it",
                        p.source(), dir, p.snapshot().id(), p.snapshot().statusReason());
            } else if (outcome instanceof Outcome.Held h) {
                LOG.info("{} in {} is snapshot {} ({}), not imported again", h.source(), dir, h.snapshot().id(),
                        h.snapshot().status());
            } else if (outcome instanceof Outcome.Rejected r) {
                LOG.error("list directory {} not imported: {}", dir, r.reason());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private Outcome importDirectory(Path dir) {
        String name = dir.getFileName().toString();
        Optional<ListSource> source = source(name);
        if (source.isEmpty()) {
            return new Outcome.Rejected(dir.toString(), "'" + name + "' names no list; use one of "
                    + List.of(ListSource.values()));
        }
        List<ImportingLists.Upload> files;
        try {
            files = files(source.get(), dir);
        } catch (IOException e) {
            return new Outcome.Rejected(dir.toString(), "cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Outcome.Rejected(dir.toString(), e.getMessage());
        }
        List<String> hashes = files.stream().map(u -> SourceFile.sha256(u.file().content())).sorted().toList();
        Optional<StoredSnapshot> active = reading.active(source.get());
        if (active.isPresent() && sameFiles(active.get(), hashes)) {
            return new Outcome.Unchanged(dir.toString(), source.get());
        }
        Optional<StoredSnapshot> held = reading.held(source.get()).stream().filter(h -> sameFiles(h, hashes))
                .findFirst();
        if (held.isPresent()) {
            return new Outcome.Held(dir.toString(), source.get(), held.get());
        }
        try {
            ImportingLists.Imported imported = importing.importList(source.get(), files, SYSTEM, null);
            if (!imported.snapshot().active()) {
                return new Outcome.Pending(dir.toString(), source.get(), imported.snapshot());
            }
            followUp.afterCommit(imported, SYSTEM);
            return new Outcome.Imported(dir.toString(), source.get(), imported.snapshot());
        } catch (InvalidRequestException e) {
            return new Outcome.Rejected(dir.toString(), e.violations().stream()
                    .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("malformed"));
        }
    }

    private static boolean sameFiles(StoredSnapshot snapshot, List<String> sortedHashes) {
        return snapshot.fileSha256s().stream().sorted().toList().equals(sortedHashes);
    }

    static Optional<ListSource> source(String directoryName) {
        String key = directoryName.toUpperCase(Locale.ROOT).replace('-', '_');
        for (ListSource s : ListSource.values()) {
            if (s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static List<ImportingLists.Upload> files(ListSource source, Path dir) throws IOException {
        return switch (source) {
            case OFAC_SDN -> named(dir, "sdn.csv", "alt.csv", "add.csv");
            case OFAC_NON_SDN -> named(dir, "cons_prim.csv", "cons_alt.csv", "cons_add.csv");
            default -> single(dir);
        };
    }

    /** The first name is required, the others optional; each file's path is what a parse error names. */
    private static List<ImportingLists.Upload> named(Path dir, String required, String... optional)
            throws IOException {
        List<ImportingLists.Upload> out = new ArrayList<>();
        Path main = dir.resolve(required);
        if (!Files.isRegularFile(main)) {
            throw new IllegalArgumentException("needs " + required);
        }
        out.add(new ImportingLists.Upload(main.toString(), ListFile.read(main)));
        for (String name : optional) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                out.add(new ImportingLists.Upload(p.toString(), ListFile.read(p)));
            }
        }
        return out;
    }

    private static List<ImportingLists.Upload> single(Path dir) throws IOException {
        List<Path> regular;
        try (Stream<Path> children = Files.list(dir)) {
            regular = children.filter(Files::isRegularFile).filter(p -> !hidden(p)).sorted().toList();
        }
        if (regular.size() != 1) {
            throw new IllegalArgumentException("needs exactly one list file, found " + regular.size() + ": "
                    + regular.stream().map(p -> p.getFileName().toString()).toList());
        }
        Path file = regular.get(0);
        return List.of(new ImportingLists.Upload(file.toString(), ListFile.read(file)));
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
