package dev.clearance.api.screening;

import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.problem.Violation;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.format.ListFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * List snapshots: admins import a list by uploading its file(s); admins, analysts and auditors read. OFAC SDN is
 * uploaded as parts {@code sdn} (required), {@code alt}, {@code add}; OFAC non-SDN as {@code cons_prim} (required),
 * {@code cons_alt}, {@code cons_add}; every other list as one part {@code file}. An import with no entries, or one
 * removing more than {@code clearance.lists.max-removed-share} of the active entries, is answered 202 and held
 * PENDING_CONFIRMATION until an admin activates or rejects it (ADR 0009).
 */
@ProblemResponses.RoleChecked
@Controller("/api/v1/list-snapshots")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ListSnapshotController {

    private final ImportingLists importing;
    private final ListSnapshotReading reading;
    private final ListImportFollowUp followUp;

    public ListSnapshotController(ImportingLists importing, ListSnapshotReading reading, ListImportFollowUp followUp) {
        this.importing = importing;
        this.reading = reading;
        this.followUp = followUp;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ProblemResponses.Validated
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Imported and active; the body is the new snapshot with its diff and the DELTA job, if any.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "Stored but not"
            + " activated (no entries, or it would remove more than the configured share of the active entries);"
            + " statusReason says why, and an admin activates or rejects it (ADR 0009).")
    @Secured(Role.Names.ADMIN)
    public HttpResponse<ScreeningViews.SnapshotView> importList(
            @QueryValue @Nullable String source,
            @Part("sdn") @Nullable CompletedFileUpload sdn,
            @Part("alt") @Nullable CompletedFileUpload alt,
            @Part("add") @Nullable CompletedFileUpload add,
            @Part("cons_prim") @Nullable CompletedFileUpload consPrim,
            @Part("cons_alt") @Nullable CompletedFileUpload consAlt,
            @Part("cons_add") @Nullable CompletedFileUpload consAdd,
            @Part("file") @Nullable CompletedFileUpload file,
            Authentication authentication, HttpRequest<?> request) {
        ListSource list = source(source);
        List<ImportingLists.Upload> files = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        switch (list) {
            case OFAC_SDN -> {
                required("sdn", sdn, "sdn.csv", files, violations);
                optional("alt", alt, "alt.csv", files);
                optional("add", add, "add.csv", files);
                unexpected(violations, part("cons_prim", consPrim), part("cons_alt", consAlt),
                        part("cons_add", consAdd), part("file", file));
            }
            case OFAC_NON_SDN -> {
                required("cons_prim", consPrim, "cons_prim.csv", files, violations);
                optional("cons_alt", consAlt, "cons_alt.csv", files);
                optional("cons_add", consAdd, "cons_add.csv", files);
                unexpected(violations, part("sdn", sdn), part("alt", alt), part("add", add), part("file", file));
            }
            default -> {
                required("file", file, file == null || file.getFilename() == null || file.getFilename().isBlank()
                        ? "file" : file.getFilename(), files, violations);
                unexpected(violations, part("sdn", sdn), part("alt", alt), part("add", add),
                        part("cons_prim", consPrim), part("cons_alt", consAlt), part("cons_add", consAdd));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        CurrentActor actor = CurrentActor.of(authentication);
        ImportingLists.Imported imported = importing.importList(list, files, actor,
                request.getHeaders().get("X-Request-Id"));
        StoredSnapshot snapshot = imported.snapshot();
        URI location = URI.create("/api/v1/list-snapshots/" + snapshot.id());
        if (!snapshot.active()) {
            // NB: 202, not 201: the file is stored, but the list it carries is not in force until an admin activates
            // it; the body says why (statusReason).
            return HttpResponse.<ScreeningViews.SnapshotView>status(HttpStatus.ACCEPTED)
                    .body(ScreeningViews.SnapshotView.of(snapshot)).headers(h -> h.location(location));
        }
        followUp.afterCommit(imported, actor);
        return HttpResponse.created(ScreeningViews.SnapshotView.of(snapshot, imported.deltaJobId()), location);
    }

    /**
     * Activates a snapshot held PENDING_CONFIRMATION: it replaces the source's active snapshot and the DELTA
     * re-screening runs as after any import. 409 when it is not pending or the active snapshot changed since.
     */
    @Post("/{id}/activate")
    @ProblemResponses.Validated
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Secured(Role.Names.ADMIN)
    public ScreeningViews.SnapshotView activateSnapshot(@PathVariable UUID id, Authentication authentication,
                                                        HttpRequest<?> request) {
        CurrentActor actor = CurrentActor.of(authentication);
        ImportingLists.Imported activated = importing.activate(id, actor, request.getHeaders().get("X-Request-Id"));
        followUp.afterCommit(activated, actor);
        return ScreeningViews.SnapshotView.of(activated.snapshot(), activated.deltaJobId());
    }

    /** Rejects a snapshot held PENDING_CONFIRMATION: it stays stored as REJECTED and the active one stays. */
    @Post("/{id}/reject")
    @ProblemResponses.Validated
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Secured(Role.Names.ADMIN)
    public ScreeningViews.SnapshotView rejectSnapshot(@PathVariable UUID id, Authentication authentication,
                                                      HttpRequest<?> request) {
        return ScreeningViews.SnapshotView.of(importing.reject(id, CurrentActor.of(authentication),
                request.getHeaders().get("X-Request-Id")));
    }

    @Get
    @Secured({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.AUDITOR})
    public ScreeningViews.SnapshotPage listSnapshots() {
        return reading.all();
    }

    @Get("/{id}")
    @ProblemResponses.Validated
    @ProblemResponses.NotFound
    @Secured({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.AUDITOR})
    public ScreeningViews.SnapshotView getSnapshot(@PathVariable UUID id) {
        return reading.find(id);
    }

    private static ListSource source(@Nullable String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidRequestException("source", "is required: one of " + Arrays.toString(ListSource.values()));
        }
        try {
            return ListSource.valueOf(source);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("source", "must be one of " + Arrays.toString(ListSource.values()));
        }
    }

    /**
     * NB: files are named by the part they came in, not by the uploaded file name, so that the OFAC parser's
     * recognition of {@code alt}/{@code add} files cannot be fooled by a client's file name.
     */
    private static void required(String part, @Nullable CompletedFileUpload upload, String name,
                                 List<ImportingLists.Upload> files, List<Violation> violations) {
        if (upload == null) {
            violations.add(new Violation(part, "is required"));
        } else {
            files.add(new ImportingLists.Upload(part, new ListFile(name, bytes(upload))));
        }
    }

    private static void optional(String part, @Nullable CompletedFileUpload upload, String name,
                                 List<ImportingLists.Upload> files) {
        if (upload != null) {
            files.add(new ImportingLists.Upload(part, new ListFile(name, bytes(upload))));
        }
    }

    private static @Nullable String part(String name, @Nullable CompletedFileUpload upload) {
        return upload == null ? null : name;
    }

    private static void unexpected(List<Violation> violations, @Nullable String... parts) {
        for (String p : parts) {
            if (p != null) {
                violations.add(new Violation(p, "is not a file of this list"));
            }
        }
    }

    private static byte[] bytes(CompletedFileUpload upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
