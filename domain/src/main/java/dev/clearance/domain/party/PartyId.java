package dev.clearance.domain.party;

/**
 * Identifies a party within one set of transaction facts.
 *
 * @since 0.1.0
 */
public record PartyId(String value) {

    public PartyId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("party id must not be blank");
        }
    }

    public static PartyId of(String value) {
        return new PartyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
