package dev.clearance.api.vendor;

import dev.clearance.screening.normalize.NameNormalizer;
import dev.clearance.screening.normalize.NormalizedName;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a vendor name that the duplicate check compares (with the country). Two names are one vendor
 * when they differ only in Unicode compatibility forms (NFKC: full-width letters, ligatures), script (ICU
 * transliteration), diacritics, case, whitespace, punctuation and legal-form words ("Ltd", "LLC", "GmbH",
 * "Inc.", "S.A. de C.V."), plus the few spellings the screening normalizer also folds ("Intl" and
 * "International", "&" and "and"). So "Müller GmbH", "MULLER G.m.b.H." and "Müller" are one key; "Müller
 * Logistik" is another.
 *
 * <p>It reuses the screening module's {@link NameNormalizer} so a vendor and its screening hits agree on what a
 * name is. NB: keys are stored; a change to the normalizer changes new keys only, so keep the two in step or
 * recompute stored keys in a migration.
 */
public final class VendorNameKey {
    private VendorNameKey() {
    }

    public static String of(String name) {
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        NormalizedName normalized = NameNormalizer.normalize(nfkc);
        if (!normalized.core().isEmpty()) {
            return normalized.core();
        }
        // NB: a name of symbols only ("???") has no letters to normalize; compare it as written, minus spacing.
        String compact = nfkc.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return compact.isEmpty() ? nfkc : compact;
    }
}
