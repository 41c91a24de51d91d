package dev.clearance.api.screening;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When {@code clearance.lists.directory} (env {@code CLEARANCE_LISTS_DIRECTORY}) is set, scans it shortly after
 * start-up and then every {@code clearance.lists.check-interval} (default one hour), so lists dropped there by a
 * download job become active snapshots (with their DELTA re-screening) without an admin uploading them.
 */
@Singleton
@Requires(property = "clearance.lists.directory")
public class ListDirectorySchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ListDirectorySchedule.class);

    private final ListDirectoryImport importer;
    private final Path directory;

    public ListDirectorySchedule(ListDirectoryImport importer, @Value("${clearance.lists.directory}") String directory) {
        this.importer = importer;
        this.directory = Path.of(directory);
    }

    @Scheduled(initialDelay = "${clearance.lists.initial-delay:3s}",
            fixedDelay = "${clearance.lists.check-interval:1h}")
    void run() {
        try {
            importer.scan(directory);
        } catch (RuntimeException e) {
            // NB: keep the schedule alive; the next scan retries every list that is still not current.
            LOG.error("scanning the list directory {} failed; retried at the next interval", directory, e);
        }
    }
}
