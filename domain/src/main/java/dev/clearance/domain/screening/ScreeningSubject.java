package dev.clearance.domain.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a disposition is remembered for: a party, or for screenings without a party the normalized query itself.
 */
public final class ScreeningSubject {
    private ScreeningSubject() {
    }

    public static String key(@Nullable UUID partyId, String name, @Nullable String dateOfBirth,
            @Nullable String country, @Nullable String type) {
        if (partyId != null) {
            return "party:" + partyId;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
        return "query:" + n + "|" + nz(dateOfBirth) + "|" + nz(country) + "|" + nz(type);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
