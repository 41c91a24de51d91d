package dev.clearance.screening.list;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as lists write them ("Korea, North", "Iran (Islamic Republic of)", "CN") to ISO 3166-1 alpha-2
 * codes, so that a list entry's countries can be compared with a party's.
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            BY_KEY.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            BY_KEY.put(key(code), code);
            BY_KEY.put(key(l.getISO3Country()), code);
        }
        // NB: names used by OFAC, UN and CSL that differ from the JDK's English display names.
        String[][] aliases = {
                {"KOREA, NORTH", "KP"}, {"NORTH KOREA", "KP"}, {"DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "KP"},
                {"KOREA, SOUTH", "KR"}, {"REPUBLIC OF KOREA", "KR"}, {"SOUTH KOREA", "KR"},
                {"IRAN (ISLAMIC REPUBLIC OF)", "IR"}, {"RUSSIAN FEDERATION", "RU"}, {"SYRIAN ARAB REPUBLIC", "SY"},
                {"BURMA", "MM"}, {"CONGO, DEMOCRATIC REPUBLIC OF THE", "CD"}, {"DEMOCRATIC REPUBLIC OF THE CONGO", "CD"},
                {"CONGO, REPUBLIC OF THE", "CG"}, {"REPUBLIC OF THE CONGO", "CG"}, {"CONGO", "CG"},
                {"UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GB"}, {"UK", "GB"},
                {"UNITED STATES OF AMERICA", "US"}, {"USA", "US"}, {"VENEZUELA (BOLIVARIAN REPUBLIC OF)", "VE"},
                {"BOLIVIA (PLURINATIONAL STATE OF)", "BO"}, {"UNITED REPUBLIC OF TANZANIA", "TZ"},
                {"LAO PEOPLE'S DEMOCRATIC REPUBLIC", "LA"}, {"LAOS", "LA"}, {"VIET NAM", "VN"},
                {"REPUBLIC OF MOLDOVA", "MD"}, {"CZECH REPUBLIC", "CZ"}, {"THE NETHERLANDS", "NL"},
                {"TURKEY", "TR"}, {"TURKIYE", "TR"}, {"IVORY COAST", "CI"}, {"COTE D'IVOIRE", "CI"},
                {"BOSNIA-HERZEGOVINA", "BA"}, {"MACEDONIA", "MK"}, {"NORTH MACEDONIA, THE REPUBLIC OF", "MK"},
                {"PALESTINIAN", "PS"}, {"WEST BANK", "PS"}, {"GAZA", "PS"}, {"REGION: GAZA", "PS"},
                {"PALESTINE", "PS"}, {"STATE OF PALESTINE", "PS"}, {"CRIMEA", "UA"}, {"REGION: CRIMEA", "UA"},
                {"BRUNEI DARUSSALAM", "BN"}, {"CABO VERDE", "CV"}, {"ESWATINI", "SZ"}, {"SWAZILAND", "SZ"},
                {"THE GAMBIA", "GM"}, {"GAMBIA, THE", "GM"}, {"BAHAMAS, THE", "BS"}, {"HONG KONG", "HK"},
                {"MACAU", "MO"}, {"TAIWAN", "TW"}, {"KOSOVO", "XK"}, {"MICRONESIA, FEDERATED STATES OF", "FM"},
                {"SAINT KITTS AND NEVIS", "KN"}, {"ST. KITTS AND NEVIS", "KN"}, {"SAINT VINCENT AND THE GRENADINES", "VC"},
                {"ANTIGUA AND BARBUDA", "AG"}, {"TRINIDAD AND TOBAGO", "TT"}, {"TIMOR-LESTE", "TL"},
                {"EAST TIMOR", "TL"}, {"VATICAN CITY", "VA"}, {"HOLY SEE", "VA"}, {"CURACAO", "CW"},
        };
        for (String[] a : aliases) {
            BY_KEY.put(key(a[0]), a[1]);
        }
    }

    private Countries() {
    }

    /** The ISO 3166-1 alpha-2 code for a country name or code, when it is one we know. */
    public static Optional<String> toCode(String nameOrCode) {
        String k = key(nameOrCode);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(k));
    }

    /** The code when known, otherwise the trimmed upper-case name (kept so nothing published is lost). */
    public static String codeOrName(String nameOrCode) {
        return toCode(nameOrCode).orElse(nameOrCode.trim().toUpperCase(Locale.ROOT));
    }

    private static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }
}
