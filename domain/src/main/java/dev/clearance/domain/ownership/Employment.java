package dev.clearance.domain.ownership;

import java.util.Objects;

/**
 * An individual works for {@code employer} as employee or contractor during {@code validity}
 * (28 CFR 202.211(a)(3)).
 *
 * @since 0.1.0
 */
public record Employment(RegisteredPartyId individual, RegisteredPartyId employer, Validity validity) {

    public Employment {
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(validity, "validity");
    }
}
