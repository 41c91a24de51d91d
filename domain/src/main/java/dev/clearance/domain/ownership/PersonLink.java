package dev.clearance.domain.ownership;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An individual recorded as working for a party (28 CFR 202.211(a)(3)/(a)(4) read employment as a limb), with the
 * individual's stored covered status when there is one.
 *
 * @param contractor true for an independent contractor, false for an employee
 * @since 0.1.0
 */
public record PersonLink(UUID employmentId, RegisteredParty individual, Employment employment, boolean contractor,
                         Instant createdAt, String createdBy, @Nullable Instant archivedAt,
                         @Nullable CoveredStatus status) {

    public PersonLink {
        Objects.requireNonNull(employmentId, "employmentId");
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (!individual.id().equals(employment.individual())) {
            throw new IllegalArgumentException("the employment is not the individual's");
        }
    }
}
