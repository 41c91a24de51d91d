package dev.clearance.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataExclusion;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.domain.transaction.GovernmentRelatedFlags;
import dev.clearance.domain.transaction.IdentifierType;
import dev.clearance.domain.transaction.InvestmentInstrument;
import dev.clearance.domain.transaction.InvestmentTerms;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.Facts;
import dev.clearance.rules.coveredperson.CoveredPersonDeterminer;
import dev.clearance.rules.requirements.CisaRequirementCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the classifier that must hold for any facts. */
class ClassificationPropertiesTest {

    private static final TransactionClassifier CLASSIFIER = TransactionClassifier.current();

    @Property
    void more_data_never_lowers_the_outcome(@ForAll("facts") TransactionFacts facts, @ForAll("dataSet") DataSet extra) {
        List<DataSet> more = new ArrayList<>(facts.data());
        more.add(extra);
        Outcome before = CLASSIFIER.classify(facts).outcome();
        Outcome after = CLASSIFIER.classify(facts.withData(more)).outcome();

        assertThat(after.severity()).as("%s then %s", before, after).isGreaterThanOrEqualTo(before.severity());
    }

    @Property
    void a_larger_count_never_lowers_the_outcome(@ForAll("facts") TransactionFacts facts,
            @ForAll @IntRange(min = 1, max = 200_000) int increase) {
        if (facts.data().isEmpty()) {
            return;
        }
        List<DataSet> more = new ArrayList<>(facts.data());
        DataSet first = more.get(0);
        more.set(0, first.withCount(first.count() + increase));

        assertThat(CLASSIFIER.classify(facts.withData(more)).outcome().severity())
                .isGreaterThanOrEqualTo(CLASSIFIER.classify(facts).outcome().severity());
    }

    @Property
    void more_covered_ownership_never_uncovers(@ForAll @BigRange(min = "0", max = "100") BigDecimal covered,
            @ForAll @BigRange(min = "0", max = "100") BigDecimal extra,
            @ForAll @BigRange(min = "0", max = "100") BigDecimal indirect) {
        Percent before = new Percent(covered.setScale(2, java.math.RoundingMode.DOWN));
        Percent after = before.plusCapped(new Percent(extra.setScale(2, java.math.RoundingMode.DOWN)));
        Percent viaHolding = new Percent(indirect.setScale(2, java.math.RoundingMode.DOWN));

        boolean coveredBefore = coveredWith(before, viaHolding);
        boolean coveredAfter = coveredWith(after, viaHolding);

        assertThat(!coveredBefore || coveredAfter).isTrue();
        assertThat(coveredBefore).isEqualTo(before.isAtLeast(Percent.of("50")));
    }

    private static boolean coveredWith(Percent cnStake, Percent holdingStake) {
        List<Party> parties = List.of(
                new Entity(PartyId.of("t"), "T", List.of(CountryCode.of("DE")), CountryCode.of("DE"),
                        List.of(new dev.clearance.domain.party.Stake(PartyId.of("h"), cnStake)), Relationship.NONE,
                        null, false),
                new Entity(PartyId.of("h"), "H", List.of(CountryCode.of("NL")), CountryCode.of("NL"),
                        List.of(new dev.clearance.domain.party.Stake(PartyId.of("cn"), Percent.HUNDRED),
                                new dev.clearance.domain.party.Stake(PartyId.of("t"), holdingStake)),
                        Relationship.NONE, null, false),
                Facts.entity("cn", "CN", "CN", "CN"));
        return CoveredPersonDeterminer.determine(PartyId.of("t"), PartyDirectory.of(parties)).coveredPerson();
    }

    @Property
    void bulk_omic_access_by_a_covered_person_is_always_prohibited(
            @ForAll("classes") TransactionType type,
            @ForAll("omic") DataCategory omic,
            @ForAll @IntRange(min = 1001, max = 5_000_000) int count,
            @ForAll("security") SecurityRequirementsStatus security,
            @ForAll("coveredCounterparty") Party counterparty) {
        Facts f = Facts.with(counterparty, Facts.entity("cn", "CN Parent", "CN", "CN")).type(type).security(security)
                .data(DataSet.of(omic, count));
        if (type == TransactionType.INVESTMENT) {
            f.investment(InvestmentInstrument.OTHER, "20", "20", true);
        }
        Classification c = CLASSIFIER.classify(f.build());

        assertThat(c.outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(c.decisiveCitation().value()).isEqualTo("28 CFR 202.303");
    }

    /**
     * 28 CFR 202.501 and 202.502 take a transaction out of the whole Part: a claim whose conditions the facts do
     * not contradict exempts every transaction that would otherwise be prohibited or restricted, whatever the class
     * (202.501: every class but data brokerage), the data volumes, the security status and the covered
     * counterparty (evasion, 202.304, aside).
     */
    @Property(tries = 500)
    void a_holding_communication_or_informational_materials_claim_always_exempts(
            @ForAll("classes") TransactionType type,
            @ForAll("coveredCounterparty") Party counterparty,
            @ForAll("dataSets") List<DataSet> data,
            @ForAll("security") SecurityRequirementsStatus security,
            @ForAll("wholePartClaims") ExemptionClaim claim,
            @ForAll("holdingConditions") ExemptionConditions conditions) {
        Facts f = Facts.with(counterparty, Facts.entity("cn", "CN Parent", "CN", "CN")).type(type).security(security)
                .data(data.toArray(DataSet[]::new));
        if (type == TransactionType.INVESTMENT) {
            f.investment(InvestmentInstrument.OTHER, "20", "20", true);
        }
        if (claim == ExemptionClaim.PERSONAL_COMMUNICATION && type == TransactionType.DATA_BROKERAGE) {
            return; // 202.501 never holds for brokerage: the data is what is sold (202.214); an example row shows it.
        }
        Outcome without = CLASSIFIER.classify(f.build()).outcome();
        Classification with = CLASSIFIER.classify(f.exempt(claim).conditions(conditions).build());

        if (without == Outcome.PROHIBITED || without == Outcome.RESTRICTED) {
            assertThat(with.outcome()).as("%s claimed on a %s transaction", claim, without).isEqualTo(Outcome.EXEMPT);
            assertThat(with.decisiveCitation().value()).isEqualTo("28 CFR " + claim.section());
            assertThat(with.requirements()).isEmpty();
        } else {
            assertThat(with.outcome()).isEqualTo(without);
        }
    }

    @Provide
    Arbitrary<List<DataSet>> dataSets() {
        return dataSet().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<ExemptionClaim> wholePartClaims() {
        return Arbitraries.of(ExemptionClaim.PERSONAL_COMMUNICATION, ExemptionClaim.INFORMATIONAL_MATERIALS);
    }

    @Provide
    Arbitrary<ExemptionConditions> holdingConditions() {
        Arbitrary<Boolean> nullOrFalse = Arbitraries.of(false).injectNull(0.5);
        Arbitrary<Boolean> nullOrTrue = Arbitraries.of(true).injectNull(0.5);
        return Combinators.combine(nullOrFalse, nullOrTrue, nullOrTrue, nullOrFalse, nullOrFalse, nullOrFalse)
                .as(ExemptionConditions::new);
    }

    @Property
    void every_restricted_result_lists_the_cisa_requirements(@ForAll("facts") TransactionFacts facts) {
        Classification c = CLASSIFIER.classify(facts);
        if (c.outcome() == Outcome.RESTRICTED) {
            assertThat(c.requirements()).containsAll(CisaRequirementCatalog.forRestrictedTransaction());
            assertThat(c.requirements()).allMatch(RequirementId::isCisa);
        }
    }

    @Property
    void evaluation_is_deterministic(@ForAll("facts") TransactionFacts facts) {
        Classification first = CLASSIFIER.classify(facts);
        Classification second = TransactionClassifier.current().classify(facts);

        assertThat(second).isEqualTo(first);
    }

    @Property
    void every_result_has_a_decisive_citation_and_a_trace(@ForAll("facts") TransactionFacts facts) {
        Classification c = CLASSIFIER.classify(facts);

        assertThat(c.citations().get(0).value()).startsWith("28 CFR 202.");
        assertThat(c.reasons()).isNotEmpty();
        if (!c.counterparty().isCountryOfConcernOrCoveredPerson() && c.outcome() != Outcome.NOT_COVERED) {
            assertThat(c.outcome()).isIn(Outcome.PROHIBITED, Outcome.EXEMPT, Outcome.AUTHORIZED_BY_LICENSE);
        }
    }

    // --- generators

    @Provide
    Arbitrary<TransactionType> classes() {
        return Arbitraries.of(TransactionType.DATA_BROKERAGE, TransactionType.VENDOR, TransactionType.EMPLOYMENT,
                TransactionType.INVESTMENT);
    }

    @Provide
    Arbitrary<DataCategory> omic() {
        return Arbitraries.of(DataCategory.HUMAN_GENOMIC, DataCategory.HUMAN_EPIGENOMIC, DataCategory.HUMAN_PROTEOMIC,
                DataCategory.HUMAN_TRANSCRIPTOMIC, DataCategory.HUMAN_BIOSPECIMENS);
    }

    @Provide
    Arbitrary<SecurityRequirementsStatus> security() {
        return Arbitraries.of(SecurityRequirementsStatus.class);
    }

    @Provide
    Arbitrary<Party> coveredCounterparty() {
        return Arbitraries.of(
                Facts.entity("cp", "CN Co.", "CN", "CN"),
                Facts.entity("cp", "HK Ltd.", "HK", "HK"),
                Facts.entity("cp", "Owned GmbH", "DE", "DE", Facts.stake("cn", "50")),
                Facts.person("cp", null, "RU", "RU", "RU"),
                Facts.government("cp", "IR"),
                Facts.designated(Facts.usEntity("cp", "Designated LLC")));
    }

    @Provide
    Arbitrary<Party> anyCounterparty() {
        return Arbitraries.of(
                Facts.entity("cp", "CN Co.", "CN", "CN"),
                Facts.entity("cp", "UK Ltd.", "GB", "GB"),
                Facts.usEntity("cp", "US Inc."),
                Facts.entity("cp", "Owned GmbH", "DE", "DE", Facts.stake("cn", "49.99")),
                Facts.related(Facts.entity("cp", "Sub Co.", "CN", "CN"), Relationship.SUBSIDIARY),
                Facts.person("cp", null, "CN", "US", "CN"),
                Facts.person("cp", null, "CN", "CN", "CN"),
                Facts.government("cp", "VE"));
    }

    @Provide
    Arbitrary<DataSet> dataSet() {
        Arbitrary<DataCategory> category = Arbitraries.of(DataCategory.class);
        Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
                Arbitraries.longs().between(0, 300_000));
        Arbitrary<Set<IdentifierType>> identifiers = Arbitraries.of(IdentifierType.class).set().ofMaxSize(3);
        Arbitrary<DataExclusion> exclusion = Arbitraries.of(DataExclusion.class).injectNull(0.8);
        return Combinators.combine(category, count, identifiers, Arbitraries.of(true, false), exclusion,
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((c, n, ids, linked, excl, therapeutic, anon) -> new DataSet(c, n,
                        c == DataCategory.LISTED_IDENTIFIERS ? ids : Set.of(),
                        c == DataCategory.LISTED_IDENTIFIERS && linked, excl,
                        c == DataCategory.HUMAN_BIOSPECIMENS && therapeutic, anon));
    }

    @Provide
    Arbitrary<TransactionFacts> facts() {
        Arbitrary<TransactionType> type = Arbitraries.of(TransactionType.class);
        Arbitrary<List<DataSet>> data = dataSet().list().ofMaxSize(3);
        Arbitrary<List<PriorTransaction>> priors = Combinators.combine(
                        Arbitraries.integers().between(0, 500), dataSet().list().ofMaxSize(2))
                .as((daysBefore, sets) -> new PriorTransaction(LocalDate.of(2025, 11, 3).minusDays(daysBefore), sets))
                .list().ofMaxSize(2);
        Arbitrary<List<ExemptionClaim>> exemptions = Arbitraries.of(ExemptionClaim.class).list().ofMaxSize(2);
        Arbitrary<GovernmentRelatedFlags> grd = Combinators.combine(Arbitraries.of(false, false, true), Arbitraries.of(false, false, true))
                .as(GovernmentRelatedFlags::new);
        Arbitrary<InvestmentTerms> investment = Combinators.combine(Arbitraries.of(InvestmentInstrument.class),
                        Arbitraries.of("5", "9.99", "10", "30"), Arbitraries.of(true, false))
                .as((i, p, x) -> new InvestmentTerms(i, Percent.of(p), Percent.of(p), x));
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 63);
        return Combinators.combine(anyCounterparty(), type, data, priors, exemptions, grd, investment, flags)
                .as((cp, t, d, p, ex, g, inv, bits) -> {
                    Facts f = Facts.with(cp, Facts.entity("cn", "CN Parent", "CN", "CN")).type(t).data(
                            d.toArray(new DataSet[0]));
                    for (PriorTransaction prior : p) {
                        f.prior(prior.date().toString(), prior.data().toArray(new DataSet[0]));
                    }
                    f.exempt(ex.toArray(new ExemptionClaim[0]));
                    f.grd(g.preciseGeolocationInListedArea(), g.marketedAsUsGovernmentLinked());
                    if (t == TransactionType.INVESTMENT) {
                        f.investment(inv.instrument(), inv.votingPercent().value().toPlainString(),
                                inv.equityPercent().value().toPlainString(), inv.extraRights());
                    }
                    f.security(SecurityRequirementsStatus.values()[bits % 3]);
                    if ((bits & 4) != 0) {
                        f.clause();
                    }
                    if ((bits & 8) != 0) {
                        f.evasion();
                    }
                    if ((bits & 16) != 0 && (bits & 32) != 0) {
                        f.noAccess();
                    }
                    return f.build();
                });
    }
}
