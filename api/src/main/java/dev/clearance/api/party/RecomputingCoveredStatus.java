package dev.clearance.api.party;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.party.PartyStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Recomputes the covered-person status of changed parties and of every party below them, inside the caller's
 * transaction. Stores a new determination when its inputs changed, and writes {@code CoveredStatusChanged} when
 * the status flips (a party never determined before counts as not covered).
 */
@Singleton
public class RecomputingCoveredStatus {
    private final PartyStore store;
    private final PartyQueries queries;
    private final CoveredStatusCalculator calculator;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public RecomputingCoveredStatus(PartyStore store, PartyQueries queries, CoveredStatusCalculator calculator,
                                    Auditor auditor, Ids ids, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.calculator = calculator;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    /** Must run inside the use case's transaction, after the graph lock was taken. */
    public void recompute(Collection<RegisteredPartyId> changed, CurrentActor actor, @Nullable String requestId) {
        recompute(changed, LocalDate.now(clock), false, actor, requestId);
    }

    /**
     * Recomputes as of {@code today}. With {@code confirm}, a party in {@code changed} whose inputs are unchanged
     * still gets a new determination row: the scheduled sweep re-examined it because a dated input took effect, and
     * the new as-of date records that it was re-examined (and stops it from being found stale again).
     *
     * @return how many parties' status flipped
     */
    public int recompute(Collection<RegisteredPartyId> changed, LocalDate today, boolean confirm, CurrentActor actor,
                         @Nullable String requestId) {
        Set<RegisteredPartyId> targets = new LinkedHashSet<>(changed);
        targets.addAll(queries.below(changed));
        int flipped = 0;
        OwnershipGraph graph = queries.graphAbove(targets, today);
        Map<RegisteredPartyId, CoveredStatus> now = calculator.determine(graph, targets, clock.instant(),
                actor.username());
        Map<RegisteredPartyId, CoveredStatus> before = queries.latestStatuses(targets);
        for (RegisteredPartyId target : targets) {
            CoveredStatus next = now.get(target);
            CoveredStatus previous = before.get(target);
            boolean reexamined = confirm && changed.contains(target) && previous != null
                    && previous.asOf().isBefore(next.asOf());
            if (previous != null && previous.sameInputsAs(next) && !reexamined) {
                continue;
            }
            store.insertDetermination(ids.next(), next);
            boolean wasCovered = previous != null && previous.covered();
            if (wasCovered != next.covered()) {
                auditor.record(actor, "CoveredStatusChanged", "party", target.toString(), describe(next), requestId);
                flipped++;
            }
        }
        return flipped;
    }

    private static String describe(CoveredStatus s) {
        return "covered=" + s.covered() + "|limbs=" + s.limbs() + "|ownership=" + s.coveredOwnership().value()
                .toPlainString() + "|paths=" + s.paths().stream().map(p -> p.stream().map(Object::toString)
                        .collect(Collectors.joining(">"))).toList()
                + "|asOf=" + s.asOf() + "|ruleSet=" + s.ruleSetVersion() + "|inputs=" + s.inputHash();
    }
}
