package dev.clearance.api.party;

import dev.clearance.api.input.InputDates;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the party endpoints. Field-level checks here; cross-field checks in {@link FactsInput}. Free text
 * has an enforced {@code @Size}; codes and enum names document their {@code maxLength} only, because their own check
 * (pattern, country code, enum) already refuses anything longer, with a better message (ADR 0010).
 */
public final class PartyRequests {
    private PartyRequests() {
    }

    @Serdeable
    public record RegisterParty(
            @NotBlank @Schema(maxLength = 10) @Pattern(regexp = "ENTITY|INDIVIDUAL|GOVERNMENT", message = "must be ENTITY, INDIVIDUAL or GOVERNMENT") String kind,
            @NotBlank @Size(max = 300) String name,
            @Nullable @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
            @Nullable @Size(max = 100) String registrationNumber,
            @Nullable @Schema(maxLength = 20) @Pattern(regexp = "[A-Z0-9]{18}[0-9]{2}", message = "must be a 20-character ISO 17442 LEI") String lei,
            @NotNull @Valid Facts facts) {
    }

    /** A new version of a party's facts, in force from {@code validFrom}. */
    @Serdeable
    public record Facts(
            @NotNull @Schema(description = InputDates.DESCRIPTION) LocalDate validFrom,
            @Nullable @Schema(description = InputDates.DESCRIPTION) LocalDate validTo,
            @Nullable @Size(max = 300) @ArraySchema(schema = @Schema(maxLength = 2)) List<String> organizedIn,
            @Nullable @Schema(maxLength = 2) String principalPlaceOfBusiness,
            @Nullable @Schema(maxLength = 40) String usStatus,
            @Nullable @Size(max = 300) @ArraySchema(schema = @Schema(maxLength = 2)) List<String> citizenships,
            @Nullable @Schema(maxLength = 2) String locatedIn,
            @Nullable @Schema(maxLength = 2) String primaryResidence,
            @Nullable @Schema(maxLength = 2) String country,
            @Nullable Boolean designatedCoveredPerson,
            @Nullable @Schema(maxLength = 40) String relationship,
            @Nullable UUID branchOf) {
    }

    @Serdeable
    public record AddOwner(
            @NotNull UUID ownerPartyId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal percent,
            @NotNull @Schema(description = InputDates.DESCRIPTION) LocalDate validFrom,
            @Nullable @Schema(description = InputDates.DESCRIPTION) LocalDate validTo,
            @NotBlank @Size(max = 500) String source) {
    }

    @Serdeable
    public record AddEmployer(
            @NotNull UUID employerPartyId,
            @NotBlank @Schema(maxLength = 10) @Pattern(regexp = "EMPLOYEE|CONTRACTOR", message = "must be EMPLOYEE or CONTRACTOR") String kind,
            @NotNull @Schema(description = InputDates.DESCRIPTION) LocalDate validFrom,
            @Nullable @Schema(description = InputDates.DESCRIPTION) LocalDate validTo) {
    }

    @Serdeable
    public record LinkVendor(@NotNull UUID partyId) {
    }

    /** Why an ownership edge is archived (optional, kept in the history). */
    @Serdeable
    public record ArchiveEdge(@Nullable @NotBlank @Size(max = 500) String reason) {
    }

    /** Ends an employment on {@code validTo} (exclusive, like every end date), with the reason recorded in the audit. */
    @Serdeable
    public record EndEmployment(@NotNull LocalDate validTo) {
    }
}
