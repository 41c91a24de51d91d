package dev.clearance.persistence.party;

import static dev.clearance.persistence.jooq.Tables.COVERED_PERSON_DETERMINATION;
import static dev.clearance.persistence.jooq.Tables.EMPLOYMENT;
import static dev.clearance.persistence.jooq.Tables.OWNERSHIP_EDGE;
import static dev.clearance.persistence.jooq.Tables.PARTY;
import static dev.clearance.persistence.jooq.Tables.PARTY_VERSION;
import static dev.clearance.persistence.jooq.Tables.VENDOR;

import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.Employment;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.PartyVersion;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.jooq.tables.records.PartyVersionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Reads parties, their facts in force on a date, and the ownership graph. "As of D" uses only stored data: the
 * fact version in force on D, and the edges in force on D that are not archived.
 */
public final class PartyQueries {
    private final DSLContext dsl;

    public PartyQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<RegisteredParty> find(RegisteredPartyId id) {
        return dsl.selectFrom(PARTY).where(PARTY.ID.eq(id.value())).fetchOptional(Rows::party);
    }

    /** The ids among {@code ids} that name a registered party. */
    public Set<RegisteredPartyId> existing(Collection<RegisteredPartyId> ids) {
        return new HashSet<>(dsl.select(PARTY.ID).from(PARTY).where(PARTY.ID.in(uuids(ids)))
                .fetch(r -> new RegisteredPartyId(r.value1())));
    }

    /** Active (not archived) parties, alphabetically. */
    public List<RegisteredParty> listActive(int limit, int offset) {
        return dsl.selectFrom(PARTY).where(PARTY.ARCHIVED_AT.isNull())
                .orderBy(org.jooq.impl.DSL.lower(PARTY.NAME), PARTY.ID)
                .limit(limit).offset(offset)
                .fetch(Rows::party);
    }

    public int countActive() {
        return dsl.fetchCount(PARTY, PARTY.ARCHIVED_AT.isNull());
    }

    /** Every recorded version of a party's facts, latest valid-from first. */
    public List<PartyVersion> versions(RegisteredPartyId id) {
        return dsl.selectFrom(PARTY_VERSION).where(PARTY_VERSION.PARTY_ID.eq(id.value()))
                .orderBy(PARTY_VERSION.VALID_FROM.desc(), PARTY_VERSION.RECORDED_AT.desc(), PARTY_VERSION.ID.desc())
                .fetch(Rows::version);
    }

    /** The facts in force on {@code asOf} of each of {@code ids} that has a version in force then. */
    public Map<RegisteredPartyId, PartyFacts> factsAsOf(Collection<RegisteredPartyId> ids, LocalDate asOf) {
        return factsWhere(PARTY_VERSION.PARTY_ID.in(uuids(ids)), asOf);
    }

    public Optional<OwnershipEdge> findEdge(OwnershipEdgeId id) {
        return dsl.selectFrom(OWNERSHIP_EDGE).where(OWNERSHIP_EDGE.ID.eq(id.value())).fetchOptional(Rows::edge);
    }

    /** Every edge ever recorded into {@code owned}, archived ones included, oldest first. */
    public List<OwnershipEdge> ownerHistory(RegisteredPartyId owned) {
        return dsl.selectFrom(OWNERSHIP_EDGE).where(OWNERSHIP_EDGE.OWNED_PARTY_ID.eq(owned.value()))
                .orderBy(OWNERSHIP_EDGE.VALID_FROM, OWNERSHIP_EDGE.CREATED_AT, OWNERSHIP_EDGE.ID)
                .fetch(Rows::edge);
    }

    /**
     * The graph in force on {@code asOf} reachable upwards from {@code starts}: the parties, their owners, employers
     * and head offices, transitively. Loads one level per round trip; cycles terminate.
     */
    public OwnershipGraph graphAbove(Collection<RegisteredPartyId> starts, LocalDate asOf) {
        Map<RegisteredPartyId, RegisteredParty> parties = new LinkedHashMap<>();
        Map<RegisteredPartyId, PartyFacts> facts = new HashMap<>();
        List<OwnershipEdge> edges = new ArrayList<>();
        List<Employment> employments = new ArrayList<>();
        Set<RegisteredPartyId> frontier = new LinkedHashSet<>(starts);
        while (!frontier.isEmpty()) {
            List<UUID> ids = uuids(frontier);
            dsl.selectFrom(PARTY).where(PARTY.ID.in(ids)).fetch(Rows::party).forEach(p -> parties.put(p.id(), p));
            for (RegisteredPartyId id : frontier) {
                if (!parties.containsKey(id)) {
                    throw new IllegalArgumentException("no party " + id);
                }
            }
            facts.putAll(factsWhere(PARTY_VERSION.PARTY_ID.in(ids), asOf));
            List<OwnershipEdge> level = dsl.selectFrom(OWNERSHIP_EDGE)
                    .where(OWNERSHIP_EDGE.OWNED_PARTY_ID.in(ids).and(edgeInForce(asOf)))
                    .fetch(Rows::edge);
            List<Employment> jobs = dsl.selectFrom(EMPLOYMENT)
                    .where(EMPLOYMENT.INDIVIDUAL_PARTY_ID.in(ids).and(employmentInForce(asOf)))
                    .fetch(r -> new Employment(new RegisteredPartyId(r.getIndividualPartyId()),
                            new RegisteredPartyId(r.getEmployerPartyId()), new Validity(r.getValidFrom(), r.getValidTo())));
            edges.addAll(level);
            employments.addAll(jobs);
            Set<RegisteredPartyId> next = new LinkedHashSet<>();
            level.forEach(e -> next.add(e.owner()));
            jobs.forEach(e -> next.add(e.employer()));
            for (RegisteredPartyId id : frontier) {
                PartyFacts f = facts.get(id);
                if (f != null && f.branchOf() != null) {
                    next.add(f.branchOf());
                }
            }
            next.removeAll(parties.keySet());
            frontier = next;
        }
        return graph(asOf, parties, facts, edges, employments);
    }

    /**
     * Every party whose status may depend on one of {@code starts}: owned by it (transitively), employed by it, or a
     * branch of it, through edges and links that are not archived, whatever their dates.
     */
    public Set<RegisteredPartyId> below(Collection<RegisteredPartyId> starts) {
        Set<RegisteredPartyId> seen = new LinkedHashSet<>(starts);
        Set<RegisteredPartyId> frontier = new LinkedHashSet<>(starts);
        while (!frontier.isEmpty()) {
            List<UUID> ids = uuids(frontier);
            Set<RegisteredPartyId> next = new LinkedHashSet<>();
            dsl.select(OWNERSHIP_EDGE.OWNED_PARTY_ID).from(OWNERSHIP_EDGE)
                    .where(OWNERSHIP_EDGE.OWNER_PARTY_ID.in(ids).and(OWNERSHIP_EDGE.ARCHIVED_AT.isNull()))
                    .fetch(r -> next.add(new RegisteredPartyId(r.value1())));
            dsl.select(EMPLOYMENT.INDIVIDUAL_PARTY_ID).from(EMPLOYMENT)
                    .where(EMPLOYMENT.EMPLOYER_PARTY_ID.in(ids).and(EMPLOYMENT.ARCHIVED_AT.isNull()))
                    .fetch(r -> next.add(new RegisteredPartyId(r.value1())));
            dsl.selectDistinct(PARTY_VERSION.PARTY_ID).from(PARTY_VERSION)
                    .where(PARTY_VERSION.BRANCH_OF.in(ids))
                    .fetch(r -> next.add(new RegisteredPartyId(r.value1())));
            next.removeAll(seen);
            seen.addAll(next);
            frontier = next;
        }
        seen.removeAll(starts);
        return seen;
    }

    /** Bulk loader for batch recomputation: every party and every edge and link in force on {@code asOf}. */
    public OwnershipGraph all(LocalDate asOf) {
        Map<RegisteredPartyId, RegisteredParty> parties = new LinkedHashMap<>();
        dsl.selectFrom(PARTY).orderBy(PARTY.ID).fetch(Rows::party).forEach(p -> parties.put(p.id(), p));
        Map<RegisteredPartyId, PartyFacts> facts = factsWhere(org.jooq.impl.DSL.trueCondition(), asOf);
        List<OwnershipEdge> edges = dsl.selectFrom(OWNERSHIP_EDGE).where(edgeInForce(asOf)).fetch(Rows::edge);
        List<Employment> employments = dsl.selectFrom(EMPLOYMENT).where(employmentInForce(asOf))
                .fetch(r -> new Employment(new RegisteredPartyId(r.getIndividualPartyId()),
                        new RegisteredPartyId(r.getEmployerPartyId()), new Validity(r.getValidFrom(), r.getValidTo())));
        return graph(asOf, parties, facts, edges, employments);
    }

    public Optional<CoveredStatus> latestStatus(RegisteredPartyId id) {
        return Optional.ofNullable(latestStatuses(List.of(id)).get(id));
    }

    /** The current (latest stored) determination of each of {@code ids} that has one. */
    public Map<RegisteredPartyId, CoveredStatus> latestStatuses(Collection<RegisteredPartyId> ids) {
        Map<RegisteredPartyId, CoveredStatus> out = new HashMap<>();
        dsl.selectDistinct(COVERED_PERSON_DETERMINATION.fields()).on(COVERED_PERSON_DETERMINATION.PARTY_ID)
                .from(COVERED_PERSON_DETERMINATION)
                .where(COVERED_PERSON_DETERMINATION.PARTY_ID.in(uuids(ids)))
                .orderBy(COVERED_PERSON_DETERMINATION.PARTY_ID, COVERED_PERSON_DETERMINATION.COMPUTED_AT.desc(),
                        COVERED_PERSON_DETERMINATION.ID.desc())
                .fetchInto(COVERED_PERSON_DETERMINATION)
                .forEach(r -> out.put(new RegisteredPartyId(r.getPartyId()), Rows.status(r)));
        return out;
    }

    /** Every stored determination of a party, latest first. */
    public List<CoveredStatus> statusHistory(RegisteredPartyId id) {
        return dsl.selectFrom(COVERED_PERSON_DETERMINATION)
                .where(COVERED_PERSON_DETERMINATION.PARTY_ID.eq(id.value()))
                .orderBy(COVERED_PERSON_DETERMINATION.COMPUTED_AT.desc(), COVERED_PERSON_DETERMINATION.ID.desc())
                .fetch(Rows::status);
    }

    /** The party a vendor is linked to, if any; empty also when there is no such vendor. */
    public Optional<RegisteredPartyId> partyOfVendor(VendorId vendor) {
        return dsl.select(VENDOR.PARTY_ID).from(VENDOR).where(VENDOR.ID.eq(vendor.value()))
                .fetchOptional(r -> r.value1()).filter(java.util.Objects::nonNull).map(RegisteredPartyId::new);
    }

    private Map<RegisteredPartyId, PartyFacts> factsWhere(Condition which, LocalDate asOf) {
        Map<RegisteredPartyId, PartyFacts> out = new HashMap<>();
        dsl.selectDistinct(PARTY_VERSION.fields()).on(PARTY_VERSION.PARTY_ID)
                .from(PARTY_VERSION)
                .where(which.and(inForce(PARTY_VERSION.VALID_FROM, PARTY_VERSION.VALID_TO, asOf)))
                .orderBy(PARTY_VERSION.PARTY_ID, PARTY_VERSION.VALID_FROM.desc(), PARTY_VERSION.RECORDED_AT.desc(),
                        PARTY_VERSION.ID.desc())
                .fetchInto(PARTY_VERSION)
                .forEach(r -> out.put(new RegisteredPartyId(r.getPartyId()), Rows.facts(r)));
        return out;
    }

    /**
     * NB: a government's country is what it is, not a fact that changes; before its first version is in force we
     * still know it, so it comes from the earliest version. Other parties without facts in force have none.
     */
    private OwnershipGraph graph(LocalDate asOf, Map<RegisteredPartyId, RegisteredParty> parties,
                                 Map<RegisteredPartyId, PartyFacts> facts, List<OwnershipEdge> edges,
                                 List<Employment> employments) {
        List<UUID> governmentsWithoutFacts = parties.values().stream()
                .filter(p -> p.kind() == PartyKind.GOVERNMENT && !facts.containsKey(p.id()))
                .map(p -> p.id().value()).toList();
        Map<RegisteredPartyId, PartyFacts> earliest = new HashMap<>();
        if (!governmentsWithoutFacts.isEmpty()) {
            dsl.selectDistinct(PARTY_VERSION.fields()).on(PARTY_VERSION.PARTY_ID)
                    .from(PARTY_VERSION)
                    .where(PARTY_VERSION.PARTY_ID.in(governmentsWithoutFacts))
                    .orderBy(PARTY_VERSION.PARTY_ID, PARTY_VERSION.VALID_FROM, PARTY_VERSION.RECORDED_AT)
                    .fetchInto(PARTY_VERSION)
                    .forEach((PartyVersionRecord r) -> earliest.put(new RegisteredPartyId(r.getPartyId()), Rows.facts(r)));
        }
        Map<RegisteredPartyId, OwnershipGraph.Node> nodes = new LinkedHashMap<>();
        for (RegisteredParty p : parties.values()) {
            PartyFacts f = facts.getOrDefault(p.id(), earliest.getOrDefault(p.id(), PartyFacts.UNKNOWN));
            nodes.put(p.id(), new OwnershipGraph.Node(p, f));
        }
        return new OwnershipGraph(asOf, nodes, edges, employments);
    }

    private static Condition edgeInForce(LocalDate asOf) {
        return OWNERSHIP_EDGE.ARCHIVED_AT.isNull()
                .and(inForce(OWNERSHIP_EDGE.VALID_FROM, OWNERSHIP_EDGE.VALID_TO, asOf));
    }

    private static Condition employmentInForce(LocalDate asOf) {
        return EMPLOYMENT.ARCHIVED_AT.isNull().and(inForce(EMPLOYMENT.VALID_FROM, EMPLOYMENT.VALID_TO, asOf));
    }

    private static Condition inForce(Field<LocalDate> from, Field<LocalDate> to, LocalDate asOf) {
        return from.le(asOf).and(to.isNull().or(to.gt(asOf)));
    }

    private static List<UUID> uuids(Collection<RegisteredPartyId> ids) {
        return ids.stream().map(RegisteredPartyId::value).distinct().toList();
    }
}
