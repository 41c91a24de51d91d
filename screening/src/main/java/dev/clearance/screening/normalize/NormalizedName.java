package dev.clearance.screening.normalize;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A name after {@link NameNormalizer}: tokens in written order, the legal forms that were taken off (as the
 * jurisdictions they imply) and three string forms used for comparison.
 *
 * @param original      the name as given
 * @param tokens        tokens in written order, legal forms and stop words removed
 * @param jurisdictions ISO country codes implied by jurisdiction-specific legal forms ("GMBH" -> DE, AT, CH);
 *                      empty when there is none or only generic ones ("LTD", "LLC")
 * @param joined        tokens joined by single spaces
 * @param sorted        tokens sorted and joined by single spaces (order-insensitive form)
 * @param compact       all letters and digits of the name without spaces, legal forms included
 * @param core          the tokens without spaces ("WIRRA LONG" and "WIRRALONG" are one name)
 */
public record NormalizedName(String original, List<Token> tokens, Set<String> jurisdictions, String joined,
        String sorted, String compact, String core) {

    public NormalizedName {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        jurisdictions = Set.copyOf(jurisdictions);
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(sorted, "sorted");
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(core, "core");
    }


    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public List<String> tokenTexts() {
        return tokens.stream().map(Token::text).toList();
    }
}
