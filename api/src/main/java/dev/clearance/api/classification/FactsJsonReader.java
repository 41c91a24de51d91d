package dev.clearance.api.classification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.api.input.InputDates;
import dev.clearance.api.input.InputText;
import dev.clearance.api.problem.Violation;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.PartyKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads facts format v1 (one object or an array) into {@link TransactionFacts}, collecting every violation with
 * its JSON path ({@code $.counterparty.owners[0].percent}, {@code $[2].date}) instead of stopping at the first.
 */
public final class FactsJsonReader {

    private static final Set<String> TOP = Set.of("id", "date", "usPerson", "counterparty", "type", "cloudComputing",
            "counterpartyAccess", "investment", "data", "priorTransactions", "governmentRelated", "exemptions",
            "onwardTransferClause", "securityRequirements", "license", "evasion", "directedForeignTransaction",
            "exemptionFacts");
    private static final Set<String> EXEMPTION_FACTS = Set.of("valueTransferred", "expressive",
            "fullyCreatedBeforeTransaction", "madeToRecipientSpecification", "alteredOrEnhanced", "exportControlled");
    private static final Set<String> PARTY = Set.of("id", "name", "kind", "organizedIn", "principalPlaceOfBusiness",
            "owners", "relationship", "branchOf", "usStatus", "citizenships", "locatedIn", "primaryResidence",
            "employers", "country", "designatedCoveredPerson");
    private static final Set<String> DATASET = Set.of("category", "count", "identifiers",
            "linkedToOtherSensitiveData", "excluded", "therapeuticUse", "anonymized");

    /** The facts read, or the violations found; never both. */
    public record Result(List<TransactionFacts> facts, List<Violation> violations, boolean array) {
        public Result {
            facts = List.copyOf(facts);
            violations = List.copyOf(violations);
        }

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private static final int MAX_NAME = 300;

    private final List<Violation> violations = new ArrayList<>();
    private Map<PartyId, Party> parties = new LinkedHashMap<>();
    private Map<String, String> declaredIds = new LinkedHashMap<>();
    private List<String[]> pendingRefs = new ArrayList<>();
    private Map<PartyId, String> partyPaths = new LinkedHashMap<>();

    private FactsJsonReader() {
    }

    public static Result read(JsonNode root) {
        FactsJsonReader reader = new FactsJsonReader();
        List<TransactionFacts> facts = new ArrayList<>();
        boolean array = root.isArray();
        if (array) {
            for (int i = 0; i < root.size(); i++) {
                TransactionFacts f = reader.item(root.get(i), "$[" + i + "]");
                if (f != null) {
                    facts.add(f);
                }
            }
        } else if (root.isObject()) {
            TransactionFacts f = reader.item(root, "$");
            if (f != null) {
                facts.add(f);
            }
        } else {
            reader.violation("$", "must be a facts object or an array of facts objects");
        }
        return reader.violations.isEmpty() ? new Result(facts, List.of(), array)
                : new Result(List.of(), reader.violations, array);
    }

    private void violation(String path, String message) {
        violations.add(new Violation(path, message));
    }

    private @Nullable TransactionFacts item(JsonNode node, String path) {
        if (!node.isObject()) {
            violation(path, "must be a facts object");
            return null;
        }
        int before = violations.size();
        parties = new LinkedHashMap<>();
        declaredIds = new LinkedHashMap<>();
        pendingRefs = new ArrayList<>();
        partyPaths = new LinkedHashMap<>();
        unknownFields(node, path, TOP);

        String id = optionalText(node, path, "id");
        LocalDate date = requiredDate(node, path, "date");
        PartyId usPerson = requiredParty(node, path, "usPerson");
        PartyId counterparty = requiredParty(node, path, "counterparty");
        TransactionType type = requiredEnum(node, path, "type", TransactionType.class);
        boolean cloud = bool(node, path, "cloudComputing", false);
        boolean access = bool(node, path, "counterpartyAccess", true);
        InvestmentTerms investment = investment(node, path);
        List<DataSet> data = dataSets(node.get("data"), path + ".data");
        List<PriorTransaction> priors = priors(node.get("priorTransactions"), path + ".priorTransactions");
        GovernmentRelatedFlags grd = governmentRelated(node, path);
        List<ExemptionClaim> exemptions = enumList(node.get("exemptions"), path + ".exemptions", ExemptionClaim.class);
        boolean clause = bool(node, path, "onwardTransferClause", false);
        SecurityRequirementsStatus security = optionalEnum(node, path, "securityRequirements",
                SecurityRequirementsStatus.class);
        License license = license(node, path);
        boolean evasion = bool(node, path, "evasion", false);
        boolean directed = bool(node, path, "directedForeignTransaction", false);
        ExemptionConditions conditions = exemptionConditions(node, path);
        resolveRefs();
        checkBranchLoops();

        if (violations.size() > before || date == null || usPerson == null || counterparty == null
                || type == null) {
            return null;
        }
        try {
            return new TransactionFacts(id, date, usPerson, counterparty, new PartyDirectory(parties), type, cloud,
                    access, investment, data, priors, grd, exemptions, clause,
                    security == null ? SecurityRequirementsStatus.UNKNOWN : security, license, evasion, directed,
                    conditions);
        } catch (IllegalArgumentException e) {
            violation(path, e.getMessage() == null ? "inconsistent facts" : e.getMessage());
            return null;
        }
    }

    // --- fields

    private void unknownFields(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violation(path + "." + name, "unknown field '" + name + "'");
            }
        }
    }

    private static boolean absent(@Nullable JsonNode v) {
        return v == null || v.isNull();
    }

    private @Nullable String optionalText(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            return null;
        }
        if (!v.isTextual()) {
            violation(path + "." + field, "must be a string");
            return null;
        }
        return v.asText();
    }

    /** A party's name obeys the same text rules as a party registered over the API ({@code $.name}, 300). */
    private @Nullable String partyName(JsonNode node, String path) {
        String name = optionalText(node, path, "name");
        if (name == null) {
            return null;
        }
        String problem = name.isBlank() ? "must not be blank" : InputText.problem(name, MAX_NAME);
        if (problem != null) {
            violation(path + ".name", problem);
            return null;
        }
        return name;
    }

    private @Nullable LocalDate requiredDate(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            violation(path + "." + field, "is required");
            return null;
        }
        return date(v, path + "." + field);
    }

    private @Nullable LocalDate date(JsonNode v, String path) {
        if (!v.isTextual()) {
            violation(path, "must be an ISO-8601 date (YYYY-MM-DD)");
            return null;
        }
        LocalDate date = InputDates.parse(v.asText());
        if (date == null) {
            violation(path, InputDates.RULE);
        }
        return date;
    }

    private boolean bool(JsonNode node, String path, String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            return fallback;
        }
        if (!v.isBoolean()) {
            violation(path + "." + field, "must be true or false");
            return fallback;
        }
        return v.asBoolean();
    }

    private <E extends Enum<E>> @Nullable E requiredEnum(JsonNode node, String path, String field, Class<E> type) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            violation(path + "." + field, "is required");
            return null;
        }
        return enumValue(v, path + "." + field, type);
    }

    private <E extends Enum<E>> @Nullable E optionalEnum(JsonNode node, String path, String field, Class<E> type) {
        JsonNode v = node.get(field);
        return absent(v) ? null : enumValue(v, path + "." + field, type);
    }

    private <E extends Enum<E>> @Nullable E enumValue(JsonNode v, String path, Class<E> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!v.isTextual()) {
            violation(path, "must be one of " + allowed);
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.asText())) {
                return e;
            }
        }
        violation(path, "unknown value '" + v.asText() + "'; expected one of " + allowed);
        return null;
    }

    private <E extends Enum<E>> List<E> enumList(@Nullable JsonNode v, String path, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (JsonNode item : array(v, path)) {
            E e = enumValue(item, path + "[" + out.size() + "]", type);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private List<JsonNode> array(@Nullable JsonNode v, String path) {
        if (absent(v)) {
            return List.of();
        }
        if (!v.isArray()) {
            violation(path, "must be an array");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        v.forEach(items::add);
        return items;
    }

    private @Nullable Percent percent(JsonNode node, String path, String field, boolean required) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            if (required) {
                violation(path + "." + field, "is required");
            }
            return null;
        }
        if (!v.isNumber()) {
            violation(path + "." + field, "must be a number between 0 and 100");
            return null;
        }
        BigDecimal value = v.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            violation(path + "." + field, "percent must be between 0 and 100, was " + value.toPlainString());
            return null;
        }
        return new Percent(value);
    }

    private @Nullable CountryCode country(@Nullable JsonNode v, String path) {
        if (absent(v)) {
            return null;
        }
        String text = v.isTextual() ? v.asText().toUpperCase(Locale.ROOT) : "";
        if (!CountryCode.isValid(text)) {
            violation(path, "must be an ISO 3166-1 alpha-2 country code such as CN or US");
            return null;
        }
        return CountryCode.of(text);
    }

    private List<CountryCode> countries(@Nullable JsonNode v, String path) {
        List<CountryCode> out = new ArrayList<>();
        List<JsonNode> items = array(v, path);
        for (int i = 0; i < items.size(); i++) {
            CountryCode c = country(items.get(i), path + "[" + i + "]");
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    // --- parties

    private @Nullable PartyId requiredParty(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            violation(path + "." + field, "is required");
            return null;
        }
        return party(v, path + "." + field);
    }

    /** Reads a PARTY or a {@code {"ref": id}} and returns the id it is filed under. */
    private @Nullable PartyId party(JsonNode v, String path) {
        if (!v.isObject()) {
            violation(path, "must be a party object or {\"ref\": id}");
            return null;
        }
        if (v.has("ref")) {
            JsonNode ref = v.get("ref");
            if (v.size() != 1) {
                violation(path, "a reference {\"ref\": id} must have no other fields");
            }
            if (!ref.isTextual() || ref.asText().isBlank()) {
                violation(path + ".ref", "must be the id of a party");
                return null;
            }
            pendingRefs.add(new String[] {path + ".ref", ref.asText()});
            return declared(ref.asText());
        }
        unknownFields(v, path, PARTY);
        PartyId id = PartyId.of("path:" + path);
        String declaredId = optionalText(v, path, "id");
        if (declaredId != null) {
            if (declaredIds.containsKey(declaredId)) {
                violation(path + ".id", "duplicate party id '" + declaredId + "' (first at "
                        + declaredIds.get(declaredId) + ")");
            } else {
                declaredIds.put(declaredId, path);
                id = declared(declaredId);
            }
        }
        String name = partyName(v, path);
        PartyKind kind = requiredEnum(v, path, "kind", PartyKind.class);
        Relationship relationship = optionalEnum(v, path, "relationship", Relationship.class);
        boolean designated = bool(v, path, "designatedCoveredPerson", false);
        Relationship rel = relationship == null ? Relationship.NONE : relationship;
        String displayName = name == null ? (declaredId == null ? "" : declaredId) : name;
        if (kind == null) {
            return id;
        }
        Party party = switch (kind) {
            case ENTITY -> {
                List<CountryCode> organizedIn = countries(v.get("organizedIn"), path + ".organizedIn");
                CountryCode ppb = country(v.get("principalPlaceOfBusiness"), path + ".principalPlaceOfBusiness");
                List<Stake> owners = owners(v.get("owners"), path + ".owners");
                JsonNode branch = v.get("branchOf");
                PartyId branchOf = absent(branch) ? null : party(branch, path + ".branchOf");
                if (id.equals(branchOf)) {
                    violation(path + ".branchOf", "an entity cannot be a branch of itself");
                    branchOf = null;
                }
                yield new Entity(id, displayName, organizedIn, ppb, owners, rel, branchOf, designated);
            }
            case INDIVIDUAL -> {
                UsStatus status = optionalEnum(v, path, "usStatus", UsStatus.class);
                List<CountryCode> citizenships = countries(v.get("citizenships"), path + ".citizenships");
                CountryCode located = country(v.get("locatedIn"), path + ".locatedIn");
                CountryCode residence = country(v.get("primaryResidence"), path + ".primaryResidence");
                List<PartyId> employers = new ArrayList<>();
                List<JsonNode> items = array(v.get("employers"), path + ".employers");
                for (int i = 0; i < items.size(); i++) {
                    PartyId employer = party(items.get(i), path + ".employers[" + i + "]");
                    if (employer != null) {
                        employers.add(employer);
                    }
                }
                yield new Individual(id, displayName, status, citizenships, located, residence, employers, rel,
                        designated);
            }
            case GOVERNMENT -> {
                JsonNode c = v.get("country");
                CountryCode country = null;
                if (absent(c)) {
                    violation(path + ".country", "is required for a GOVERNMENT");
                } else {
                    country = country(c, path + ".country");
                }
                yield country == null ? null : new Government(id, displayName, country, rel, designated);
            }
        };
        if (party != null) {
            parties.put(id, party);
            partyPaths.put(id, path);
        }
        return id;
    }

    private static PartyId declared(String id) {
        return PartyId.of("id:" + id);
    }

    private List<Stake> owners(@Nullable JsonNode v, String path) {
        List<Stake> out = new ArrayList<>();
        List<JsonNode> items = array(v, path);
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                violation(p, "must be an object {\"percent\": number, \"owner\": PARTY}");
                continue;
            }
            unknownFields(item, p, Set.of("percent", "owner"));
            Percent percent = percent(item, p, "percent", true);
            PartyId owner = requiredParty(item, p, "owner");
            if (percent != null && owner != null) {
                out.add(new Stake(owner, percent));
            }
        }
        return out;
    }

    private void resolveRefs() {
        for (String[] ref : pendingRefs) {
            if (!declaredIds.containsKey(ref[1])) {
                violation(ref[0], "no party with id '" + ref[1] + "' in this facts object");
            }
        }
    }

    private void checkBranchLoops() {
        for (Map.Entry<PartyId, String> start : partyPaths.entrySet()) {
            Set<PartyId> seen = new java.util.HashSet<>();
            Party current = parties.get(start.getKey());
            while (current instanceof Entity e && e.branchOf() != null) {
                if (!seen.add(e.id())) {
                    violation(start.getValue() + ".branchOf", "branchOf forms a loop");
                    break;
                }
                current = parties.get(e.branchOf());
            }
        }
    }

    // --- data and terms

    private List<DataSet> dataSets(@Nullable JsonNode v, String path) {
        List<DataSet> out = new ArrayList<>();
        List<JsonNode> items = array(v, path);
        for (int i = 0; i < items.size(); i++) {
            DataSet d = dataSet(items.get(i), path + "[" + i + "]");
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private @Nullable DataSet dataSet(JsonNode v, String path) {
        if (!v.isObject()) {
            violation(path, "must be a data set object");
            return null;
        }
        unknownFields(v, path, DATASET);
        DataCategory category = requiredEnum(v, path, "category", DataCategory.class);
        Long count = count(v, path);
        List<IdentifierType> ids = enumList(v.get("identifiers"), path + ".identifiers", IdentifierType.class);
        boolean linked = bool(v, path, "linkedToOtherSensitiveData", false);
        DataExclusion excluded = optionalEnum(v, path, "excluded", DataExclusion.class);
        boolean therapeutic = bool(v, path, "therapeuticUse", false);
        boolean anonymized = bool(v, path, "anonymized", false);
        if (category == null || count == null) {
            return null;
        }
        return new DataSet(category, count, ids.isEmpty() ? Set.of() : EnumSet.copyOf(ids), linked, excluded,
                therapeutic, anonymized);
    }

    private @Nullable Long count(JsonNode v, String path) {
        JsonNode c = v.get("count");
        if (absent(c)) {
            violation(path + ".count", "is required");
            return null;
        }
        if (!c.isNumber() || (!c.isIntegralNumber() && c.decimalValue().stripTrailingZeros().scale() > 0)) {
            violation(path + ".count", "must be a whole number of U.S. persons or devices");
            return null;
        }
        if (c.decimalValue().signum() < 0) {
            violation(path + ".count", "must not be negative, was " + c.decimalValue().toPlainString());
            return null;
        }
        if (c.decimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            violation(path + ".count", "is too large");
            return null;
        }
        return c.decimalValue().longValue();
    }

    private List<PriorTransaction> priors(@Nullable JsonNode v, String path) {
        List<PriorTransaction> out = new ArrayList<>();
        List<JsonNode> items = array(v, path);
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                violation(p, "must be an object {\"date\": ..., \"data\": [...]}");
                continue;
            }
            unknownFields(item, p, Set.of("date", "data"));
            LocalDate date = requiredDate(item, p, "date");
            List<DataSet> data = dataSets(item.get("data"), p + ".data");
            if (date != null) {
                out.add(new PriorTransaction(date, data));
            }
        }
        return out;
    }

    private @Nullable InvestmentTerms investment(JsonNode node, String path) {
        return object(node, path, "investment", Set.of("instrument", "votingPercent", "equityPercent", "extraRights"),
                (p) -> {
                    JsonNode v = node.get("investment");
                    InvestmentInstrument instrument = requiredEnum(v, p, "instrument", InvestmentInstrument.class);
                    Percent voting = percent(v, p, "votingPercent", true);
                    Percent equity = percent(v, p, "equityPercent", true);
                    boolean extra = bool(v, p, "extraRights", false);
                    return instrument == null || voting == null || equity == null ? null
                            : new InvestmentTerms(instrument, voting, equity, extra);
                });
    }

    private GovernmentRelatedFlags governmentRelated(JsonNode node, String path) {
        GovernmentRelatedFlags flags = object(node, path, "governmentRelated",
                Set.of("preciseGeolocationInListedArea", "marketedAsUsGovernmentLinked"), (p) -> {
                    JsonNode v = node.get("governmentRelated");
                    return new GovernmentRelatedFlags(bool(v, p, "preciseGeolocationInListedArea", false),
                            bool(v, p, "marketedAsUsGovernmentLinked", false));
                });
        return flags == null ? GovernmentRelatedFlags.NONE : flags;
    }

    /** Optional facts that can defeat a 202.501 / 202.502 claim; each one absent or null means "not stated". */
    private ExemptionConditions exemptionConditions(JsonNode node, String path) {
        ExemptionConditions c = object(node, path, "exemptionFacts", EXEMPTION_FACTS, (p) -> {
            JsonNode v = node.get("exemptionFacts");
            return new ExemptionConditions(optionalBool(v, p, "valueTransferred"), optionalBool(v, p, "expressive"),
                    optionalBool(v, p, "fullyCreatedBeforeTransaction"),
                    optionalBool(v, p, "madeToRecipientSpecification"), optionalBool(v, p, "alteredOrEnhanced"),
                    optionalBool(v, p, "exportControlled"));
        });
        return c == null ? ExemptionConditions.NONE_STATED : c;
    }

    private @Nullable Boolean optionalBool(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            return null;
        }
        if (!v.isBoolean()) {
            violation(path + "." + field, "must be true, false or null");
            return null;
        }
        return v.asBoolean();
    }

    private @Nullable License license(JsonNode node, String path) {
        return object(node, path, "license", Set.of("kind", "reference", "conditionsMet"), (p) -> {
            JsonNode v = node.get("license");
            LicenseKind kind = requiredEnum(v, p, "kind", LicenseKind.class);
            String reference = optionalText(v, p, "reference");
            JsonNode met = v.get("conditionsMet");
            if (absent(met)) {
                violation(p + ".conditionsMet", "is required");
                return null;
            }
            boolean conditionsMet = bool(v, p, "conditionsMet", false);
            return kind == null ? null : new License(kind, reference == null ? "" : reference, conditionsMet);
        });
    }

    private <T> @Nullable T object(JsonNode node, String path, String field, Set<String> allowed,
            Function<String, @Nullable T> body) {
        JsonNode v = node.get(field);
        if (absent(v)) {
            return null;
        }
        String p = path + "." + field;
        if (!v.isObject()) {
            violation(p, "must be an object");
            return null;
        }
        unknownFields(v, p, allowed);
        return body.apply(p);
    }
}
