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

    private CountriesOfConcern() {
    }

    /** 28 CFR 202.601(a), 202.208: China (incl. HK and MO), Cuba, Iran, North Korea, Russia, Venezuela. */
    public static boolean isCountryOfConcern(CountryCode country) {
        return NAMES.containsKey(country.value());
    }

    public static String describe(CountryCode country) {
        String name = NAMES.get(country.value());
        return name == null ? country.value() : name + " (" + country.value() + ")";
    }

    /** The United States, its states and its territories (28 CFR 202.256). */
    public static boolean isUnitedStates(CountryCode country) {
        return UNITED_STATES.contains(country.value());
    }
}
