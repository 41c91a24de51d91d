package dev.clearance.domain.classification;

import dev.clearance.domain.shared.Percent;
import java.util.List;

/**
 * What the engine decided about the counterparty.
 *
 * @param countryOfConcern         the counterparty is a country of concern (its government, subdivision, agency)
 * @param coveredOwnershipPercent  sum of the direct stakes held by countries of concern and covered persons
 * @since 0.1.0
 */
public record CounterpartyStatus(
        boolean usPerson,
        boolean countryOfConcern,
        boolean coveredPerson,
        List<CoveredPersonLimb> coveredPersonLimbs,
        Percent coveredOwnershipPercent) {

    public CounterpartyStatus {
        coveredPersonLimbs = List.copyOf(coveredPersonLimbs);
        if (coveredPerson == coveredPersonLimbs.isEmpty()) {
            throw new IllegalArgumentException("a covered person has at least one limb, and only a covered person has");
        }
        if (usPerson && coveredPerson && !coveredPersonLimbs.equals(List.of(CoveredPersonLimb.A5))) {
            throw new IllegalArgumentException("a U.S. person can be covered only by designation");
        }
    }

    /** A country of concern or a covered person: the parties Subparts C and D are about. */
    public boolean isCountryOfConcernOrCoveredPerson() {
        return countryOfConcern || coveredPerson;
    }
}
