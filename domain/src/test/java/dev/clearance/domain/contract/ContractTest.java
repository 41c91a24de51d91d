package dev.clearance.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.vendor.VendorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractTest {
    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");
    private static final LocalDate EFFECTIVE = LocalDate.parse("2026-01-01");

    static Contract contract(ContractStatus status, @Nullable LocalDate endsOn) {
        return new Contract(new ContractId(new UUID(0xC0L, 1)), new VendorId(new UUID(0xF0L, 1)), "Cloud hosting",
                ContractType.CLOUD_COMPUTING, "MSA-2026-17", EFFECTIVE, endsOn, status, "alice", AT, "alice", 0);
    }

    @Test
    void shouldRefuseAnEndDateBeforeTheEffectiveDate() {
        assertThatThrownBy(() -> contract(ContractStatus.DRAFT, EFFECTIVE.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the effective date");
    }

    @Test
    void shouldAcceptAOneDayTermAndAnOpenEndedOne() {
        assertThat(contract(ContractStatus.DRAFT, EFFECTIVE).inTerm(EFFECTIVE)).isTrue();
        Contract open = contract(ContractStatus.DRAFT, null);
        assertThat(open.inTerm(EFFECTIVE.plusYears(30))).isTrue();
        assertThat(open.inTerm(EFFECTIVE.minusDays(1))).isFalse();
    }

    @Test
    void shouldRefuseABlankOrOverlongTitle() {
        assertThatThrownBy(() -> new Contract(new ContractId(UUID.randomUUID()), new VendorId(UUID.randomUUID()), " ",
                ContractType.VENDOR, null, EFFECTIVE, null, ContractStatus.DRAFT, "alice", AT, "alice", 0))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> new Contract(new ContractId(UUID.randomUUID()), new VendorId(UUID.randomUUID()),
                "x".repeat(Contract.MAX_TITLE_LENGTH + 1), ContractType.VENDOR, null, EFFECTIVE, null,
                ContractStatus.DRAFT, "alice", AT, "alice", 0))
                .hasMessageContaining("title");
    }

    @ParameterizedTest
    @CsvSource({
            "DRAFT, ACTIVE, true", "DRAFT, TERMINATED, true", "DRAFT, EXPIRED, false", "DRAFT, DRAFT, false",
            "ACTIVE, EXPIRED, true", "ACTIVE, TERMINATED, true", "ACTIVE, DRAFT, false", "ACTIVE, ACTIVE, false",
            "EXPIRED, ACTIVE, false", "EXPIRED, TERMINATED, false", "EXPIRED, DRAFT, false",
            "TERMINATED, ACTIVE, false", "TERMINATED, DRAFT, false", "TERMINATED, EXPIRED, false"})
    void shouldAllowOnlyTheLifecycleTransitions(ContractStatus from, ContractStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        Contract c = contract(from, null);
        if (allowed) {
            Contract moved = c.withStatus(to);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(c.version() + 1);
        } else {
            assertThatThrownBy(() -> c.withStatus(to))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot become " + to);
        }
    }

    @Test
    void shouldMakeExpiredAndTerminatedFinal() {
        assertThat(ContractStatus.EXPIRED.isFinal()).isTrue();
        assertThat(ContractStatus.TERMINATED.isFinal()).isTrue();
        assertThat(ContractStatus.DRAFT.isFinal()).isFalse();
        assertThat(ContractStatus.ACTIVE.isFinal()).isFalse();
    }

    @Test
    void shouldMapEachContractTypeToTheClassOfTransaction() {
        assertThat(ContractType.CLOUD_COMPUTING.transactionType().name()).isEqualTo("VENDOR");
        assertThat(ContractType.DATA_BROKERAGE.transactionType().name()).isEqualTo("DATA_BROKERAGE");
        assertThat(ContractType.EMPLOYMENT.transactionType().name()).isEqualTo("EMPLOYMENT");
        assertThat(ContractType.INVESTMENT.transactionType().name()).isEqualTo("INVESTMENT");
    }
}
