package dev.clearance.domain.transaction;

import dev.clearance.domain.party.PartyDirectory;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the facts the rules engine classifies from a stored transaction, the party directory as of the
 * transaction's date and its prior transactions. Pure: the same inputs give equal facts, which is what makes a
 * stored classification reproducible from {@code GET .../facts}.
 *
 * @since 0.2.0
 */
public final class TransactionFactsMapping {

    private TransactionFactsMapping() {
    }

    /**
     * @param parties the party graph in force on the transaction's date, holding at least both parties
     * @param priors  the prior transactions between the same two parties; those outside the 12-month window are
     *                refused, because a caller that passes them has run the wrong look-back
     */
    public static TransactionFacts toFacts(StoredTransaction stored, PartyDirectory parties,
                                           List<PriorTransaction> priors) {
        CoveredTransaction t = stored.facts();
        LookBackWindow window = new LookBackWindow(t.date());
        for (PriorTransaction p : priors) {
            if (!window.contains(p.date())) {
                throw new IllegalArgumentException("prior dated " + p.date() + " is outside the window ("
                        + window.startExclusive() + ", " + window.endInclusive() + "]");
            }
        }
        // Sorted so that the facts (and their hash) do not depend on the order the database returned the priors in.
        List<PriorTransaction> ordered = priors.stream()
                .sorted(Comparator.comparing(PriorTransaction::date)).toList();
        return new TransactionFacts(stored.id().toString(), t.date(), t.usPerson().toFactsId(),
                t.counterparty().toFactsId(), parties, t.type(), t.cloudComputing(), t.counterpartyAccess(),
                t.investment(), t.data(), ordered, t.governmentRelated(), t.exemptions(), t.onwardTransferClause(),
                t.securityRequirements(), t.license(), t.evasion(), t.directedForeignTransaction(),
                t.exemptionConditions());
    }

    /** What this transaction contributes to a later transaction's look-back. */
    public static PriorTransaction asPrior(StoredTransaction stored) {
        return new PriorTransaction(stored.facts().date(), stored.facts().data());
    }
}
