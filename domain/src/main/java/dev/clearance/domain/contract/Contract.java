package dev.clearance.domain.contract;

import dev.clearance.domain.vendor.VendorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contract with a registered vendor, as stored.
 *
 * @param counterpartyReference the vendor's own number for this contract, as printed on it
 * @param endsOn                last day of the term (inclusive), or null for an open-ended contract
 * @param owner                 the user accountable for the contract inside the organization
 * @param version               optimistic-lock counter, raised on each status change
 *
 * @since 0.2.0
 */
public record Contract(
        ContractId id,
        VendorId vendor,
        String title,
        ContractType type,
        @Nullable String counterpartyReference,
        LocalDate effectiveOn,
        @Nullable LocalDate endsOn,
        ContractStatus status,
        String owner,
        Instant createdAt,
        String createdBy,
        int version) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_REFERENCE_LENGTH = 100;

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        requireText(title, MAX_TITLE_LENGTH, "title");
        if (counterpartyReference != null) {
            requireText(counterpartyReference, MAX_REFERENCE_LENGTH, "counterpartyReference");
        }
        requireText(owner, MAX_TITLE_LENGTH, "owner");
        if (endsOn != null && endsOn.isBefore(effectiveOn)) {
            throw new IllegalArgumentException("end date " + endsOn + " is before the effective date " + effectiveOn);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }

    private static void requireText(String value, int max, String field) {
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " must be 1 to " + max + " characters and not blank");
        }
    }

    /** This contract in {@code target} state; refused unless the lifecycle allows the move. */
    public Contract withStatus(ContractStatus target) {
        return new Contract(id, vendor, title, type, counterpartyReference, effectiveOn, endsOn,
                status.transitionTo(target), owner, createdAt, createdBy, version + 1);
    }

    /** Whether the term covers {@code date} (the caller says which day it is: no clock here). */
    public boolean inTerm(LocalDate date) {
        return !date.isBefore(effectiveOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
