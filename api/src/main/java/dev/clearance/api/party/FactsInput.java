package dev.clearance.api.party;

import dev.clearance.api.problem.Violation;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.vendor.NewVendor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link PartyRequests.Facts} against the party's kind and turns it into domain facts, collecting every
 * violation with its JSON path (prefix {@code $.facts} when nested, {@code $} when it is the whole body).
 */
final class FactsInput {
    record Parsed(Validity validity, PartyFacts facts) {
    }

    private final String prefix;
    private final List<Violation> violations;

    FactsInput(String prefix, List<Violation> violations) {
        this.prefix = prefix;
        this.violations = violations;
    }

    @Nullable Parsed parse(PartyKind kind, PartyRequests.Facts f, @Nullable RegisteredPartyId self) {
        int before = violations.size();
        if (f.validTo() != null && !f.validTo().isAfter(f.validFrom())) {
            add("validTo", "must be after validFrom");
        }
        onlyFor(kind, PartyKind.ENTITY, "organizedIn", f.organizedIn() != null && !f.organizedIn().isEmpty());
        onlyFor(kind, PartyKind.ENTITY, "principalPlaceOfBusiness", f.principalPlaceOfBusiness() != null);
        onlyFor(kind, PartyKind.ENTITY, "branchOf", f.branchOf() != null);
        onlyFor(kind, PartyKind.INDIVIDUAL, "usStatus", f.usStatus() != null);
        onlyFor(kind, PartyKind.INDIVIDUAL, "citizenships", f.citizenships() != null && !f.citizenships().isEmpty());
        onlyFor(kind, PartyKind.INDIVIDUAL, "locatedIn", f.locatedIn() != null);
        onlyFor(kind, PartyKind.INDIVIDUAL, "primaryResidence", f.primaryResidence() != null);
        onlyFor(kind, PartyKind.GOVERNMENT, "country", f.country() != null);
        if (kind == PartyKind.GOVERNMENT && f.country() == null) {
            add("country", "is required for a government");
        }
        List<CountryCode> organizedIn = countries("organizedIn", f.organizedIn());
        List<CountryCode> citizenships = countries("citizenships", f.citizenships());
        CountryCode ppb = country("principalPlaceOfBusiness", f.principalPlaceOfBusiness());
        CountryCode locatedIn = country("locatedIn", f.locatedIn());
        CountryCode residence = country("primaryResidence", f.primaryResidence());
        CountryCode country = country("country", f.country());
        UsStatus usStatus = enumValue("usStatus", f.usStatus(), UsStatus.class);
        Relationship relationship = f.relationship() == null ? Relationship.NONE
                : enumValue("relationship", f.relationship(), Relationship.class);
        RegisteredPartyId branchOf = f.branchOf() == null ? null : new RegisteredPartyId(f.branchOf());
        if (branchOf != null && branchOf.equals(self)) {
            add("branchOf", "a party cannot be a branch of itself");
        }
        if (violations.size() > before) {
            return null;
        }
        return new Parsed(new Validity(f.validFrom(), f.validTo()), new PartyFacts(organizedIn, ppb, usStatus,
                citizenships, locatedIn, residence, country, Boolean.TRUE.equals(f.designatedCoveredPerson()),
                relationship == null ? Relationship.NONE : relationship, branchOf));
    }

    void add(String field, String message) {
        violations.add(new Violation(prefix + "." + field, message));
    }

    private void onlyFor(PartyKind actual, PartyKind applies, String field, boolean present) {
        if (present && actual != applies) {
            add(field, "applies only to " + applies + " parties, not " + actual);
        }
    }

    private List<CountryCode> countries(String field, @Nullable List<String> codes) {
        List<CountryCode> out = new ArrayList<>();
        if (codes == null) {
            return out;
        }
        for (int i = 0; i < codes.size(); i++) {
            CountryCode c = country(field + "[" + i + "]", codes.get(i));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private @Nullable CountryCode country(String field, @Nullable String code) {
        if (code == null) {
            return null;
        }
        if (!NewVendor.isCountryCode(code)) {
            add(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            return null;
        }
        return CountryCode.of(code);
    }

    private <E extends Enum<E>> @Nullable E enumValue(String field, @Nullable String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
