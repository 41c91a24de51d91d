package db.migration;

import dev.clearance.persistence.audit.AuditChainResealer;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * ADR 0008: re-seals audit events written before the microsecond fix, as far as each is proven untouched. Runs once,
 * in Flyway's transaction, at the first start of a release that has it; a chain already intact is left as it is.
 */
public class V202612070101__Reseal_audit_chain extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        new AuditChainResealer(DSL.using(context.getConnection(), SQLDialect.POSTGRES))
                .reseal(UUID.randomUUID(), Instant.now(), "Flyway V202612070101 (ADR 0008)");
    }
}
