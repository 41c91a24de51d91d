package dev.clearance.api.screening;

import dev.clearance.api.input.IsoCountry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request bodies of the screening endpoints. */
public final class ScreeningRequests {
    /** The most queries one batch request may hold. */
    public static final int MAX_BATCH = 1000;

    private ScreeningRequests() {
    }

    /** {@code dateOfBirth} as precise as known: {@code 1948-12-10}, {@code 1948-12} or {@code 1948}. */
    @Serdeable
    public record Screen(
            @Nullable UUID partyId,
            @NotBlank @Size(max = 500) String name,
            @Nullable @Schema(maxLength = 10) @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
                    message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String dateOfBirth,
            @Nullable @IsoCountry @Schema(maxLength = 2, description = IsoCountry.DESCRIPTION) String country,
            @Nullable @Schema(maxLength = 10) @Pattern(regexp = "INDIVIDUAL|ENTITY|VESSEL|AIRCRAFT",
                    message = "must be INDIVIDUAL, ENTITY, VESSEL or AIRCRAFT") String type) {
    }

    /**
     * Up to {@value #MAX_BATCH} names screened and stored in one transaction. A null element is reported by the use
     * case as {@code $.queries[i]} (bean validation would name it {@code $.queries[i]<list element>}).
     */
    @Serdeable
    public record ScreenBatch(
            @NotNull @Size(min = 1, max = MAX_BATCH, message = "must hold 1 to 1000 queries")
            List<@Valid BatchQuery> queries) {
    }

    /**
     * One name of a batch: the fields of {@link Screen}, plus {@code reference}, the caller's own key for the name,
     * echoed back in the result (not stored).
     */
    @Serdeable
    public record BatchQuery(
            @Nullable UUID partyId,
            @NotBlank @Size(max = 500) String name,
            @Nullable @Schema(maxLength = 10) @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
                    message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String dateOfBirth,
            @Nullable @IsoCountry @Schema(maxLength = 2, description = IsoCountry.DESCRIPTION) String country,
            @Nullable @Schema(maxLength = 10) @Pattern(regexp = "INDIVIDUAL|ENTITY|VESSEL|AIRCRAFT",
                    message = "must be INDIVIDUAL, ENTITY, VESSEL or AIRCRAFT") String type,
            @Nullable @Size(max = 200) String reference) {
        Screen screen() {
            return new Screen(partyId, name, dateOfBirth, country, type);
        }
    }

    @Serdeable
    public record Dispose(
            @NotBlank @Schema(maxLength = 14) @Pattern(regexp = "TRUE_MATCH|FALSE_POSITIVE|ESCALATED",
                    message = "must be TRUE_MATCH, FALSE_POSITIVE or ESCALATED") String decision,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
