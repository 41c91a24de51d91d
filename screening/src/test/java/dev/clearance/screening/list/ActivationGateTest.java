package dev.clearance.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivationGateTest {
    private final ActivationGate gate = new ActivationGate(ActivationGate.DEFAULT_MAX_REMOVED_SHARE);

    @Test
    void shouldHoldAHeaderOnlyFileThatWouldEmptyTheList() {
        assertThat(gate.holdReason(0, 663, 663))
                .contains("has no entries; would remove 663 of 663 entries (100% > 20%)");
    }

    @Test
    void shouldHoldAnEmptyFirstImport() {
        assertThat(gate.holdReason(0, 0, 0)).contains("has no entries");
    }

    @Test
    void shouldActivateARemovalOfUpToTheShareAndHoldOneAboveIt() {
        assertThat(gate.holdReason(18, 20, 2)).isEmpty();
        assertThat(gate.holdReason(16, 20, 4)).isEmpty();
        assertThat(gate.holdReason(15, 20, 5)).contains("would remove 5 of 20 entries (25% > 20%)");
        assertThat(gate.holdReason(662, 1000, 203)).contains("would remove 203 of 1000 entries (20.3% > 20%)");
    }

    @Test
    void shouldActivateAFirstImportAndAGrowingList() {
        assertThat(gate.holdReason(20, 0, 0)).isEmpty();
        assertThat(gate.holdReason(5000, 20, 0)).isEmpty();
    }

    @Test
    void shouldTakeAConfiguredShare() {
        assertThat(new ActivationGate(0).holdReason(19, 20, 1)).contains("would remove 1 of 20 entries (5% > 0%)");
        assertThat(new ActivationGate(1).holdReason(1, 20, 20)).isEmpty();
        assertThatThrownBy(() -> new ActivationGate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivationGate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
