package dev.clearance.rules.coveredperson;

import dev.clearance.domain.shared.CountryCode;
import java.util.Map;
import java.util.Set;

/**
 * The six countries of concern (28 CFR 202.601(a)) and the territory of the United States.
 *
 * @since 0.1.0
 */
public final class CountriesOfConcern {

    /** China includes the Hong Kong and Macau Special Administrative Regions (28 CFR 202.208). */
    private static final Map<String, String> NAMES = Map.of(
            "CN", "China", "HK", "China (Hong Kong SAR)", "MO", "China (Macau SAR)", "CU", "Cuba",
            "IR", "Iran", "KP", "North Korea", "RU", "Russia", "VE", "Venezuela");

    /** NB: the U.S. person test counts jurisdictions "within the United States", i.e. states and territories. */
    private static final Set<String> UNITED_STATES = Set.of("US", "PR", "GU", "VI", "AS", "MP", "UM");

    /**
     * The same two sets as a table by the code's two letters ({@code (c0 - 'A') * 26 + (c1 - 'A')}): the
     * covered-person solver asks for every party of graphs with hundreds of thousands of parties, and two char
     * reads beat hashing the code into two maps.
     */
    private static final byte CONCERN = 1;
    private static final byte UNITED_STATES_FLAG = 2;
    private static final byte[] TABLE = new byte[26 * 26];

    static {
        NAMES.keySet().forEach(c -> TABLE[slot(c)] |= CONCERN);
        UNITED_STATES.forEach(c -> TABLE[slot(c)] |= UNITED_STATES_FLAG);
    }

    private CountriesOfConcern() {
    }

    /** CountryCode guarantees two upper-case ASCII letters. */
    private static int slot(String code) {
        return (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
    }

    /** 28 CFR 202.601(a), 202.208: China (incl. HK and MO), Cuba, Iran, North Korea, Russia, Venezuela. */
    public static boolean isCountryOfConcern(CountryCode country) {
        return (TABLE[slot(country.value())] & CONCERN) != 0;
    }

    public static String describe(CountryCode country) {
        String name = NAMES.get(country.value());
        return name == null ? country.value() : name + " (" + country.value() + ")";
    }

    /** The United States, its states and its territories (28 CFR 202.256). */
    public static boolean isUnitedStates(CountryCode country) {
        return (TABLE[slot(country.value())] & UNITED_STATES_FLAG) != 0;
    }
}
