package dev.clearance.persistence.party;

import static dev.clearance.persistence.jooq.Tables.COVERED_PERSON_DETERMINATION;
import static dev.clearance.persistence.jooq.Tables.EMPLOYMENT;
import static dev.clearance.persistence.jooq.Tables.OWNERSHIP_EDGE;
import static dev.clearance.persistence.jooq.Tables.PARTY;

import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.EdgeHistoryEntry;
import dev.clearance.domain.ownership.Employment;
import dev.clearance.domain.ownership.PersonLink;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** The history views of a party's links: every ownership edge into it and every person working for it. */
public final class PartyLinkQueries {
    private final DSLContext dsl;

    public PartyLinkQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every edge ever recorded into {@code owned}, archived ones included, with who archived them. */
    public List<EdgeHistoryEntry> ownerHistory(RegisteredPartyId owned) {
        return dsl.selectFrom(OWNERSHIP_EDGE).where(OWNERSHIP_EDGE.OWNED_PARTY_ID.eq(owned.value()))
                .orderBy(OWNERSHIP_EDGE.VALID_FROM, OWNERSHIP_EDGE.CREATED_AT, OWNERSHIP_EDGE.ID)
                .fetch(r -> new EdgeHistoryEntry(Rows.edge(r), r.getArchivedBy(), r.getArchiveReason()));
    }

    /** Every individual recorded as employee or contractor of {@code employer}, archived links included. */
    public List<PersonLink> people(RegisteredPartyId employer) {
        var rows = dsl.select(EMPLOYMENT.fields()).select(PARTY.fields())
                .from(EMPLOYMENT).join(PARTY).on(PARTY.ID.eq(EMPLOYMENT.INDIVIDUAL_PARTY_ID))
                .where(EMPLOYMENT.EMPLOYER_PARTY_ID.eq(employer.value()))
                .orderBy(PARTY.NAME, EMPLOYMENT.VALID_FROM, EMPLOYMENT.ID)
                .fetch();
        List<UUID> individuals = rows.map(r -> r.get(EMPLOYMENT.INDIVIDUAL_PARTY_ID));
        Map<UUID, CoveredStatus> statuses = new HashMap<>();
        dsl.selectDistinct(COVERED_PERSON_DETERMINATION.fields()).on(COVERED_PERSON_DETERMINATION.PARTY_ID)
                .from(COVERED_PERSON_DETERMINATION)
                .where(COVERED_PERSON_DETERMINATION.PARTY_ID.in(individuals))
                .orderBy(COVERED_PERSON_DETERMINATION.PARTY_ID, COVERED_PERSON_DETERMINATION.COMPUTED_AT.desc(),
                        COVERED_PERSON_DETERMINATION.ID.desc())
                .fetchInto(COVERED_PERSON_DETERMINATION)
                .forEach(r -> statuses.put(r.getPartyId(), Rows.status(r)));
        return rows.map(r -> {
            var e = r.into(EMPLOYMENT);
            var individual = Rows.party(r.into(PARTY));
            return new PersonLink(e.getId(), individual,
                    new Employment(individual.id(), new RegisteredPartyId(e.getEmployerPartyId()),
                            new Validity(e.getValidFrom(), e.getValidTo())),
                    "CONTRACTOR".equals(e.getKind()), e.getCreatedAt().toInstant(), e.getCreatedBy(),
                    e.getArchivedAt() == null ? null : e.getArchivedAt().toInstant(),
                    statuses.get(individual.id().value()));
        });
    }
}
