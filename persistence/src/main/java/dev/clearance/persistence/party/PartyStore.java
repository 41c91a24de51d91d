package dev.clearance.persistence.party;

import static dev.clearance.persistence.jooq.Tables.COVERED_PERSON_DETERMINATION;
import static dev.clearance.persistence.jooq.Tables.EMPLOYMENT;
import static dev.clearance.persistence.jooq.Tables.PARTY;
import static dev.clearance.persistence.jooq.Tables.PARTY_VERSION;
import static dev.clearance.persistence.jooq.Tables.VENDOR;

import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.Employment;
import dev.clearance.domain.ownership.NewParty;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.PartyVersion;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.vendor.VendorId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Writes parties, fact versions, employment links and determinations. Runs inside the caller's transaction. */
public final class PartyStore {
    /** NB: one advisory-lock key serializes graph changes, so two recomputations never see each other half-done. */
    private static final long GRAPH_LOCK = 0x4f776e6572736869L;

    private final DSLContext dsl;

    public PartyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Serializes changes to the ownership graph until the current transaction ends. */
    public void lockGraph() {
        dsl.execute("select pg_advisory_xact_lock(?)", GRAPH_LOCK);
    }

    public RegisteredParty insert(RegisteredPartyId id, NewParty party, Instant at, String by) {
        dsl.insertInto(PARTY)
                .set(PARTY.ID, id.value())
                .set(PARTY.KIND, party.kind().name())
                .set(PARTY.NAME, party.name())
                .set(PARTY.ALIASES, party.aliases().toArray(String[]::new))
                .set(PARTY.REGISTRATION_NUMBER, party.registrationNumber())
                .set(PARTY.LEI, party.lei())
                .set(PARTY.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(PARTY.CREATED_BY, by)
                .execute();
        return new RegisteredParty(id, party.kind(), party.name(), party.aliases(), party.registrationNumber(),
                party.lei(), at, by, null);
    }

    public PartyVersion insertVersion(UUID id, RegisteredPartyId party, Validity validity, PartyFacts facts,
                                      Instant at, String by) {
        dsl.insertInto(PARTY_VERSION)
                .set(PARTY_VERSION.ID, id)
                .set(PARTY_VERSION.PARTY_ID, party.value())
                .set(PARTY_VERSION.VALID_FROM, validity.from())
                .set(PARTY_VERSION.VALID_TO, validity.to())
                .set(PARTY_VERSION.ORGANIZED_IN, Rows.codes(facts.organizedIn()))
                .set(PARTY_VERSION.PRINCIPAL_PLACE_OF_BUSINESS, Rows.code(facts.principalPlaceOfBusiness()))
                .set(PARTY_VERSION.US_STATUS, facts.usStatus() == null ? null : facts.usStatus().name())
                .set(PARTY_VERSION.CITIZENSHIPS, Rows.codes(facts.citizenships()))
                .set(PARTY_VERSION.LOCATED_IN, Rows.code(facts.locatedIn()))
                .set(PARTY_VERSION.PRIMARY_RESIDENCE, Rows.code(facts.primaryResidence()))
                .set(PARTY_VERSION.COUNTRY, Rows.code(facts.country()))
                .set(PARTY_VERSION.DESIGNATED_COVERED_PERSON, facts.designatedCoveredPerson())
                .set(PARTY_VERSION.RELATIONSHIP, facts.relationship().name())
                .set(PARTY_VERSION.BRANCH_OF, facts.branchOf() == null ? null : facts.branchOf().value())
                .set(PARTY_VERSION.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(PARTY_VERSION.RECORDED_BY, by)
                .execute();
        return new PartyVersion(id, party, validity, facts, at, by);
    }

    public void insertEmployment(UUID id, Employment employment, boolean contractor, Instant at, String by) {
        dsl.insertInto(EMPLOYMENT)
                .set(EMPLOYMENT.ID, id)
                .set(EMPLOYMENT.INDIVIDUAL_PARTY_ID, employment.individual().value())
                .set(EMPLOYMENT.EMPLOYER_PARTY_ID, employment.employer().value())
                .set(EMPLOYMENT.KIND, contractor ? "CONTRACTOR" : "EMPLOYEE")
                .set(EMPLOYMENT.VALID_FROM, employment.validity().from())
                .set(EMPLOYMENT.VALID_TO, employment.validity().to())
                .set(EMPLOYMENT.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(EMPLOYMENT.CREATED_BY, by)
                .execute();
    }

    /** An employment as stored, for ending it. */
    public record EmploymentRow(UUID id, RegisteredPartyId individual, RegisteredPartyId employer, boolean contractor,
                                java.time.LocalDate validFrom, java.time.@org.jspecify.annotations.Nullable LocalDate validTo,
                                boolean archived) {
    }

    /** The employment, locked for the rest of the transaction; empty when there is none. */
    public java.util.Optional<EmploymentRow> employment(UUID id) {
        return dsl.selectFrom(EMPLOYMENT).where(EMPLOYMENT.ID.eq(id)).forUpdate().fetchOptional()
                .map(r -> new EmploymentRow(r.getId(), new RegisteredPartyId(r.getIndividualPartyId()),
                        new RegisteredPartyId(r.getEmployerPartyId()), "CONTRACTOR".equals(r.getKind()),
                        r.getValidFrom(), r.getValidTo(), r.getArchivedAt() != null));
    }

    /** Sets an employment's (exclusive) end date and records who ended it when. */
    public void endEmployment(UUID id, java.time.LocalDate validTo, Instant at, String by) {
        dsl.update(EMPLOYMENT)
                .set(EMPLOYMENT.VALID_TO, validTo)
                .set(EMPLOYMENT.ENDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(EMPLOYMENT.ENDED_BY, by)
                .where(EMPLOYMENT.ID.eq(id))
                .execute();
    }

    /** Links a vendor to the party it is; false when no such vendor exists. */
    public boolean linkVendor(VendorId vendor, RegisteredPartyId party) {
        return dsl.update(VENDOR)
                .set(VENDOR.PARTY_ID, party.value())
                .set(VENDOR.VERSION, VENDOR.VERSION.plus(1))
                .where(VENDOR.ID.eq(vendor.value()))
                .execute() == 1;
    }

    public void insertDetermination(UUID id, CoveredStatus status) {
        dsl.insertInto(COVERED_PERSON_DETERMINATION)
                .set(COVERED_PERSON_DETERMINATION.ID, id)
                .set(COVERED_PERSON_DETERMINATION.PARTY_ID, status.party().value())
                .set(COVERED_PERSON_DETERMINATION.AS_OF, status.asOf())
                .set(COVERED_PERSON_DETERMINATION.COMPUTED_AT, status.computedAt().atOffset(ZoneOffset.UTC))
                .set(COVERED_PERSON_DETERMINATION.COVERED, status.covered())
                .set(COVERED_PERSON_DETERMINATION.US_PERSON, status.usPerson())
                .set(COVERED_PERSON_DETERMINATION.COUNTRY_OF_CONCERN, status.countryOfConcern())
                .set(COVERED_PERSON_DETERMINATION.LIMBS, status.limbs().stream().map(Enum::name).toArray(String[]::new))
                .set(COVERED_PERSON_DETERMINATION.COVERED_OWNERSHIP_PERCENT, status.coveredOwnership().value())
                .set(COVERED_PERSON_DETERMINATION.PATHS, status.paths().stream()
                        .map(p -> p.stream().map(RegisteredPartyId::toString)
                                .collect(Collectors.joining(Rows.PATH_SEPARATOR)))
                        .toArray(String[]::new))
                .set(COVERED_PERSON_DETERMINATION.FINDINGS, status.findings().stream()
                        .map(f -> f.section() + Rows.FINDING_SEPARATOR + f.text()).toArray(String[]::new))
                .set(COVERED_PERSON_DETERMINATION.RULE_SET_VERSION, status.ruleSetVersion().value())
                .set(COVERED_PERSON_DETERMINATION.INPUT_HASH, status.inputHash())
                .set(COVERED_PERSON_DETERMINATION.COMPUTED_BY, status.computedBy())
                .execute();
    }
}
