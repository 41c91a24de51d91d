package dev.clearance.rules;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.party.UsStatus;
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
import dev.clearance.domain.transaction.License;
import dev.clearance.domain.transaction.LicenseKind;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures: a small builder for transaction facts and parties. */
public final class Facts {

    public static final PartyId US = PartyId.of("us");
    public static final PartyId CP = PartyId.of("cp");

    private final Map<PartyId, Party> parties = new LinkedHashMap<>();
    private LocalDate date = LocalDate.of(2025, 11, 3);
    private TransactionType type = TransactionType.VENDOR;
    private boolean cloud;
    private boolean access = true;
    private InvestmentTerms investment;
    private final List<DataSet> data = new ArrayList<>();
    private final List<PriorTransaction> priors = new ArrayList<>();
    private GovernmentRelatedFlags grd = GovernmentRelatedFlags.NONE;
    private final List<ExemptionClaim> exemptions = new ArrayList<>();
    private boolean clause;
    private SecurityRequirementsStatus security = SecurityRequirementsStatus.MET;
    private License license;
    private boolean evasion;
    private boolean directed;
    private ExemptionConditions conditions = ExemptionConditions.NONE_STATED;

    private Facts() {
        parties.put(US, usEntity("us", "Example U.S. Inc."));
    }

    /** A U.S. company dealing with a China-organized company. */
    public static Facts withChineseCompany() {
        return new Facts().counterparty(entity("cp", "Example (Shenzhen) Co.", "CN", "CN"));
    }

    public static Facts with(Party counterparty, Party... others) {
        Facts f = new Facts();
        for (Party p : others) {
            f.parties.put(p.id(), p);
        }
        return f.counterparty(counterparty);
    }

    public Facts counterparty(Party p) {
        if (!p.id().equals(CP)) {
            throw new IllegalArgumentException("counterparty must have id cp");
        }
        parties.put(CP, p);
        return this;
    }

    public Facts usPerson(Party p) {
        if (!p.id().equals(US)) {
            throw new IllegalArgumentException("U.S. person must have id us");
        }
        parties.put(US, p);
        return this;
    }

    public Facts party(Party p) {
        parties.put(p.id(), p);
        return this;
    }

    public Facts date(String iso) {
        date = LocalDate.parse(iso);
        return this;
    }

    public Facts type(TransactionType t) {
        type = t;
        return this;
    }

    public Facts cloud() {
        cloud = true;
        return this;
    }

    public Facts noAccess() {
        access = false;
        return this;
    }

    public Facts investment(InvestmentInstrument instrument, String voting, String equity, boolean extraRights) {
        type = TransactionType.INVESTMENT;
        investment = new InvestmentTerms(instrument, Percent.of(voting), Percent.of(equity), extraRights);
        return this;
    }

    public Facts data(DataSet... sets) {
        data.addAll(Arrays.asList(sets));
        return this;
    }

    public Facts prior(String iso, DataSet... sets) {
        priors.add(new PriorTransaction(LocalDate.parse(iso), List.of(sets)));
        return this;
    }

    public Facts grd(boolean geo, boolean marketed) {
        grd = new GovernmentRelatedFlags(geo, marketed);
        return this;
    }

    public Facts exempt(ExemptionClaim... claims) {
        exemptions.addAll(Arrays.asList(claims));
        return this;
    }

    public Facts clause() {
        clause = true;
        return this;
    }

    public Facts security(SecurityRequirementsStatus s) {
        security = s;
        return this;
    }

    public Facts license(LicenseKind kind, boolean conditionsMet) {
        license = new License(kind, "GL-TEST-1", conditionsMet);
        return this;
    }

    public Facts evasion() {
        evasion = true;
        return this;
    }

    public Facts directed() {
        directed = true;
        return this;
    }

    public Facts conditions(ExemptionConditions c) {
        conditions = c;
        return this;
    }

    /** 202.501 facts: whether something of value passes with the communication. */
    public Facts valueTransferred(Boolean value) {
        return conditions(new ExemptionConditions(value, null, null, null, null, null));
    }

    /** 202.502 / 202.226 facts: expressive, fully created before, made to spec, altered, export-controlled. */
    public Facts material(Boolean expressive, Boolean existing, Boolean toSpec, Boolean altered, Boolean controlled) {
        return conditions(new ExemptionConditions(null, expressive, existing, toSpec, altered, controlled));
    }

    public TransactionFacts build() {
        return new TransactionFacts("test", date, US, CP, new PartyDirectory(parties), type, cloud, access,
                investment, data, priors, grd, exemptions, clause, security, license, evasion, directed, conditions);
    }

    // --- parties

    public static Entity usEntity(String id, String name) {
        return new Entity(PartyId.of(id), name, List.of(CountryCode.of("US")), CountryCode.of("US"), List.of(),
                Relationship.NONE, null, false);
    }

    public static Entity entity(String id, String name, String organizedIn, String ppb, Stake... owners) {
        return new Entity(PartyId.of(id), name, List.of(CountryCode.of(organizedIn)), CountryCode.of(ppb),
                List.of(owners), Relationship.NONE, null, false);
    }

    public static Entity related(Entity e, Relationship r) {
        return new Entity(e.id(), e.name(), e.organizedIn(), e.principalPlaceOfBusiness(), e.owners(), r,
                e.branchOf(), e.designatedCoveredPerson());
    }

    public static Entity designated(Entity e) {
        return new Entity(e.id(), e.name(), e.organizedIn(), e.principalPlaceOfBusiness(), e.owners(),
                e.relationship(), e.branchOf(), true);
    }

    public static Entity branch(String id, String name, String organizedIn, String headOffice) {
        return new Entity(PartyId.of(id), name, List.of(CountryCode.of(organizedIn)), CountryCode.of(organizedIn),
                List.of(), Relationship.NONE, PartyId.of(headOffice), false);
    }

    public static Stake stake(String owner, String percent) {
        return new Stake(PartyId.of(owner), Percent.of(percent));
    }

    public static Individual person(String id, UsStatus status, String citizenship, String located,
            String residence, String... employers) {
        return new Individual(PartyId.of(id), "Person " + id, status, List.of(CountryCode.of(citizenship)),
                CountryCode.of(located), CountryCode.of(residence), Arrays.stream(employers).map(PartyId::of).toList(),
                Relationship.NONE, false);
    }

    public static Individual designated(Individual i) {
        return new Individual(i.id(), i.name(), i.usStatus(), i.citizenships(), i.locatedIn(), i.primaryResidence(),
                i.employers(), i.relationship(), true);
    }

    public static Government government(String id, String country) {
        return new Government(PartyId.of(id), "Government of " + country, CountryCode.of(country), Relationship.NONE,
                false);
    }

    // --- data

    public static DataSet of(DataCategory c, long n) {
        return DataSet.of(c, n);
    }

    public static DataSet excluded(DataCategory c, long n, DataExclusion why) {
        return new DataSet(c, n, Set.of(), false, why, false, false);
    }

    public static DataSet anonymized(DataCategory c, long n) {
        return new DataSet(c, n, Set.of(), false, null, false, true);
    }

    public static DataSet therapeutic(long n) {
        return new DataSet(DataCategory.HUMAN_BIOSPECIMENS, n, Set.of(), false, null, true, false);
    }

    public static DataSet ids(long n, boolean linked, IdentifierType... types) {
        return DataSet.identifiers(n, linked, types);
    }
}
