package dev.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class MigrationIT {
    @Test
    void shouldApplyNothingWhenMigratingAnAlreadyMigratedDatabaseAgain() {
        MigrateResult again = Flyway.configure().dataSource(TestDatabase.dataSource())
                .locations("classpath:db/migration").load().migrate();
        assertThat(again.success).isTrue();
        assertThat(again.migrationsExecuted).isZero();
        assertThat(Flyway.configure().dataSource(TestDatabase.dataSource()).locations("classpath:db/migration")
                .load().validateWithResult().validationSuccessful).isTrue();
    }
}
