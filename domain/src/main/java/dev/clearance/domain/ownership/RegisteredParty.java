package dev.clearance.domain.ownership;

import dev.clearance.domain.party.PartyKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party as stored: identity, names and identifiers. Its facts live in {@link PartyVersion}s.
 *
 * @since 0.1.0
 */
public record RegisteredParty(RegisteredPartyId id, PartyKind kind, String name, List<String> aliases,
                              @Nullable String registrationNumber, @Nullable String lei, Instant createdAt,
                              String createdBy, @Nullable Instant archivedAt) {

    public RegisteredParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
