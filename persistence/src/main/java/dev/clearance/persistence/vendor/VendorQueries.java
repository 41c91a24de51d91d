package dev.clearance.persistence.vendor;

import static dev.clearance.persistence.jooq.Tables.VENDOR;

import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.jooq.tables.records.VendorRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads vendors. */
public final class VendorQueries {
    private final DSLContext dsl;

    public VendorQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active (not archived) vendors, alphabetically. */
    public List<Vendor> listActive(int limit, int offset) {
        return dsl.selectFrom(VENDOR)
                .where(VENDOR.ARCHIVED_AT.isNull())
                .orderBy(VENDOR.NAME.lower(), VENDOR.ID)
                .limit(limit).offset(offset)
                .fetch(VendorQueries::toVendor);
    }

    public int countActive() {
        return dsl.fetchCount(VENDOR, VENDOR.ARCHIVED_AT.isNull());
    }

    public Optional<Vendor> find(VendorId id) {
        return dsl.selectFrom(VENDOR).where(VENDOR.ID.eq(id.value())).fetchOptional(VendorQueries::toVendor);
    }

    /** The earliest registered active vendor with this normalized name in this country. */
    public Optional<Vendor> findActiveByNameKey(String country, String nameKey) {
        return dsl.selectFrom(VENDOR)
                .where(VENDOR.COUNTRY.eq(country).and(VENDOR.NAME_KEY.eq(nameKey)).and(VENDOR.ARCHIVED_AT.isNull()))
                .orderBy(VENDOR.CREATED_AT, VENDOR.ID)
                .limit(1)
                .fetchOptional(VendorQueries::toVendor);
    }

    /** Vendors stored before name keys existed, at most {@code limit} of them. */
    public List<Vendor> withoutNameKey(int limit) {
        return dsl.selectFrom(VENDOR).where(VENDOR.NAME_KEY.isNull()).orderBy(VENDOR.ID).limit(limit)
                .fetch(VendorQueries::toVendor);
    }

    private static Vendor toVendor(VendorRecord r) {
        return new Vendor(new VendorId(r.getId()), r.getName(), r.getCountry(), r.getCreatedAt().toInstant(),
                r.getCreatedBy(), r.getArchivedAt() == null ? null : r.getArchivedAt().toInstant(), r.getVersion());
    }
}
