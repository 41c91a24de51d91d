package dev.clearance.domain.party;

import dev.clearance.domain.shared.Percent;

/**
 * A direct ownership interest held by {@code owner}.
 *
 * @since 0.1.0
 */
public record Stake(PartyId owner, Percent percent) {
}
