package dev.clearance.domain.ownership;

import dev.clearance.domain.party.PartyKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an analyst submits to register a party (its first facts are a separate {@link PartyFacts} version).
 *
 * @since 0.1.0
 */
public record NewParty(PartyKind kind, String name, List<String> aliases, @Nullable String registrationNumber,
                       @Nullable String lei) {

    public static final int MAX_NAME_LENGTH = 300;

    public NewParty {
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        aliases = aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        registrationNumber = registrationNumber == null || registrationNumber.isBlank() ? null
                : registrationNumber.strip();
        if (lei != null && !isLei(lei)) {
            throw new IllegalArgumentException("not an ISO 17442 LEI: " + lei);
        }
    }

    /** ISO 17442: 18 upper-case alphanumerics and two check digits. */
    public static boolean isLei(String lei) {
        return lei.matches("[A-Z0-9]{18}[0-9]{2}");
    }
}
