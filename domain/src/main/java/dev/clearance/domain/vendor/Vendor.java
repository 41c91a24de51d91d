package dev.clearance.domain.vendor;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A registered vendor as stored. Immutable; changes create new versions. */
public record Vendor(VendorId id, String name, String country, Instant createdAt, String createdBy,
                     @Nullable Instant archivedAt, int version) {
    public Vendor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0");
        }
    }
}
