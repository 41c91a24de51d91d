package dev.clearance.persistence.vendor;

import static dev.clearance.persistence.jooq.Tables.VENDOR;

import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/** Writes vendors. Runs inside the caller's transaction; never opens one itself. */
public final class VendorStore {
    private final DSLContext dsl;

    public VendorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Vendor insert(VendorId id, NewVendor vendor, Instant at, String by) {
        dsl.insertInto(VENDOR)
                .set(VENDOR.ID, id.value())
                .set(VENDOR.NAME, vendor.name())
                .set(VENDOR.COUNTRY, vendor.country())
                .set(VENDOR.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(VENDOR.CREATED_BY, by)
                .set(VENDOR.VERSION, 0)
                .execute();
        return new Vendor(id, vendor.name(), vendor.country(), at, by, null, 0);
    }
}
