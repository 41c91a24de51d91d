package dev.clearance.api.config;

import dev.clearance.persistence.audit.AuditLog;
import dev.clearance.persistence.audit.AuditQueries;
import dev.clearance.persistence.party.OwnershipStore;
import dev.clearance.persistence.party.PartyLinkQueries;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.party.PartyStore;
import dev.clearance.persistence.party.StaleStatusQueries;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.persistence.screening.ListSnapshotStore;
import dev.clearance.persistence.screening.ScreeningQueries;
import dev.clearance.persistence.screening.ScreeningJobQueries;
import dev.clearance.persistence.screening.ScreeningJobStore;
import dev.clearance.persistence.screening.ScreeningStore;
import dev.clearance.persistence.vendor.VendorQueries;
import dev.clearance.persistence.vendor.VendorStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

/** Wires the framework-free persistence classes to the application's jOOQ context. */
@Factory
public class PersistenceFactory {
    @Singleton
    VendorStore vendorStore(DSLContext dsl) {
        return new VendorStore(dsl);
    }

    @Singleton
    VendorQueries vendorQueries(DSLContext dsl) {
        return new VendorQueries(dsl);
    }

    @Singleton
    AuditLog auditLog(DSLContext dsl) {
        return new AuditLog(dsl);
    }

    @Singleton
    AuditQueries auditQueries(DSLContext dsl) {
        return new AuditQueries(dsl);
    }

    @Singleton
    PartyStore partyStore(DSLContext dsl) {
        return new PartyStore(dsl);
    }

    @Singleton
    PartyQueries partyQueries(DSLContext dsl) {
        return new PartyQueries(dsl);
    }

    @Singleton
    PartyLinkQueries partyLinkQueries(DSLContext dsl) {
        return new PartyLinkQueries(dsl);
    }

    @Singleton
    StaleStatusQueries staleStatusQueries(DSLContext dsl) {
        return new StaleStatusQueries(dsl);
    }

    @Singleton
    OwnershipStore ownershipStore(DSLContext dsl) {
        return new OwnershipStore(dsl);
    }

    @Singleton
    ListSnapshotStore listSnapshotStore(DSLContext dsl) {
        return new ListSnapshotStore(dsl);
    }

    @Singleton
    ListSnapshotQueries listSnapshotQueries(DSLContext dsl) {
        return new ListSnapshotQueries(dsl);
    }

    @Singleton
    ScreeningJobStore screeningJobStore(DSLContext dsl) {
        return new ScreeningJobStore(dsl);
    }

    @Singleton
    ScreeningJobQueries screeningJobQueries(DSLContext dsl) {
        return new ScreeningJobQueries(dsl);
    }

    @Singleton
    ScreeningStore screeningStore(DSLContext dsl) {
        return new ScreeningStore(dsl);
    }

    @Singleton
    ScreeningQueries screeningQueries(DSLContext dsl) {
        return new ScreeningQueries(dsl);
    }
}
