package dev.clearance.api.party;

import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.persistence.party.PartyStore;
import dev.clearance.persistence.party.StaleStatusQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * Recomputes the covered-person status of parties whose dated inputs took effect since their status was stored:
 * an owner's stake with a future {@code valid_from}, a stake or employment that ends ({@code valid_to}), a new
 * version of a party's facts. Without this, a vendor that becomes 50%-owned by a covered person on a future date
 * would keep showing "not covered" until someone edited it (28 CFR 202.211(a)(2); status is judged on the date of
 * the transaction).
 */
@Singleton
public class CoveredStatusSweep {
    /** The actor recorded in the audit trail for statuses changed by the sweep rather than by a person. */
    public static final CurrentActor SYSTEM =
            new CurrentActor("system:covered-status-sweep", "Scheduled covered-status recomputation", List.of());

    private final StaleStatusQueries stale;
    private final PartyStore parties;
    private final RecomputingCoveredStatus recomputing;

    public CoveredStatusSweep(StaleStatusQueries stale, PartyStore parties, RecomputingCoveredStatus recomputing) {
        this.stale = stale;
        this.parties = parties;
        this.recomputing = recomputing;
    }

    /** One transaction: the graph lock keeps it from interleaving with an analyst's change. */
    @Transactional
    public Result sweep(LocalDate today) {
        parties.lockGraph();
        List<RegisteredPartyId> due = stale.staleOn(today);
        if (due.isEmpty()) {
            return new Result(today, 0, 0);
        }
        int flipped = recomputing.recompute(due, today, true, SYSTEM, null);
        return new Result(today, due.size(), flipped);
    }

    /** How many parties were found stale on {@code today} and how many of them (or below them) flipped status. */
    public record Result(LocalDate today, int reexamined, int flipped) {
    }
}
