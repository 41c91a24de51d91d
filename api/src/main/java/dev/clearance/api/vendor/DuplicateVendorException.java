package dev.clearance.api.vendor;

import dev.clearance.domain.vendor.Vendor;

/** A registration found an active vendor with the same normalized name and country, and did not confirm it. */
public class DuplicateVendorException extends RuntimeException {
    private final transient Vendor existing;

    public DuplicateVendorException(Vendor existing) {
        super("Vendor '" + existing.name() + "' (" + existing.country() + ") is already registered");
        this.existing = existing;
    }

    public Vendor existing() {
        return existing;
    }
}
