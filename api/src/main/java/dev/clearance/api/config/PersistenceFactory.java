package dev.clearance.api.config;

import dev.clearance.persistence.audit.AuditLog;
import dev.clearance.persistence.audit.AuditQueries;
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
}
