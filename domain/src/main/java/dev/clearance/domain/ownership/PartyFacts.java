package dev.clearance.domain.ownership;

import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts about a party the rules need, as of one version. Which fields apply depends on the party's kind
 * (facts-format.md PARTY): entities have {@code organizedIn}, {@code principalPlaceOfBusiness} and
 * {@code branchOf}; individuals {@code usStatus}, {@code citizenships}, {@code locatedIn} and
 * {@code primaryResidence}; governments {@code country}.
 *
 * @since 0.1.0
 */
public record PartyFacts(
        List<CountryCode> organizedIn,
        @Nullable CountryCode principalPlaceOfBusiness,
        @Nullable UsStatus usStatus,
        List<CountryCode> citizenships,
        @Nullable CountryCode locatedIn,
        @Nullable CountryCode primaryResidence,
        @Nullable CountryCode country,
        boolean designatedCoveredPerson,
        Relationship relationship,
        @Nullable RegisteredPartyId branchOf) {

    public static final PartyFacts UNKNOWN =
            new PartyFacts(List.of(), null, null, List.of(), null, null, null, false, Relationship.NONE, null);

    public PartyFacts {
        organizedIn = organizedIn.stream().distinct().sorted().toList();
        citizenships = citizenships.stream().distinct().sorted().toList();
        Objects.requireNonNull(relationship, "relationship");
    }

    /** A stable text form for input hashing; equal facts give equal text. */
    String canonical() {
        return "org=" + organizedIn + ";ppb=" + principalPlaceOfBusiness + ";us=" + usStatus + ";cit=" + citizenships
                + ";loc=" + locatedIn + ";res=" + primaryResidence + ";country=" + country + ";designated="
                + designatedCoveredPerson + ";rel=" + relationship + ";branchOf=" + branchOf;
    }
}
