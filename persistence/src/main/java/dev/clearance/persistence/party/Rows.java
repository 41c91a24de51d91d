package dev.clearance.persistence.party;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.classification.RuleSetVersion;
import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.PartyVersion;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.persistence.jooq.tables.records.CoveredPersonDeterminationRecord;
import dev.clearance.persistence.jooq.tables.records.OwnershipEdgeRecord;
import dev.clearance.persistence.jooq.tables.records.PartyRecord;
import dev.clearance.persistence.jooq.tables.records.PartyVersionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Row ↔ domain mapping shared by the party stores and queries. */
final class Rows {
    /** Separates party ids in a stored path. */
    static final String PATH_SEPARATOR = ">";
    /** Separates the section from the sentence in a stored finding. */
    static final String FINDING_SEPARATOR = "|";

    private Rows() {
    }

    static RegisteredParty party(PartyRecord r) {
        return new RegisteredParty(new RegisteredPartyId(r.getId()), PartyKind.valueOf(r.getKind()), r.getName(),
                Arrays.asList(r.getAliases()), r.getRegistrationNumber(), r.getLei(), instant(r.getCreatedAt()),
                r.getCreatedBy(), r.getArchivedAt() == null ? null : instant(r.getArchivedAt()));
    }

    static PartyVersion version(PartyVersionRecord r) {
        return new PartyVersion(r.getId(), new RegisteredPartyId(r.getPartyId()),
                new Validity(r.getValidFrom(), r.getValidTo()), facts(r), instant(r.getRecordedAt()), r.getRecordedBy());
    }

    static PartyFacts facts(PartyVersionRecord r) {
        return new PartyFacts(countries(r.getOrganizedIn()), country(r.getPrincipalPlaceOfBusiness()),
                r.getUsStatus() == null ? null : UsStatus.valueOf(r.getUsStatus()), countries(r.getCitizenships()),
                country(r.getLocatedIn()), country(r.getPrimaryResidence()), country(r.getCountry()),
                Boolean.TRUE.equals(r.getDesignatedCoveredPerson()), Relationship.valueOf(r.getRelationship()),
                r.getBranchOf() == null ? null : new RegisteredPartyId(r.getBranchOf()));
    }

    static OwnershipEdge edge(OwnershipEdgeRecord r) {
        return new OwnershipEdge(new OwnershipEdgeId(r.getId()), new RegisteredPartyId(r.getOwnerPartyId()),
                new RegisteredPartyId(r.getOwnedPartyId()), new Percent(r.getPercent()),
                new Validity(r.getValidFrom(), r.getValidTo()), r.getSource(), instant(r.getCreatedAt()),
                r.getCreatedBy(), r.getArchivedAt() == null ? null : instant(r.getArchivedAt()));
    }

    static CoveredStatus status(CoveredPersonDeterminationRecord r) {
        List<List<RegisteredPartyId>> paths = Arrays.stream(r.getPaths())
                .map(p -> Arrays.stream(p.split(PATH_SEPARATOR)).map(RegisteredPartyId::parse).toList())
                .toList();
        List<CoveredStatus.Finding> findings = Arrays.stream(r.getFindings()).map(f -> {
            int bar = f.indexOf(FINDING_SEPARATOR);
            return new CoveredStatus.Finding(f.substring(0, bar), f.substring(bar + 1));
        }).toList();
        return new CoveredStatus(new RegisteredPartyId(r.getPartyId()), r.getAsOf(), r.getCovered(), r.getUsPerson(),
                r.getCountryOfConcern(), Arrays.stream(r.getLimbs()).map(CoveredPersonLimb::valueOf).toList(),
                new Percent(r.getCoveredOwnershipPercent()), paths, findings,
                new RuleSetVersion(r.getRuleSetVersion()), r.getInputHash(), instant(r.getComputedAt()),
                r.getComputedBy());
    }

    static String[] codes(List<CountryCode> countries) {
        return countries.stream().map(CountryCode::value).toArray(String[]::new);
    }

    static @Nullable String code(@Nullable CountryCode country) {
        return country == null ? null : country.value();
    }

    private static List<CountryCode> countries(String @Nullable [] codes) {
        return codes == null ? List.of() : Arrays.stream(codes).map(CountryCode::of).toList();
    }

    private static @Nullable CountryCode country(@Nullable String code) {
        return code == null ? null : CountryCode.of(code);
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
