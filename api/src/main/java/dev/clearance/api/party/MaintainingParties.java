package dev.clearance.api.party;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.problem.Violation;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.Employment;
import dev.clearance.domain.ownership.NewOwnershipEdge;
import dev.clearance.domain.ownership.NewParty;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.StakeLimit;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.party.OwnershipStore;
import dev.clearance.persistence.party.PartyQueries;
import dev.clearance.persistence.party.PartyStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Use cases that change parties and the ownership graph. Each runs in one transaction that also recomputes the
 * covered-person status of the changed party and everyone below it and writes the audit events, so a failed
 * request writes nothing.
 */
@Singleton
public class MaintainingParties {
    /** NB: numeric(7,4) would round silently; more precision than that is refused instead. */
    private static final int PERCENT_SCALE = 4;

    private final PartyStore parties;
    private final OwnershipStore edges;
    private final PartyQueries queries;
    private final RecomputingCoveredStatus recomputing;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public MaintainingParties(PartyStore parties, OwnershipStore edges, PartyQueries queries,
                              RecomputingCoveredStatus recomputing, Auditor auditor, Ids ids, Clock clock) {
        this.parties = parties;
        this.edges = edges;
        this.queries = queries;
        this.recomputing = recomputing;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public RegisteredParty register(PartyRequests.RegisterParty request, CurrentActor actor,
                                    @Nullable String requestId) {
        PartyKind kind = PartyKind.valueOf(request.kind());
        List<Violation> violations = new ArrayList<>();
        FactsInput.Parsed facts = new FactsInput("$.facts", violations).parse(kind, request.facts(), null);
        checkBranch(facts == null ? null : facts.facts(), "$.facts.branchOf", violations);
        if (!violations.isEmpty() || facts == null) {
            throw new InvalidRequestException(violations);
        }
        parties.lockGraph();
        Instant now = clock.instant();
        RegisteredPartyId id = new RegisteredPartyId(ids.next());
        RegisteredParty party = parties.insert(id, new NewParty(kind, request.name(),
                request.aliases() == null ? List.of() : request.aliases(), request.registrationNumber(), request.lei()),
                now, actor.username());
        parties.insertVersion(ids.next(), id, facts.validity(), facts.facts(), now, actor.username());
        auditor.record(actor, "PartyRegistered", "party", id.toString(),
                kind + "|" + party.name() + "|" + party.aliases() + "|" + party.registrationNumber() + "|"
                        + party.lei(), requestId);
        recomputing.recompute(Set.of(id), actor, requestId);
        return party;
    }

    @Transactional
    public void changeFacts(RegisteredPartyId id, PartyRequests.Facts request, CurrentActor actor,
                            @Nullable String requestId) {
        RegisteredParty party = activeParty(id);
        List<Violation> violations = new ArrayList<>();
        FactsInput.Parsed facts = new FactsInput("$", violations).parse(party.kind(), request, id);
        checkBranch(facts == null ? null : facts.facts(), "$.branchOf", violations);
        if (!violations.isEmpty() || facts == null) {
            throw new InvalidRequestException(violations);
        }
        parties.lockGraph();
        parties.insertVersion(ids.next(), id, facts.validity(), facts.facts(), clock.instant(), actor.username());
        auditor.record(actor, "PartyFactsChanged", "party", id.toString(),
                facts.validity() + "|" + facts.facts(), requestId);
        recomputing.recompute(Set.of(id), actor, requestId);
    }

    @Transactional
    public OwnershipEdge addOwner(RegisteredPartyId owned, PartyRequests.AddOwner request, CurrentActor actor,
                                  @Nullable String requestId) {
        activeParty(owned);
        RegisteredPartyId owner = new RegisteredPartyId(request.ownerPartyId());
        List<Violation> violations = new ArrayList<>();
        if (owner.equals(owned)) {
            violations.add(new Violation("$.ownerPartyId", "a party cannot own itself"));
        } else if (queries.find(owner).filter(p -> !p.archived()).isEmpty()) {
            violations.add(new Violation("$.ownerPartyId", "no active party " + owner));
        }
        if (request.percent().stripTrailingZeros().scale() > PERCENT_SCALE) {
            violations.add(new Violation("$.percent", "must have at most " + PERCENT_SCALE + " decimal places"));
        }
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            violations.add(new Violation("$.validTo", "must be after validFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        parties.lockGraph();
        edges.lockOwned(owned);
        NewOwnershipEdge added = new NewOwnershipEdge(owner, owned, new Percent(request.percent()),
                new Validity(request.validFrom(), request.validTo()), request.source());
        StakeLimit.check(queries.ownerHistory(owned), added).ifPresent(breach -> {
            throw new StakeLimitExceededException(added, breach, this::partyName);
        });
        OwnershipEdge edge = edges.insert(new OwnershipEdgeId(ids.next()), added, clock.instant(), actor.username());
        auditor.record(actor, "OwnershipChanged", "ownership-edge", edge.id().toString(), "added|" + describe(edge),
                requestId);
        recomputing.recompute(Set.of(owned), actor, requestId);
        return edge;
    }

    /** Employers are facts of an individual (28 CFR 202.211(a)(3)), so this is audited as PartyFactsChanged. */
    @Transactional
    public PartyViews.EmploymentView addEmployer(RegisteredPartyId individual, PartyRequests.AddEmployer request,
                                                 CurrentActor actor, @Nullable String requestId) {
        RegisteredParty party = activeParty(individual);
        RegisteredPartyId employer = new RegisteredPartyId(request.employerPartyId());
        List<Violation> violations = new ArrayList<>();
        if (party.kind() != PartyKind.INDIVIDUAL) {
            violations.add(new Violation("$", "only an INDIVIDUAL party has employers, not " + party.kind()));
        }
        if (employer.equals(individual)) {
            violations.add(new Violation("$.employerPartyId", "a party cannot employ itself"));
        } else if (queries.find(employer).filter(p -> !p.archived()).isEmpty()) {
            violations.add(new Violation("$.employerPartyId", "no active party " + employer));
        }
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            violations.add(new Violation("$.validTo", "must be after validFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        parties.lockGraph();
        java.util.UUID id = ids.next();
        parties.insertEmployment(id, new Employment(individual, employer,
                new Validity(request.validFrom(), request.validTo())), request.kind().equals("CONTRACTOR"),
                clock.instant(), actor.username());
        auditor.record(actor, "PartyFactsChanged", "party", individual.toString(), "employer|" + employer + "|"
                + request.kind() + "|" + request.validFrom() + "|" + request.validTo(), requestId);
        recomputing.recompute(Set.of(individual), actor, requestId);
        return new PartyViews.EmploymentView(id, individual.value(), employer.value(), request.kind(),
                request.validFrom(), request.validTo());
    }

    @Transactional
    public OwnershipEdge archiveEdge(OwnershipEdgeId id, @Nullable String reason, CurrentActor actor,
                                     @Nullable String requestId) {
        parties.lockGraph();
        String given = reason == null ? null : reason.strip();
        OwnershipEdge edge = edges.archive(id, clock.instant(), actor.username(), given)
                .orElseThrow(() -> new NotFoundException("No active ownership edge " + id));
        auditor.record(actor, "OwnershipChanged", "ownership-edge", id.toString(), "archived|" + describe(edge)
                + "|" + (given == null ? "" : given), requestId);
        recomputing.recompute(Set.of(edge.owned()), actor, requestId);
        return edge;
    }

    /**
     * Ends an employment on a date (exclusive): from then on the individual is no longer the employer's employee or
     * contractor for 28 CFR 202.211(a)(3), and the individual's status is recomputed. An end date may only move an
     * open or later end earlier, never past it; the original start stays.
     */
    @Transactional
    public PartyViews.EndedEmploymentView endEmployment(java.util.UUID employmentId, PartyRequests.EndEmployment request,
                                                        CurrentActor actor, @Nullable String requestId) {
        parties.lockGraph();
        PartyStore.EmploymentRow row = parties.employment(employmentId)
                .filter(e -> !e.archived())
                .orElseThrow(() -> new NotFoundException("No active employment " + employmentId));
        if (!request.validTo().isAfter(row.validFrom())) {
            throw new InvalidRequestException("$.validTo", "must be after the employment's start, " + row.validFrom());
        }
        if (row.validTo() != null && !request.validTo().isBefore(row.validTo())) {
            throw new InvalidRequestException("$.validTo", "the employment already ends on " + row.validTo()
                    + "; an end can only be brought forward");
        }
        java.time.Instant at = clock.instant();
        parties.endEmployment(employmentId, request.validTo(), at, actor.username());
        auditor.record(actor, "PartyFactsChanged", "party", row.individual().toString(), "employment-ended|"
                + employmentId + "|" + row.employer() + "|" + row.validTo() + "->" + request.validTo(), requestId);
        recomputing.recompute(Set.of(row.individual()), actor, requestId);
        return new PartyViews.EndedEmploymentView(employmentId, row.individual().value(), row.employer().value(),
                row.contractor() ? "CONTRACTOR" : "EMPLOYEE", row.validFrom(), request.validTo(), at,
                actor.username());
    }

    @Transactional
    public void linkVendor(VendorId vendor, RegisteredPartyId party, CurrentActor actor, @Nullable String requestId) {
        if (queries.find(party).filter(p -> !p.archived()).isEmpty()) {
            throw new InvalidRequestException("$.partyId", "no active party " + party);
        }
        if (!parties.linkVendor(vendor, party)) {
            throw new NotFoundException("No vendor " + vendor);
        }
        auditor.record(actor, "VendorLinkedToParty", "vendor", vendor.toString(), party.toString(), requestId);
    }

    private String partyName(RegisteredPartyId id) {
        return queries.find(id).map(RegisteredParty::name).orElse(id.toString());
    }

    private RegisteredParty activeParty(RegisteredPartyId id) {
        RegisteredParty party = queries.find(id).orElseThrow(() -> new NotFoundException("No party " + id));
        if (party.archived()) {
            throw new NotFoundException("Party " + id + " is archived");
        }
        return party;
    }

    private void checkBranch(@Nullable PartyFacts facts, String field, List<Violation> violations) {
        if (facts == null || facts.branchOf() == null) {
            return;
        }
        RegisteredParty head = queries.find(facts.branchOf()).orElse(null);
        if (head == null) {
            violations.add(new Violation(field, "no party " + facts.branchOf()));
        } else if (head.kind() != PartyKind.ENTITY) {
            violations.add(new Violation(field, "the head office must be an ENTITY party"));
        }
    }

    private static String describe(OwnershipEdge e) {
        return e.owner() + "|" + e.owned() + "|" + e.percent().value().toPlainString() + "|" + e.validity().from()
                + "|" + e.validity().to() + "|" + e.source();
    }
}
