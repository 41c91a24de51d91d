package dev.clearance.rules.exemptions;

import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.transaction.ExemptionClaim;
import java.util.List;

/**
 * The result of checking one claimed exemption against the facts.
 *
 * @since 0.1.0
 */
public sealed interface ExemptionCheck {

    ExemptionClaim claim();

    /**
     * The claim holds; {@code residualDuties} still apply (28 CFR 202.504–202.511 keep 202.1102 and 202.1104).
     * {@code cautions} name the conditions taken on the analyst's word and the fact that would defeat each.
     */
    record Applies(ExemptionClaim claim, String text, List<Duty> residualDuties, List<String> cautions)
            implements ExemptionCheck {
        public Applies {
            residualDuties = List.copyOf(residualDuties);
            cautions = List.copyOf(cautions);
        }

        public Applies(ExemptionClaim claim, String text, List<Duty> residualDuties) {
            this(claim, text, residualDuties, List.of());
        }
    }

    /** The claim fails; {@code why} names the condition the facts do not meet. */
    record Fails(ExemptionClaim claim, String why) implements ExemptionCheck {
    }
}
