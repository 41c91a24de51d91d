package dev.clearance.persistence.vendor;

import static dev.clearance.persistence.jooq.Tables.VENDOR;

import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Writes vendors. Runs inside the caller's transaction; never opens one itself. */
public final class VendorStore {
    /** NB: the two-key advisory lock space is separate from the one-key space PartyStore.lockGraph uses. */
    private static final int NAME_KEY_LOCK_CLASS = 20261207;

    private final DSLContext dsl;

    public VendorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Serializes registrations of the same normalized name in one country until the transaction ends, so two
     * concurrent registrations cannot both see "no duplicate" and both insert. Other names are not blocked (a hash
     * collision only makes an unrelated registration wait).
     */
    public void lockNameKey(String country, String nameKey) {
        dsl.execute("select pg_advisory_xact_lock(?, hashtext(?))", NAME_KEY_LOCK_CLASS, country + "|" + nameKey);
    }

    /**
     * @param nameKey     the normalized name the duplicate check compares
     * @param duplicateOf the existing vendor an analyst confirmed this one duplicates, or null
     */
    public Vendor insert(VendorId id, NewVendor vendor, String nameKey, @Nullable VendorId duplicateOf, Instant at,
                         String by) {
        dsl.insertInto(VENDOR)
                .set(VENDOR.ID, id.value())
                .set(VENDOR.NAME, vendor.name())
                .set(VENDOR.COUNTRY, vendor.country())
                .set(VENDOR.NAME_KEY, nameKey)
                .set(VENDOR.DUPLICATE_OF, duplicateOf == null ? null : duplicateOf.value())
                .set(VENDOR.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(VENDOR.CREATED_BY, by)
                .set(VENDOR.VERSION, 0)
                .execute();
        return new Vendor(id, vendor.name(), vendor.country(), at, by, null, 0);
    }

    /** Fills in the name key of a vendor stored before keys existed; false when it already has one. */
    public boolean setNameKeyIfMissing(VendorId id, String nameKey) {
        return dsl.update(VENDOR).set(VENDOR.NAME_KEY, nameKey)
                .where(VENDOR.ID.eq(id.value()).and(VENDOR.NAME_KEY.isNull()))
                .execute() == 1;
    }
}
