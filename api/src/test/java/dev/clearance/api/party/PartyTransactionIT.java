package dev.clearance.api.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.domain.ownership.RegisteredParty;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A party, its first facts, its determination and its audit events commit or roll back together. */
@MicronautTest(transactional = false)
class PartyTransactionIT extends ApiTestSupport {
    private static final CurrentActor ALICE = new CurrentActor("alice", "Alice", List.of("analyst"));

    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    MaintainingParties maintaining;
    @Inject
    PartyReading reading;
    @Inject
    AuditTrailReading audit;

    @Test
    void shouldRollBackThePartyItsDeterminationAndItsAuditEventsTogether() {
        int auditBefore = audit.all().size();
        int partiesBefore = reading.page(1, 0).total();
        AtomicReference<RegisteredParty> registered = new AtomicReference<>();

        assertThatThrownBy(() -> tx.executeWrite(status -> {
            registered.set(maintaining.register(new PartyRequests.RegisterParty("ENTITY", "Rolled Back Co.", null, null,
                    null, new PartyRequests.Facts(LocalDate.parse("2020-01-01"), null, List.of("CN"), "CN", null, null,
                            null, null, null, null, null, null)), ALICE, null));
            throw new IllegalStateException("failure after the use case wrote everything");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(registered.get()).isNotNull();
        assertThat(reading.page(1, 0).total()).isEqualTo(partiesBefore);
        assertThat(audit.all()).hasSize(auditBefore);
    }

    @Test
    void shouldCommitThePartyItsDeterminationAndItsEventsWhenNothingFails() {
        int auditBefore = audit.all().size();
        RegisteredParty party = maintaining.register(new PartyRequests.RegisterParty("ENTITY", "Committed Co.", null,
                null, null, new PartyRequests.Facts(LocalDate.parse("2020-01-01"), null, List.of("CN"), "CN", null,
                        null, null, null, null, null, null, null)), ALICE, null);

        assertThat(reading.find(party.id()).coveredStatus()).isNotNull()
                .satisfies(s -> assertThat(s.covered()).isTrue());
        assertThat(audit.all().subList(auditBefore, audit.all().size()))
                .extracting(e -> e.entry().action())
                .containsExactly("PartyRegistered", "CoveredStatusChanged");
    }
}
