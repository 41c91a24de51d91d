package dev.clearance.domain.ownership;

import dev.clearance.domain.party.PartyId;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a registered party. Generated at the edge (UUIDv7), never inside the domain.
 *
 * @since 0.1.0
 */
public record RegisteredPartyId(UUID value) implements Comparable<RegisteredPartyId> {

    public RegisteredPartyId {
        Objects.requireNonNull(value, "value");
    }

    public static RegisteredPartyId parse(String text) {
        return new RegisteredPartyId(UUID.fromString(text));
    }

    /** The id the rules engine knows this party by within one evaluation. */
    public PartyId toFactsId() {
        return PartyId.of(value.toString());
    }

    public static RegisteredPartyId fromFactsId(PartyId id) {
        return parse(id.value());
    }

    @Override
    public int compareTo(RegisteredPartyId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
