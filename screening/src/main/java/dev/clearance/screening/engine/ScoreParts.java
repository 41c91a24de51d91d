package dev.clearance.screening.engine;

import java.util.Objects;

/**
 * A candidate's score and how it was made, kept as evidence with every hit.
 *
 * @param nameScore      Jaro-Winkler similarity of the whole normalized names
 * @param tokenScore     weighted best-pair token similarity
 * @param nameSimilarity the name similarity ({@link NameMatcher}); the score without evidence
 * @param dobMatch       date of birth as supporting evidence
 * @param countryMatch   country as supporting evidence
 * @param typeMatch      individual / entity / vessel / aircraft agreement
 * @param finalScore     name similarity adjusted by the evidence, in [0, 1]; compared with the threshold
 */
public record ScoreParts(double nameScore, double tokenScore, double nameSimilarity, Evidence dobMatch,
        Evidence countryMatch, Evidence typeMatch, double finalScore) {

    public ScoreParts {
        for (double v : new double[] {nameScore, tokenScore, nameSimilarity, finalScore}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("scores must be in [0, 1]: " + v);
            }
        }
        Objects.requireNonNull(dobMatch, "dobMatch");
        Objects.requireNonNull(countryMatch, "countryMatch");
        Objects.requireNonNull(typeMatch, "typeMatch");
    }
}
