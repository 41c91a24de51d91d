package dev.clearance.domain.vendor;

import java.util.Objects;
import java.util.UUID;

/** Identity of a vendor. Generated at the edge (UUIDv7), never inside the domain. */
public record VendorId(UUID value) {
    public VendorId {
        Objects.requireNonNull(value, "value");
    }

    public static VendorId parse(String text) {
        return new VendorId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
