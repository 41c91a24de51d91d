package dev.clearance.domain.transaction;

import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rules engine reads about one data transaction (facts format v1).
 *
 * @param usPerson          the party whose obligations are evaluated
 * @param counterparty      the party that may get access
 * @param counterpartyAccess whether the counterparty can access the data at all, judged before security controls
 * @param directedForeignTransaction the U.S. person directs a transaction engaged in by a foreign person
 * @param exemptionConditions facts that can defeat a claimed 202.501 or 202.502 exemption (none stated by default)
 * @since 0.1.0
 */
public record TransactionFacts(
        @Nullable String id,
        LocalDate date,
        PartyId usPerson,
        PartyId counterparty,
        PartyDirectory parties,
        TransactionType type,
        boolean cloudComputing,
        boolean counterpartyAccess,
        @Nullable InvestmentTerms investment,
        List<DataSet> data,
        List<PriorTransaction> priorTransactions,
        GovernmentRelatedFlags governmentRelated,
        List<ExemptionClaim> exemptions,
        boolean onwardTransferClause,
        SecurityRequirementsStatus securityRequirements,
        @Nullable License license,
        boolean evasion,
        boolean directedForeignTransaction,
        ExemptionConditions exemptionConditions) {

    public TransactionFacts {
        java.util.Objects.requireNonNull(exemptionConditions, "exemptionConditions");
        data = List.copyOf(data);
        priorTransactions = List.copyOf(priorTransactions);
        exemptions = List.copyOf(exemptions);
        if (!parties.contains(usPerson)) {
            throw new IllegalArgumentException("U.S. person " + usPerson + " is not in the party directory");
        }
        if (!parties.contains(counterparty)) {
            throw new IllegalArgumentException("counterparty " + counterparty + " is not in the party directory");
        }
    }

    /** Facts as before 0.2: no conditions stated for any exemption claim. */
    public TransactionFacts(@Nullable String id, LocalDate date, PartyId usPerson, PartyId counterparty,
                            PartyDirectory parties, TransactionType type, boolean cloudComputing,
                            boolean counterpartyAccess, @Nullable InvestmentTerms investment, List<DataSet> data,
                            List<PriorTransaction> priorTransactions, GovernmentRelatedFlags governmentRelated,
                            List<ExemptionClaim> exemptions, boolean onwardTransferClause,
                            SecurityRequirementsStatus securityRequirements, @Nullable License license, boolean evasion,
                            boolean directedForeignTransaction) {
        this(id, date, usPerson, counterparty, parties, type, cloudComputing, counterpartyAccess, investment, data,
                priorTransactions, governmentRelated, exemptions, onwardTransferClause, securityRequirements, license,
                evasion, directedForeignTransaction, ExemptionConditions.NONE_STATED);
    }

    public Party usPersonParty() {
        return parties.get(usPerson);
    }

    public Party counterpartyParty() {
        return parties.get(counterparty);
    }

    public TransactionFacts withData(List<DataSet> newData) {
        return new TransactionFacts(id, date, usPerson, counterparty, parties, type, cloudComputing,
                counterpartyAccess, investment, newData, priorTransactions, governmentRelated, exemptions,
                onwardTransferClause, securityRequirements, license, evasion, directedForeignTransaction,
                exemptionConditions);
    }

    public TransactionFacts withPriorTransactions(List<PriorTransaction> priors) {
        return new TransactionFacts(id, date, usPerson, counterparty, parties, type, cloudComputing,
                counterpartyAccess, investment, data, priors, governmentRelated, exemptions,
                onwardTransferClause, securityRequirements, license, evasion, directedForeignTransaction,
                exemptionConditions);
    }

    public TransactionFacts withParties(PartyDirectory newParties) {
        return new TransactionFacts(id, date, usPerson, counterparty, newParties, type, cloudComputing,
                counterpartyAccess, investment, data, priorTransactions, governmentRelated, exemptions,
                onwardTransferClause, securityRequirements, license, evasion, directedForeignTransaction,
                exemptionConditions);
    }
}
