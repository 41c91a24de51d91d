package dev.clearance.api.party;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.EdgeHistoryEntry;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.PersonLink;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.shared.CountryCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Response bodies of the party endpoints. Domain records are never serialized directly. NB: fields are always
 * written, empty lists and nulls included, so that {@code "paths": []} and {@code "limbs": []} are explicit.
 */
public final class PartyViews {
    private PartyViews() {
    }

    static List<String> citations(List<CoveredPersonLimb> limbs) {
        return limbs.stream().map(l -> l.citation().value()).toList();
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FactsView(@Nullable LocalDate validFrom, @Nullable LocalDate validTo, List<String> organizedIn,
                            @Nullable String principalPlaceOfBusiness, @Nullable String usStatus,
                            List<String> citizenships, @Nullable String locatedIn, @Nullable String primaryResidence,
                            @Nullable String country, boolean designatedCoveredPerson, String relationship,
                            @Nullable UUID branchOf) {
        static FactsView of(PartyFacts f, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
            return new FactsView(validFrom, validTo, f.organizedIn().stream().map(CountryCode::value).toList(),
                    code(f.principalPlaceOfBusiness()), f.usStatus() == null ? null : f.usStatus().name(),
                    f.citizenships().stream().map(CountryCode::value).toList(), code(f.locatedIn()),
                    code(f.primaryResidence()), code(f.country()), f.designatedCoveredPerson(),
                    f.relationship().name(), f.branchOf() == null ? null : f.branchOf().value());
        }

        private static @Nullable String code(@Nullable CountryCode c) {
            return c == null ? null : c.value();
        }
    }

    /** The stored current status of a party. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StatusSummary(boolean covered, boolean usPerson, boolean countryOfConcern, List<String> limbs,
                                BigDecimal coveredOwnershipPercent, LocalDate asOf, Instant determinedAt,
                                String ruleSetVersion, String inputHash) {
        static StatusSummary of(CoveredStatus s) {
            return new StatusSummary(s.covered(), s.usPerson(), s.countryOfConcern(), citations(s.limbs()),
                    s.coveredOwnership().value(), s.asOf(), s.computedAt(), s.ruleSetVersion().value(),
                    s.inputHash());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PartyView(UUID id, String kind, String name, List<String> aliases,
                            @Nullable String registrationNumber, @Nullable String lei, Instant createdAt,
                            String createdBy, @Nullable Instant archivedAt, @Nullable FactsView facts,
                            @Nullable StatusSummary coveredStatus) {
        static PartyView of(RegisteredParty p, @Nullable FactsView facts, @Nullable CoveredStatus status) {
            return new PartyView(p.id().value(), p.kind().name(), p.name(), p.aliases(), p.registrationNumber(),
                    p.lei(), p.createdAt(), p.createdBy(), p.archivedAt(), facts,
                    status == null ? null : StatusSummary.of(status));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PartyPage(List<PartyView> items, int total) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EdgeView(UUID id, UUID ownerPartyId, UUID ownedPartyId, BigDecimal percent, LocalDate validFrom,
                           @Nullable LocalDate validTo, String source, Instant createdAt, String createdBy,
                           @Nullable Instant archivedAt, @Nullable String archivedBy,
                           @Nullable String archiveReason) {
        static EdgeView of(OwnershipEdge e, @Nullable String archivedBy) {
            return of(e, archivedBy, null);
        }

        static EdgeView of(OwnershipEdge e, @Nullable String archivedBy, @Nullable String archiveReason) {
            return new EdgeView(e.id().value(), e.owner().value(), e.owned().value(), e.percent().value(),
                    e.validity().from(), e.validity().to(), e.source(), e.createdAt(), e.createdBy(), e.archivedAt(),
                    e.archivedAt() == null ? null : archivedBy, e.archivedAt() == null ? null : archiveReason);
        }

        static EdgeView of(EdgeHistoryEntry h) {
            return of(h.edge(), h.archivedBy(), h.archiveReason());
        }
    }

    /** A person working for a party, with the person's stored covered status. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PersonView(UUID employmentId, UUID partyId, String name, String kind, LocalDate validFrom,
                             @Nullable LocalDate validTo, Instant createdAt, String createdBy,
                             @Nullable Instant archivedAt, @Nullable StatusSummary coveredStatus) {
        static PersonView of(PersonLink p) {
            return new PersonView(p.employmentId(), p.individual().id().value(), p.individual().name(),
                    p.contractor() ? "CONTRACTOR" : "EMPLOYEE", p.employment().validity().from(),
                    p.employment().validity().to(), p.createdAt(), p.createdBy(), p.archivedAt(),
                    p.status() == null ? null : StatusSummary.of(p.status()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EmploymentView(UUID id, UUID individualPartyId, UUID employerPartyId, String kind,
                                 LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    /** An employment after it was ended: its new (exclusive) end date, and who ended it when. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EndedEmploymentView(UUID id, UUID individualPartyId, UUID employerPartyId, String kind,
                                      LocalDate validFrom, LocalDate validTo, Instant endedAt, String endedBy) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PathStep(UUID id, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Finding(String citation, String text) {
    }

    /** A covered-person determination as of a date, with the paths and sentences that explain it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CoveredPersonView(UUID partyId, LocalDate asOf, boolean covered, boolean usPerson,
                                    boolean countryOfConcern, List<String> limbs, BigDecimal coveredOwnershipPercent,
                                    List<List<PathStep>> paths, List<Finding> findings, String ruleSetVersion,
                                    String inputHash) {
        static CoveredPersonView of(CoveredStatus s, Map<RegisteredPartyId, String> names) {
            return new CoveredPersonView(s.party().value(), s.asOf(), s.covered(), s.usPerson(), s.countryOfConcern(),
                    citations(s.limbs()), s.coveredOwnership().value(),
                    s.paths().stream().map(p -> p.stream()
                            .map(id -> new PathStep(id.value(), names.getOrDefault(id, id.toString()))).toList())
                            .toList(),
                    s.findings().stream().map(f -> new Finding("28 CFR " + f.section(), f.text())).toList(),
                    s.ruleSetVersion().value(), s.inputHash());
        }
    }

    /** One node of the upward ownership tree; {@code cycle} marks a party already shown higher up this branch. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TreeNode(UUID id, String name, String kind, boolean covered, boolean countryOfConcern,
                           List<String> limbs, BigDecimal coveredOwnershipPercent, boolean cycle,
                           List<OwnerLink> owners) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OwnerLink(UUID edgeId, BigDecimal percent, LocalDate validFrom, @Nullable LocalDate validTo,
                            String source, TreeNode owner) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OwnershipTree(LocalDate asOf, TreeNode root) {
    }
}
