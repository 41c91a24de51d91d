package dev.clearance.api.vendor;

import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.vendor.VendorQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Read use cases for vendors; each runs in one read-only transaction so a page and its total agree. */
@Singleton
public class VendorDirectory {
    private final VendorQueries queries;

    public VendorDirectory(VendorQueries queries) {
        this.queries = queries;
    }

    public record Page(List<Vendor> items, int total) {
    }

    @Transactional(readOnly = true)
    public Page page(int limit, int offset) {
        return new Page(queries.listActive(limit, offset), queries.countActive());
    }

    @Transactional(readOnly = true)
    public Optional<Vendor> find(VendorId id) {
        return queries.find(id);
    }
}
