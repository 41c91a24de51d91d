package dev.clearance.rules.classification;

import static dev.clearance.domain.classification.Outcome.AUTHORIZED_BY_LICENSE;
import static dev.clearance.domain.classification.Outcome.EXEMPT;
import static dev.clearance.domain.classification.Outcome.NOT_COVERED;
import static dev.clearance.domain.classification.Outcome.PROHIBITED;
import static dev.clearance.domain.classification.Outcome.RESTRICTED;
import static dev.clearance.domain.transaction.DataCategory.BIOMETRIC_IDENTIFIERS;
import static dev.clearance.domain.transaction.DataCategory.HUMAN_BIOSPECIMENS;
import static dev.clearance.domain.transaction.DataCategory.HUMAN_EPIGENOMIC;
import static dev.clearance.domain.transaction.DataCategory.HUMAN_GENOMIC;
import static dev.clearance.domain.transaction.DataCategory.HUMAN_PROTEOMIC;
import static dev.clearance.domain.transaction.DataCategory.HUMAN_TRANSCRIPTOMIC;
import static dev.clearance.domain.transaction.DataCategory.PERSONAL_FINANCIAL;
import static dev.clearance.domain.transaction.DataCategory.PERSONAL_HEALTH;
import static dev.clearance.domain.transaction.DataCategory.PRECISE_GEOLOCATION;
import static dev.clearance.domain.transaction.IdentifierType.CALL_DETAIL;
import static dev.clearance.domain.transaction.IdentifierType.COOKIE;
import static dev.clearance.domain.transaction.IdentifierType.EMAIL;
import static dev.clearance.domain.transaction.IdentifierType.IP_ADDRESS;
import static dev.clearance.domain.transaction.IdentifierType.NAME;
import static dev.clearance.domain.transaction.IdentifierType.PASSWORD;
import static dev.clearance.domain.transaction.IdentifierType.SSN;
import static dev.clearance.domain.transaction.IdentifierType.USERNAME;
import static dev.clearance.domain.transaction.IdentifierType.ZIP_CODE;
import static dev.clearance.rules.Facts.anonymized;
import static dev.clearance.rules.Facts.branch;
import static dev.clearance.rules.Facts.designated;
import static dev.clearance.rules.Facts.entity;
import static dev.clearance.rules.Facts.excluded;
import static dev.clearance.rules.Facts.government;
import static dev.clearance.rules.Facts.ids;
import static dev.clearance.rules.Facts.of;
import static dev.clearance.rules.Facts.person;
import static dev.clearance.rules.Facts.related;
import static dev.clearance.rules.Facts.stake;
import static dev.clearance.rules.Facts.therapeutic;
import static dev.clearance.rules.Facts.usEntity;
import static dev.clearance.rules.Facts.withChineseCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.transaction.DataExclusion;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.InvestmentInstrument;
import dev.clearance.domain.transaction.LicenseKind;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.Facts;
import dev.clearance.rules.ruleset.CombinedDataReading;
import dev.clearance.rules.ruleset.RuleSet;
import dev.clearance.rules.ruleset.RuleSetConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden example table: each row is traced to the section it exercises (first column) and asserts the outcome and
 * the decisive citation.
 */
class ClassificationExamplesTest {

    private static final TransactionClassifier STRICT = TransactionClassifier.current();
    private static final TransactionClassifier LITERAL = new TransactionClassifier(RuleSet.current(
            RuleSetConfig.DEFAULT.withCombinedDataReading(CombinedDataReading.LITERAL)));

    private static Arguments row(String section, String name, Facts facts, Outcome outcome, String decisive) {
        return arguments(section, name, facts, outcome, decisive, STRICT);
    }

    private static Arguments literal(String section, String name, Facts facts, Outcome outcome, String decisive) {
        return arguments(section, name, facts, outcome, decisive, LITERAL);
    }

    private static Facts cn() {
        return withChineseCompany();
    }

    private static Facts uk() {
        return Facts.with(entity("cp", "Example Marketing Ltd.", "GB", "GB"));
    }

    private static Facts brokerage(Facts f) {
        return f.type(TransactionType.DATA_BROKERAGE);
    }

    private static Facts ownedBy(String... stakes) {
        return ownedByWith(List.of(), stakes);
    }

    private static Facts ownedByWith(List<dev.clearance.domain.party.Party> others, String... ownerAndPercent) {
        List<dev.clearance.domain.party.Stake> owners = new java.util.ArrayList<>();
        for (int i = 0; i < ownerAndPercent.length; i += 2) {
            owners.add(stake(ownerAndPercent[i], ownerAndPercent[i + 1]));
        }
        Entity cp = new Entity(PartyId.of("cp"), "Example Vendor GmbH", List.of(CountryCode.of("DE")),
                CountryCode.of("DE"), owners, Relationship.NONE, null, false);
        Facts f = Facts.with(cp, others.toArray(new dev.clearance.domain.party.Party[0]));
        f.party(entity("cn1", "Example CN One", "CN", "CN"));
        f.party(entity("cn2", "Example CN Two", "CN", "CN"));
        f.party(entity("de1", "Example DE One", "DE", "DE"));
        f.party(person("ru1", null, "RU", "RU", "RU"));
        f.party(government("cngov", "CN"));
        return f.data(of(PERSONAL_HEALTH, 50_000));
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                // --- bulk thresholds, 28 CFR 202.205: "more than N"
                row("202.205(a)", "genomic exactly 100 is not bulk", cn().data(of(HUMAN_GENOMIC, 100)), NOT_COVERED, "202.205"),
                row("202.205(a)", "genomic 101 is bulk and 'omic is prohibited", cn().data(of(HUMAN_GENOMIC, 101)), PROHIBITED, "202.303"),
                row("202.205(a)", "epigenomic 1000 is not bulk", cn().data(of(HUMAN_EPIGENOMIC, 1000)), NOT_COVERED, "202.205"),
                row("202.205(a)", "epigenomic 1001 is bulk", cn().data(of(HUMAN_EPIGENOMIC, 1001)), PROHIBITED, "202.303"),
                row("202.205(a)", "proteomic 1001 is bulk", cn().data(of(HUMAN_PROTEOMIC, 1001)), PROHIBITED, "202.303"),
                row("202.205(a)", "transcriptomic 1000 is not bulk", cn().data(of(HUMAN_TRANSCRIPTOMIC, 1000)), NOT_COVERED, "202.205"),
                row("202.205(b)", "biometric 1000 is not bulk", cn().data(of(BIOMETRIC_IDENTIFIERS, 1000)), NOT_COVERED, "202.205"),
                row("202.205(b)", "biometric 1001 is bulk", cn().data(of(BIOMETRIC_IDENTIFIERS, 1001)), RESTRICTED, "202.401"),
                row("202.205(c)", "geolocation 1000 devices is not bulk", cn().data(of(PRECISE_GEOLOCATION, 1000)), NOT_COVERED, "202.205"),
                row("202.205(c)", "geolocation 1001 devices is bulk", cn().data(of(PRECISE_GEOLOCATION, 1001)), RESTRICTED, "202.401"),
                row("202.205(d)", "health 10000 is not bulk", cn().data(of(PERSONAL_HEALTH, 10_000)), NOT_COVERED, "202.205"),
                row("202.205(d)", "health 10001 is bulk", cn().data(of(PERSONAL_HEALTH, 10_001)), RESTRICTED, "202.401"),
                row("202.205(e)", "financial 10000 is not bulk", cn().data(of(PERSONAL_FINANCIAL, 10_000)), NOT_COVERED, "202.205"),
                row("202.205(e)", "financial 10001 is bulk", cn().data(of(PERSONAL_FINANCIAL, 10_001)), RESTRICTED, "202.401"),
                row("202.205(f)", "CPI 100000 is not bulk", cn().data(ids(100_000, false, NAME, SSN)), NOT_COVERED, "202.205"),
                row("202.205(f)", "CPI 100001 is bulk", cn().data(ids(100_001, false, NAME, SSN)), RESTRICTED, "202.401"),
                row("202.303", "biospecimens of 100 persons are not bulk", cn().data(of(HUMAN_BIOSPECIMENS, 100)), NOT_COVERED, "202.205"),
                row("202.303", "biospecimens of 101 persons are prohibited", cn().data(of(HUMAN_BIOSPECIMENS, 101)), PROHIBITED, "202.303"),
                row("202.223", "therapeutic biospecimens are excluded", cn().data(therapeutic(5000)), NOT_COVERED, "202.205"),
                row("202.205", "no data at all", cn(), NOT_COVERED, "202.205"),

                // --- 12-month aggregation, 28 CFR 202.205: window (date - 12 months, date]
                row("202.205", "prior exactly 12 months earlier is outside the window", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2024-06-01", of(PERSONAL_HEALTH, 5000)), NOT_COVERED, "202.205"),
                row("202.205", "prior one day inside the window counts", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2024-06-02", of(PERSONAL_HEALTH, 5000)), RESTRICTED, "202.401"),
                row("202.205", "prior on the transaction date counts", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2025-06-01", of(PERSONAL_HEALTH, 5000)), RESTRICTED, "202.401"),
                row("202.205", "prior after the transaction date is ignored", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2025-06-02", of(PERSONAL_HEALTH, 5000)), NOT_COVERED, "202.205"),
                row("202.205", "prior 13 months earlier does not count", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2024-05-01", of(PERSONAL_HEALTH, 5000)), NOT_COVERED, "202.205"),
                row("202.205", "two priors reach exactly N+1", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2025-01-01", of(PERSONAL_HEALTH, 4000)).prior("2025-03-01", of(PERSONAL_HEALTH, 1)), RESTRICTED, "202.401"),
                row("202.205", "two priors reach exactly N", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2025-01-01", of(PERSONAL_HEALTH, 3999)).prior("2025-03-01", of(PERSONAL_HEALTH, 1)), NOT_COVERED, "202.205"),
                row("202.205", "leap day prior inside the window", cn().date("2025-02-28").data(of(PERSONAL_HEALTH, 6000)).prior("2024-02-29", of(PERSONAL_HEALTH, 5000)), NOT_COVERED, "202.216"),
                row("202.205", "prior 11 months earlier counts", cn().date("2026-02-28").data(of(PERSONAL_HEALTH, 6000)).prior("2025-03-28", of(PERSONAL_HEALTH, 5000)), RESTRICTED, "202.401"),
                row("202.249(b)", "excluded prior data counts for nothing", cn().date("2025-06-01").data(of(PERSONAL_HEALTH, 6000)).prior("2025-01-01", excluded(PERSONAL_HEALTH, 5000, DataExclusion.PUBLIC_RECORD)), NOT_COVERED, "202.205"),
                row("202.205", "prior genomic data aggregates into 'omic bulk", cn().date("2025-06-01").data(of(HUMAN_GENOMIC, 60)).prior("2025-05-01", of(HUMAN_GENOMIC, 41)), PROHIBITED, "202.303"),

                // --- combined data, 28 CFR 202.205(g)
                row("202.205(g)", "strict: health 200 with genomic 50 tested at 100", cn().data(of(PERSONAL_HEALTH, 200), of(HUMAN_GENOMIC, 50)), RESTRICTED, "202.401"),
                literal("202.205(g)", "literal: health 200 with genomic 50 is not bulk", cn().data(of(PERSONAL_HEALTH, 200), of(HUMAN_GENOMIC, 50)), NOT_COVERED, "202.205"),
                row("202.205(g)", "strict: financial 5000 with biometric 500 tested at 1000", cn().data(of(PERSONAL_FINANCIAL, 5000), of(BIOMETRIC_IDENTIFIERS, 500)), RESTRICTED, "202.401"),
                literal("202.205(g)", "literal: financial 5000 with biometric 500", cn().data(of(PERSONAL_FINANCIAL, 5000), of(BIOMETRIC_IDENTIFIERS, 500)), NOT_COVERED, "202.205"),
                literal("202.205(g)", "literal: one type over its own threshold makes the set bulk", cn().data(of(PERSONAL_FINANCIAL, 10_001), of(BIOMETRIC_IDENTIFIERS, 500)), RESTRICTED, "202.401"),
                row("202.205(a)", "genomic 50 and proteomic 500 are one category, not combined", cn().data(of(HUMAN_GENOMIC, 50), of(HUMAN_PROTEOMIC, 500)), NOT_COVERED, "202.205"),
                row("202.205(g)", "strict: CPI 20000 with health 500 tested at 10000", cn().data(ids(20_000, true, NAME, SSN), of(PERSONAL_HEALTH, 500)), RESTRICTED, "202.401"),
                row("202.205(g)", "strict: geolocation 900 with health 2000 tested at 1000", cn().data(of(PRECISE_GEOLOCATION, 900), of(PERSONAL_HEALTH, 2000)), RESTRICTED, "202.401"),
                row("202.205(g)", "excluded data does not make a combination", cn().data(of(PERSONAL_HEALTH, 2000), excluded(HUMAN_GENOMIC, 50, DataExclusion.NOT_ABOUT_INDIVIDUALS)), NOT_COVERED, "202.205"),

                // --- covered personal identifiers, 28 CFR 202.212
                row("202.212(b)(1)", "demographic linked only to demographic is excluded", cn().data(ids(500_000, false, NAME, EMAIL, ZIP_CODE)), NOT_COVERED, "202.205"),
                row("202.212(b)(2)", "network and authentication only is excluded", cn().data(ids(500_000, false, IP_ADDRESS, USERNAME)), NOT_COVERED, "202.205"),
                row("202.212(b)(2)", "network, cookie, call detail and password only is excluded", cn().data(ids(500_000, false, IP_ADDRESS, COOKIE, CALL_DETAIL, PASSWORD)), NOT_COVERED, "202.205"),
                row("202.212(a)", "a lone SSN is not CPI", cn().data(ids(500_000, false, SSN)), NOT_COVERED, "202.205"),
                row("202.212(a)(2)", "one identifier linked to other sensitive data is CPI", cn().data(ids(500_000, true, SSN)), RESTRICTED, "202.401"),
                row("202.212(a)(2)", "demographic data linked to sensitive data is CPI", cn().data(ids(500_000, true, NAME, EMAIL)), RESTRICTED, "202.401"),
                row("202.212(a)(1)", "name with IP address is CPI", cn().data(ids(500_000, false, NAME, IP_ADDRESS)), RESTRICTED, "202.401"),
                row("202.206", "anonymized CPI still counts", cn().data(new dev.clearance.domain.transaction.DataSet(dev.clearance.domain.transaction.DataCategory.LISTED_IDENTIFIERS, 500_000, java.util.Set.of(NAME, SSN), false, null, false, true)), RESTRICTED, "202.401"),
                row("202.206", "encrypted health data still counts", cn().data(anonymized(PERSONAL_HEALTH, 20_000)), RESTRICTED, "202.401"),
                row("202.249(b)(1)", "data not about individuals is excluded", cn().data(excluded(PERSONAL_HEALTH, 1_000_000, DataExclusion.NOT_ABOUT_INDIVIDUALS)), NOT_COVERED, "202.205"),
                row("202.249(b)(2)", "public-record data is excluded", cn().data(excluded(PERSONAL_FINANCIAL, 1_000_000, DataExclusion.PUBLIC_RECORD)), NOT_COVERED, "202.205"),
                row("202.249(b)(3)", "personal communications are excluded", cn().data(excluded(PERSONAL_HEALTH, 1_000_000, DataExclusion.PERSONAL_COMMUNICATION)), NOT_COVERED, "202.205"),
                row("202.249(b)(4)", "informational materials are excluded", cn().data(excluded(HUMAN_GENOMIC, 1_000_000, DataExclusion.INFORMATIONAL_MATERIALS)), NOT_COVERED, "202.205"),

                // --- government-related data, 28 CFR 202.222
                row("202.222(a)", "5 devices in a listed area, vendor", cn().grd(true, false).data(of(PRECISE_GEOLOCATION, 5)), RESTRICTED, "202.401"),
                row("202.222(b)", "10 persons marketed as USG-linked, vendor", cn().grd(false, true).data(of(PERSONAL_HEALTH, 10)), RESTRICTED, "202.401"),
                row("202.222", "government-related data brokered to a covered person", brokerage(cn()).grd(true, false).data(of(PRECISE_GEOLOCATION, 5)), PROHIBITED, "202.301"),
                row("202.222", "government-related data brokered to a UK buyer without clause", brokerage(uk()).grd(false, true).data(of(PERSONAL_HEALTH, 10)), PROHIBITED, "202.302"),
                row("202.222(b)", "marketing prong needs sensitive data in scope", cn().grd(false, true).data(excluded(PERSONAL_HEALTH, 10, DataExclusion.PUBLIC_RECORD)), NOT_COVERED, "202.205"),

                // --- effective date, 28 CFR 202.216
                row("202.216", "the day before the effective date", cn().date("2025-04-07").data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.216"),
                row("202.216", "the effective date itself", cn().date("2025-04-08").data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),

                // --- the actor, 28 CFR 202.256 and 202.305
                row("202.256", "a German company is not a U.S. person", cn().usPerson(entity("us", "Example GmbH", "DE", "DE")).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.256"),
                row("202.305", "a German company directed by a U.S. person, brokerage", brokerage(cn()).usPerson(entity("us", "Example GmbH", "DE", "DE")).directed().data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.305"),
                row("202.256", "a U.S. citizen abroad is a U.S. person", cn().usPerson(person("us", UsStatus.CITIZEN, "US", "FR", "FR")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.256", "an entity organized in the U.S. and the Caymans is not solely U.S.", cn().usPerson(new Entity(PartyId.of("us"), "Dual Inc.", List.of(CountryCode.of("US"), CountryCode.of("KY")), CountryCode.of("US"), List.of(), Relationship.NONE, null, false)).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.256"),
                row("202.256", "a foreign branch of a U.S. company is a U.S. person", cn().usPerson(branch("us", "Example Inc. London Branch", "GB", "usho")).party(usEntity("usho", "Example Inc.")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),

                // --- counterparty status, 28 CFR 202.211
                row("202.208", "Hong Kong counts as China", Facts.with(entity("cp", "Example HK Ltd.", "HK", "HK")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.208", "Macau counts as China", Facts.with(entity("cp", "Example MO Ltd.", "MO", "MO")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "principal place of business in North Korea", Facts.with(entity("cp", "Example Ltd.", "SG", "KP")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "organized in Venezuela", Facts.with(entity("cp", "Example C.A.", "VE", "CO")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "organized in Iran, brokerage", brokerage(Facts.with(entity("cp", "Example Co.", "IR", "IR"))).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.211(a)(1)", "organized in Cuba", Facts.with(entity("cp", "Example S.A.", "CU", "CU")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "German company with principal place of business in China", Facts.with(entity("cp", "Example GmbH", "DE", "CN")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.601", "the Chinese government as vendor", Facts.with(government("cp", "CN")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.601", "data brokerage with the Russian government", brokerage(Facts.with(government("cp", "RU"))).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.211", "a U.S. subsidiary wholly owned by a Chinese company is a U.S. person", Facts.with(new Entity(PartyId.of("cp"), "Example US Sub Inc.", List.of(CountryCode.of("US")), CountryCode.of("US"), List.of(stake("cn1", "100")), Relationship.NONE, null, false), entity("cn1", "Parent", "CN", "CN")).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.211"),
                row("202.211(a)(5)", "a designated U.S. company is covered", Facts.with(designated(usEntity("cp", "Designated US LLC"))).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.256", "a Chinese citizen located in the United States is a U.S. person", Facts.with(person("cp", null, "CN", "US", "CN")).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.211"),
                row("202.211(a)(5)", "a designated individual in the United States stays covered", Facts.with(designated(person("cp", null, "CN", "US", "US"))).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(3)", "a German resident employed by a Chinese company", Facts.with(person("cp", null, "DE", "DE", "DE", "emp"), entity("emp", "Employer Co.", "CN", "CN")).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(3)", "a contractor of the Iranian government", Facts.with(person("cp", null, "TR", "TR", "TR", "irgov"), government("irgov", "IR")).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211", "a Chinese citizen resident in Germany, German employer", Facts.with(person("cp", null, "CN", "DE", "DE", "emp"), entity("emp", "Employer GmbH", "DE", "DE")).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.211"),
                row("202.211(a)(4)", "an individual primarily resident in Hong Kong", Facts.with(person("cp", null, "GB", "HK", "HK")).type(TransactionType.EMPLOYMENT).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "a German branch of a Chinese head office", Facts.with(branch("cp", "Example Frankfurt Branch", "DE", "ho"), entity("ho", "Head Office Co.", "CN", "CN")).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.211", "data brokerage to a U.S. company is not covered", brokerage(Facts.with(usEntity("cp", "Buyer Inc."))).data(of(PERSONAL_HEALTH, 50_000)), NOT_COVERED, "202.211"),

                // --- ownership, 28 CFR 202.211(a)(1)-(2)
                row("202.211(a)(1)", "49.99% Chinese ownership is not covered", ownedBy("cn1", "49.99"), NOT_COVERED, "202.211"),
                row("202.211(a)(1)", "exactly 50% Chinese ownership is covered", ownedBy("cn1", "50"), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "50.01% Chinese ownership is covered", ownedBy("cn1", "50.01"), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "split 25% + 25% by two covered owners adds up", ownedBy("cn1", "25", "cn2", "25"), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "30% covered company + 19.99% CN-resident individual", ownedBy("cn1", "30", "ru1", "19.99"), NOT_COVERED, "202.211"),
                row("202.211(a)(2)", "30% covered company + 20% Russia-resident individual", ownedBy("cn1", "30", "ru1", "20"), RESTRICTED, "202.401"),
                row("202.211(a)(1)", "50% held by the Chinese government", ownedBy("cngov", "50"), RESTRICTED, "202.401"),
                row("202.211", "uncovered owners count for nothing", ownedBy("de1", "60", "cn1", "40"), NOT_COVERED, "202.211"),
                row("202.211(a)(2)", "indirect 70% of 70% is covered, not 49%", ownedByWith(List.of(entity("hold", "Example Holding B.V.", "NL", "NL", stake("cn1", "70"))), "hold", "70"), RESTRICTED, "202.401"),
                row("202.211(a)(2)", "indirect 49.99% through a holding is not covered", ownedByWith(List.of(entity("hold", "Example Holding B.V.", "NL", "NL", stake("cn1", "49.99"))), "hold", "100"), NOT_COVERED, "202.211"),
                row("202.211(a)(2)", "a cycle with nothing covered outside it terminates uncovered", ownedByWith(List.of(entity("loop", "Loop Holding", "NL", "NL", stake("cp", "60"))), "loop", "60"), NOT_COVERED, "202.211"),
                row("202.211(a)(2)", "a cycle member covered from outside covers", ownedByWith(List.of(entity("loop", "Loop Holding", "NL", "NL", stake("cp", "30"), stake("cn1", "60"))), "loop", "60"), RESTRICTED, "202.401"),
                row("202.211", "a Chinese citizen in the U.S. owning 60% is a U.S. person and counts for nothing", ownedByWith(List.of(person("cnus", null, "CN", "US", "US")), "cnus", "60"), NOT_COVERED, "202.211"),
                row("202.211(a)(5)", "a designated owner counts", ownedByWith(List.of(designated(usEntity("desig", "Designated LLC"))), "desig", "50"), RESTRICTED, "202.401"),

                // --- access and class, 28 CFR 202.201, 202.210, 202.228
                row("202.210", "no access by the covered person", cn().noAccess().data(of(PERSONAL_FINANCIAL, 500_000)), NOT_COVERED, "202.210"),
                row("202.210", "no class of covered transaction", cn().type(TransactionType.NONE).data(of(PERSONAL_FINANCIAL, 500_000)), NOT_COVERED, "202.210"),
                row("202.228(b)", "passive 9.99% public shares", cn().investment(InvestmentInstrument.PUBLIC_SECURITY, "9.99", "9.99", false).data(of(PERSONAL_FINANCIAL, 500_000)), NOT_COVERED, "202.228"),
                row("202.228(b)(2)", "10% voting is not passive", cn().investment(InvestmentInstrument.PUBLIC_SECURITY, "10", "5", false).data(of(PERSONAL_FINANCIAL, 500_000)), RESTRICTED, "202.401"),
                row("202.228(b)(2)", "10% equity is not passive", cn().investment(InvestmentInstrument.REGISTERED_FUND, "5", "10", false).data(of(PERSONAL_FINANCIAL, 500_000)), RESTRICTED, "202.401"),
                row("202.228(b)(1)", "limited partner 5% is passive", cn().investment(InvestmentInstrument.LIMITED_PARTNER, "5", "5", false).data(of(PERSONAL_FINANCIAL, 500_000)), NOT_COVERED, "202.228"),
                row("202.228(b)(1)", "other instrument 1% is not passive", cn().investment(InvestmentInstrument.OTHER, "1", "1", false).data(of(PERSONAL_FINANCIAL, 500_000)), RESTRICTED, "202.401"),
                row("202.228(b)(3)", "extra rights defeat passivity", cn().investment(InvestmentInstrument.PUBLIC_SECURITY, "5", "5", true).data(of(PERSONAL_FINANCIAL, 500_000)), RESTRICTED, "202.401"),
                row("202.401", "investment with board seat, security not met", cn().investment(InvestmentInstrument.OTHER, "25", "25", true).security(SecurityRequirementsStatus.NOT_MET).data(of(PERSONAL_HEALTH, 200_000)), PROHIBITED, "202.401"),

                // --- exemptions, Subpart E
                row("202.506", "corporate group: subsidiary payroll vendor", Facts.with(related(entity("cp", "Sub Co.", "CN", "CN"), Relationship.SUBSIDIARY)).exempt(ExemptionClaim.CORPORATE_GROUP).data(of(PERSONAL_FINANCIAL, 50_000)), EXEMPT, "202.506"),
                row("202.506", "corporate group: affiliate employment", Facts.with(related(entity("cp", "Affiliate Co.", "CN", "CN"), Relationship.AFFILIATE)).type(TransactionType.EMPLOYMENT).exempt(ExemptionClaim.CORPORATE_GROUP).data(of(PERSONAL_FINANCIAL, 50_000)), EXEMPT, "202.506"),
                row("202.506(a)(1)", "corporate group claim fails without the relationship", cn().exempt(ExemptionClaim.CORPORATE_GROUP).data(of(PERSONAL_FINANCIAL, 50_000)), RESTRICTED, "202.401"),
                row("202.506(a)(1)", "corporate group claim fails for a parent", Facts.with(related(entity("cp", "Parent Co.", "CN", "CN"), Relationship.PARENT)).exempt(ExemptionClaim.CORPORATE_GROUP).data(of(PERSONAL_FINANCIAL, 50_000)), RESTRICTED, "202.401"),
                row("202.506(a)(2)", "corporate group claim fails for brokerage", brokerage(Facts.with(related(entity("cp", "Sub Co.", "CN", "CN"), Relationship.SUBSIDIARY))).exempt(ExemptionClaim.CORPORATE_GROUP).data(of(PERSONAL_FINANCIAL, 50_000)), PROHIBITED, "202.301"),
                row("202.509", "telecommunications claim fails for brokerage", brokerage(cn()).exempt(ExemptionClaim.TELECOMMUNICATIONS).data(of(PRECISE_GEOLOCATION, 50_000)), PROHIBITED, "202.301"),
                row("202.509", "telecommunications vendor", cn().exempt(ExemptionClaim.TELECOMMUNICATIONS).data(of(PRECISE_GEOLOCATION, 50_000)), EXEMPT, "202.509"),
                row("202.505", "financial services vendor", cn().exempt(ExemptionClaim.FINANCIAL_SERVICES).data(of(PERSONAL_FINANCIAL, 50_000)), EXEMPT, "202.505"),
                row("202.505", "financial services claim fails for genomic data", cn().exempt(ExemptionClaim.FINANCIAL_SERVICES).data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.510", "drug authorization with pseudonymized data", cn().exempt(ExemptionClaim.DRUG_DEVICE_AUTHORIZATION).data(anonymized(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.510"),
                row("202.510", "drug authorization claim fails for identifiable data", cn().exempt(ExemptionClaim.DRUG_DEVICE_AUTHORIZATION).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.511", "clinical investigation with pseudonymized 'omic data", cn().exempt(ExemptionClaim.CLINICAL_INVESTIGATION).data(anonymized(HUMAN_GENOMIC, 5000)), EXEMPT, "202.511"),
                row("202.508", "CFIUS action on an investment", cn().investment(InvestmentInstrument.OTHER, "30", "30", true).exempt(ExemptionClaim.CFIUS_ACTION).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.508"),
                row("202.508", "CFIUS claim fails for a vendor agreement", cn().exempt(ExemptionClaim.CFIUS_ACTION).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.503", "travel vendor", cn().exempt(ExemptionClaim.TRAVEL).data(of(PERSONAL_FINANCIAL, 50_000)), EXEMPT, "202.503"),
                row("202.503", "travel claim fails for cloud computing", cn().cloud().exempt(ExemptionClaim.TRAVEL).data(of(PERSONAL_FINANCIAL, 50_000)), RESTRICTED, "202.401"),
                // 202.501: a personal communication that transfers nothing of value, in any class of transaction
                row("202.501", "personal communication under a vendor agreement, condition asserted", cn().exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.501"),
                row("202.501", "personal communication to a covered employee, nothing of value", cn().type(TransactionType.EMPLOYMENT).valueTransferred(false).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_FINANCIAL, 50_000)), EXEMPT, "202.501"),
                row("202.501", "letters delivered by a covered courier for a fee: the fee is not value in them", cn().valueTransferred(false).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.501"),
                row("202.501", "never for data brokerage: the data itself is sold (202.214)", brokerage(cn()).valueTransferred(false).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.501", "personal communication under an investment agreement", cn().investment(InvestmentInstrument.OTHER, "30", "30", true).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.501"),
                row("202.501", "personal communication outranks the bulk 'omic prohibition", cn().valueTransferred(false).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(HUMAN_GENOMIC, 5000)), EXEMPT, "202.501"),
                row("202.501", "communication that transfers something of value fails (vendor)", cn().valueTransferred(true).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.501", "communication that transfers something of value fails (brokerage)", brokerage(cn()).valueTransferred(true).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.501", "communication that transfers something of value fails (employment)", cn().type(TransactionType.EMPLOYMENT).valueTransferred(true).exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                // 202.502 with 202.226: expressive material fully created and in existence, in any class
                row("202.502", "published book containing personal data sold to a covered person", brokerage(cn()).material(true, true, false, false, false).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.502"),
                row("202.502", "informational materials under a vendor agreement, conditions asserted", cn().exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.502"),
                row("202.502", "news wire feed to a covered employee", cn().type(TransactionType.EMPLOYMENT).material(true, true, null, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PRECISE_GEOLOCATION, 50_000)), EXEMPT, "202.502"),
                row("202.502", "film library under an investment agreement", cn().investment(InvestmentInstrument.OTHER, "30", "30", true).material(true, true, false, false, false).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(BIOMETRIC_IDENTIFIERS, 50_000)), EXEMPT, "202.502"),
                row("202.226", "data set of the same records built to the buyer's specification fails", brokerage(cn()).material(null, null, true, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.226", "non-expressive data fails (vendor)", cn().material(false, null, null, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.226", "material not yet in existence fails (employment)", cn().type(TransactionType.EMPLOYMENT).material(true, false, null, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.226", "enhancement or marketing services fail (investment)", cn().investment(InvestmentInstrument.OTHER, "30", "30", true).material(true, true, false, true, false).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.226", "export-controlled material fails (brokerage)", brokerage(cn()).material(true, true, false, false, true).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),
                row("202.226", "custom genomic data set fails and the 'omic prohibition decides", cn().material(false, false, true, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.504", "official U.S. Government business", cn().exempt(ExemptionClaim.OFFICIAL_US_GOVERNMENT).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.504"),
                row("202.507", "required by federal law", cn().exempt(ExemptionClaim.REQUIRED_BY_FEDERAL_LAW).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.507"),
                row("202.506", "exemption before omic prohibition", Facts.with(related(entity("cp", "Sub Co.", "CN", "CN"), Relationship.SUBSIDIARY)).exempt(ExemptionClaim.CORPORATE_GROUP).data(of(HUMAN_GENOMIC, 5000)), EXEMPT, "202.506"),
                row("202.504", "first passing exemption in regulation order decides", cn().exempt(ExemptionClaim.REQUIRED_BY_FEDERAL_LAW, ExemptionClaim.OFFICIAL_US_GOVERNMENT).data(of(PERSONAL_HEALTH, 50_000)), EXEMPT, "202.504"),

                // --- licences, Subpart H
                row("202.801", "general licence with conditions met", brokerage(cn()).license(LicenseKind.GENERAL, true).data(of(PERSONAL_HEALTH, 50_000)), AUTHORIZED_BY_LICENSE, "202.801"),
                row("202.802", "specific licence with conditions met", cn().security(SecurityRequirementsStatus.NOT_MET).license(LicenseKind.SPECIFIC, true).data(of(PERSONAL_HEALTH, 50_000)), AUTHORIZED_BY_LICENSE, "202.802"),
                row("202.801", "licence with conditions not met does not authorize", brokerage(cn()).license(LicenseKind.GENERAL, false).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.301"),

                // --- prohibitions and restrictions, Subparts C and D
                row("202.302", "UK buyer with onward-transfer clause is permitted", brokerage(uk()).clause().data(of(PERSONAL_FINANCIAL, 30_000)), NOT_COVERED, "202.302"),
                row("202.302", "UK buyer without the clause is prohibited", brokerage(uk()).data(of(PERSONAL_FINANCIAL, 30_000)), PROHIBITED, "202.302"),
                row("202.302", "UK buyer below threshold is not covered", brokerage(uk()).data(of(PERSONAL_FINANCIAL, 3_000)), NOT_COVERED, "202.205"),
                row("202.201", "UK buyer without access", brokerage(uk()).noAccess().data(of(PERSONAL_FINANCIAL, 30_000)), NOT_COVERED, "202.201"),
                row("202.211", "UK vendor is not covered", uk().data(of(PERSONAL_FINANCIAL, 30_000)), NOT_COVERED, "202.211"),
                row("202.303", "genomic vendor with security met is still prohibited", cn().data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.303", "genomic employment is prohibited", cn().type(TransactionType.EMPLOYMENT).data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.303", "genomic investment is prohibited", cn().investment(InvestmentInstrument.OTHER, "20", "20", false).data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.303", "genomic brokerage cites 202.303 before 202.301", brokerage(cn()).data(of(HUMAN_GENOMIC, 5000)), PROHIBITED, "202.303"),
                row("202.301", "financial brokerage to a covered person", brokerage(cn()).data(of(PERSONAL_FINANCIAL, 50_000)), PROHIBITED, "202.301"),
                row("202.401", "vendor with security not met is prohibited", cn().security(SecurityRequirementsStatus.NOT_MET).data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.401"),
                row("202.401", "vendor with security unknown is restricted", cn().security(SecurityRequirementsStatus.UNKNOWN).data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),
                row("202.401", "cloud vendor is a vendor agreement", cn().cloud().data(of(PERSONAL_HEALTH, 50_000)), RESTRICTED, "202.401"),

                // --- overlays, 28 CFR 202.304 and 202.305
                row("202.304", "evasion via a counterparty moved into the U.S.", Facts.with(person("cp", null, "CN", "US", "US")).type(TransactionType.EMPLOYMENT).evasion().data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.304"),
                row("202.304", "evasion below thresholds is not covered", cn().evasion().data(of(PERSONAL_HEALTH, 5_000)), NOT_COVERED, "202.205"),
                row("202.304", "evasion defeats a claimed exemption", Facts.with(related(entity("cp", "Sub Co.", "CN", "CN"), Relationship.SUBSIDIARY)).exempt(ExemptionClaim.CORPORATE_GROUP).evasion().data(of(PERSONAL_HEALTH, 50_000)), PROHIBITED, "202.304"),
                row("202.304", "evasion with government-related data", uk().evasion().grd(true, false).data(of(PRECISE_GEOLOCATION, 3)), PROHIBITED, "202.304"),
                row("202.305", "U.S. person directing covered brokerage", brokerage(cn()).directed().data(of(PERSONAL_FINANCIAL, 50_000)), PROHIBITED, "202.305"),
                row("202.305", "directing a compliant restricted transaction", cn().directed().data(of(PERSONAL_FINANCIAL, 50_000)), RESTRICTED, "202.401"),
                row("202.305", "directing a non-compliant restricted transaction", cn().directed().security(SecurityRequirementsStatus.NOT_MET).data(of(PERSONAL_FINANCIAL, 50_000)), PROHIBITED, "202.305"),
                row("202.305", "directing brokerage with onward-transfer clause", brokerage(uk()).directed().clause().data(of(PERSONAL_FINANCIAL, 50_000)), NOT_COVERED, "202.302"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("examples")
    void classifies_as_the_regulation_requires(String section, String name, Facts facts, Outcome outcome,
            String decisive, TransactionClassifier classifier) {
        Classification c = classifier.classify(facts.build());

        assertThat(c.outcome()).as("outcome; trace: %s", c.reasons()).isEqualTo(outcome);
        assertThat(c.decisiveCitation().value()).as("decisive citation").startsWith("28 CFR " + decisive);
        assertThat(c.reasons()).isNotEmpty();
        assertThat(c.ruleSetVersion().value()).isEqualTo("dsp-2025.04.08-2");
    }
}
