package dev.clearance.api.party;

import io.micronaut.serde.annotation.Serdeable;
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

/** Request bodies of the party endpoints. Field-level checks here; cross-field checks in {@link FactsInput}. */
public final class PartyRequests {
    private PartyRequests() {
    }

    @Serdeable
    public record RegisterParty(
            @NotBlank @Pattern(regexp = "ENTITY|INDIVIDUAL|GOVERNMENT", message = "must be ENTITY, INDIVIDUAL or GOVERNMENT") String kind,
            @NotBlank @Size(max = 300) String name,
            @Nullable List<@NotBlank @Size(max = 300) String> aliases,
            @Nullable @Size(max = 100) String registrationNumber,
            @Nullable @Pattern(regexp = "[A-Z0-9]{18}[0-9]{2}", message = "must be a 20-character ISO 17442 LEI") String lei,
            @NotNull @Valid Facts facts) {
    }

    /** A new version of a party's facts, in force from {@code validFrom}. */
    @Serdeable
    public record Facts(
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable List<String> organizedIn,
            @Nullable String principalPlaceOfBusiness,
            @Nullable String usStatus,
            @Nullable List<String> citizenships,
            @Nullable String locatedIn,
            @Nullable String primaryResidence,
            @Nullable String country,
            @Nullable Boolean designatedCoveredPerson,
            @Nullable String relationship,
            @Nullable UUID branchOf) {
    }

    @Serdeable
    public record AddOwner(
            @NotNull UUID ownerPartyId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal percent,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo,
            @NotBlank @Size(max = 500) String source) {
    }

    @Serdeable
    public record AddEmployer(
            @NotNull UUID employerPartyId,
            @NotBlank @Pattern(regexp = "EMPLOYEE|CONTRACTOR", message = "must be EMPLOYEE or CONTRACTOR") String kind,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo) {
    }

    @Serdeable
    public record LinkVendor(@NotNull UUID partyId) {
    }
}
