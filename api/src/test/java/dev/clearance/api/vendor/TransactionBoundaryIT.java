package dev.clearance.api.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.vendor.VendorStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Proves jOOQ joins Micronaut's transaction: a failure after writing rolls back the row and its audit event. */
@MicronautTest(transactional = false)
class TransactionBoundaryIT extends ApiTestSupport {
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    VendorStore store;
    @Inject
    Auditor auditor;
    @Inject
    VendorDirectory directory;
    @Inject
    AuditTrailReading audit;

    @Test
    void shouldRollBackTheVendorAndItsAuditEventTogether() {
        VendorId id = new VendorId(UUID.randomUUID());
        int auditBefore = audit.all().size();
        assertThatThrownBy(() -> tx.executeWrite(status -> {
            store.insert(id, new NewVendor("Rolled Back Ltd", "GB"), "ROLLEDBACK", null, Instant.now(), "alice");
            auditor.record(new CurrentActor("alice", "Alice", List.of("analyst")), "VendorRegistered", "vendor",
                    id.toString(), null, null);
            throw new IllegalStateException("failure after both writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(directory.find(id)).isEmpty();
        assertThat(audit.all()).hasSize(auditBefore);
    }
}
