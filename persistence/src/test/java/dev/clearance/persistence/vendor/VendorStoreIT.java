package dev.clearance.persistence.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class VendorStoreIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final VendorStore store = new VendorStore(dsl);
    private final VendorQueries queries = new VendorQueries(dsl);

    @Test
    void shouldReadBackWhatWasInserted() {
        VendorId id = new VendorId(UUID.randomUUID());
        Instant at = Instant.parse("2026-11-25T10:15:30.123456Z");
        store.insert(id, new NewVendor("  Zeta Analytics GmbH ", "DE"), "ZETAANALYTICS", null, at, "alice");

        Vendor read = queries.find(id).orElseThrow();
        assertThat(read.name()).isEqualTo("Zeta Analytics GmbH");
        assertThat(read.country()).isEqualTo("DE");
        assertThat(read.createdAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
        assertThat(read.createdBy()).isEqualTo("alice");
        assertThat(read.archivedAt()).isNull();
        assertThat(queries.listActive(1000, 0)).extracting(Vendor::id).contains(id);
    }

    @Test
    void shouldListAlphabeticallyIgnoringCase() {
        String prefix = "sort-" + UUID.randomUUID() + "-";
        store.insert(new VendorId(UUID.randomUUID()), new NewVendor(prefix + "b", "FR"), prefix + "B", null,
                Instant.now(), "alice");
        store.insert(new VendorId(UUID.randomUUID()), new NewVendor(prefix + "A", "FR"), prefix + "A", null,
                Instant.now(), "alice");
        assertThat(queries.listActive(10_000, 0)).extracting(Vendor::name)
                .containsSubsequence(prefix + "A", prefix + "b");
    }

    @Test
    void shouldRejectAnInvalidCountryAtTheDatabaseToo() {
        assertThatThrownBy(() -> dsl.execute(
                "insert into vendor(id, name, country, created_at, created_by) values (gen_random_uuid(), 'x', 'de', now(), 'a')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("vendor_country_check");
    }
}
