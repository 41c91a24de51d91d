package dev.clearance.screening.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Legal-form words and phrases (as they read after normalization: dots gone, single letters merged, so "S.A. de
 * C.V." is {@code SA DE CV} and "Sp. z o.o." is {@code SP ZOO}), with the jurisdictions a form implies. Generic
 * forms ({@code LTD}, {@code LLC}, {@code JSC}) imply none: they are used in English renderings of any company.
 */
final class LegalForms {

    /** A form; {@code anywhere} forms are removed wherever they occur, the others only at the start or end. */
    record Form(List<String> words, Set<String> jurisdictions, boolean anywhere) {
    }

    static final List<Form> FORMS;
    private static final Set<String> LETTER_FORMS;
    private static final java.util.Map<String, List<Form>> BY_FIRST_WORD;

    /** Single-word forms that are never a name word, so they are removed wherever they stand. */
    private static final Set<String> ANYWHERE = Set.of("LTD", "LIMITED", "LLC", "INC", "INCORPORATED", "CORP",
            "CORPORATION", "COMPANY", "PLC", "JSC", "OJSC", "CJSC", "PJSC", "LLP", "GMBH", "MBH", "SRL", "SNC", "SAS",
            "SCARL", "SARL", "SUARL", "EURL", "LTDA", "EIRELI", "DOO", "OOO", "ZAO", "OAO", "PAO", "KFT", "ZRT", "NYRT",
            "OOD", "EOOD", "UAB", "OYJ", "SRO", "FZE", "FZCO", "FZC", "DMCC", "PVT");

    static {
        List<Form> f = new ArrayList<>();
        // generic (English renderings used for any jurisdiction)
        add(f, "", "LTD", "LIMITED", "LLC", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "PLC",
                "PUBLIC LIMITED COMPANY", "LIMITED LIABILITY COMPANY", "LIMITED LIABILITY PARTNERSHIP", "LLP", "LP",
                "JSC", "OJSC", "CJSC", "PJSC", "JOINT STOCK COMPANY", "OPEN JOINT STOCK COMPANY",
                "CLOSED JOINT STOCK COMPANY", "PUBLIC JOINT STOCK COMPANY", "SA", "CIA", "COMPANIA", "CIE",
                "COMPAGNIE", "C", "ETS", "EST", "ESTABLISHMENT", "SOCIETE", "SOCIEDAD", "SOCIETA");
        add(f, "IN PK BD LK", "PVT", "PRIVATE LIMITED", "PRIVATE");
        add(f, "DE AT CH LI", "GMBH", "AG", "KG", "OHG", "GMBH AND CO KG", "EV", "MBH");
        add(f, "IT", "SRL", "SPA", "SNC", "SAS", "SCARL", "SOCIETA COOPERATIVA", "SOCIETA A RESPONSABILITA LIMITATA",
                "SOCIETA PER AZIONI", "COOP", "COOPERATIVA");
        add(f, "FR SN CI ML BF GN CM BE LU MA TN DZ", "SARL", "SUARL", "EURL", "GIE", "SCI", "SNC", "SAS");
        add(f, "ES", "SL", "SLU", "SAU", "SOCIEDAD LIMITADA", "SOCIEDAD ANONIMA");
        add(f, "MX", "SA DE CV", "S DE RL DE CV", "SAPI DE CV", "DE CV");
        add(f, "PE", "SAC", "SRL", "EIRL");
        add(f, "BR PT CO", "LTDA", "ME", "EIRELI");
        add(f, "PL", "SP ZOO", "SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA", "SP K", "SPOLKA KOMANDYTOWA", "SP J",
                "SPOLKA JAWNA", "SKA", "SPOLKA KOMANDYTOWO AKCYJNA", "SPOLKA", "SP");
        add(f, "SI HR RS BA ME MK", "DOO", "DD");
        add(f, "RU KZ BY", "OOO", "ZAO", "OAO", "PAO", "AO", "TOO", "IP");
        add(f, "UA", "TOV", "PRAT", "PAT", "PP", "FOP");
        add(f, "GE", "SHPS");
        add(f, "IL", "BM");
        add(f, "TR", "AS", "LTD STI", "STI", "ANONIM SIRKETI", "LIMITED SIRKETI");
        add(f, "EE", "OU", "AS");
        add(f, "LV", "SIA", "AS");
        add(f, "LT", "UAB", "AB");
        add(f, "SE", "AB");
        add(f, "FI", "OY", "OYJ");
        add(f, "NO DK", "AS", "ASA", "APS");
        add(f, "NL BE", "BV", "NV", "VOF");
        add(f, "CZ SK", "SRO", "SPOL SRO");
        add(f, "HU", "KFT", "ZRT", "NYRT", "BT", "KORLATOLT FELELOSSEGU TARSASAG");
        add(f, "BG", "OOD", "EOOD", "EAD");
        add(f, "GR", "AE", "EPE", "IKE");
        add(f, "RO", "SRL");
        add(f, "ID", "PT", "PERSEROAN TERBATAS", "TBK", "CV", "COMMANDITAIRE VENNOOTSCHAP");
        add(f, "MY", "SDN BHD", "SENDIRIAN BERHAD", "BHD", "BERHAD");
        add(f, "SG", "PTE", "PTE LTD");
        add(f, "AU ZA", "PTY", "PTY LTD", "PROPRIETARY LIMITED");
        add(f, "JP", "KK", "KABUSHIKI KAISHA", "YK", "GK", "GODO KAISHA");
        add(f, "AE", "FZE", "FZCO", "FZ LLC", "FZC", "DMCC");
        add(f, "CN", "YOUXIAN GONGSI", "GUFEN YOUXIAN GONGSI");
        Set<String> letterForms = new java.util.HashSet<>();
        for (Form form : f) {
            if (form.words().size() == 1 && form.words().get(0).length() <= 5) {
                letterForms.add(form.words().get(0));
            }
        }
        letterForms.add("ZOO");
        LETTER_FORMS = Set.copyOf(letterForms);
        f.sort(Comparator.comparingInt((Form x) -> x.words().size()).reversed());
        FORMS = List.copyOf(f);
        java.util.Map<String, List<Form>> byFirst = new java.util.HashMap<>();
        for (Form form : FORMS) {
            byFirst.computeIfAbsent(form.words().get(0), k -> new ArrayList<>()).add(form);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        BY_FIRST_WORD = java.util.Map.copyOf(byFirst);
    }

    private LegalForms() {
    }

    /** Forms whose first word is {@code word}, longest first. */
    static List<Form> startingWith(String word) {
        return BY_FIRST_WORD.getOrDefault(word, List.of());
    }

    /**
     * A run of single letters ("Z O O S K A" from "z o.o. S.K.A.") is one word unless it splits wholly into
     * one-word legal forms ({@code ZOO} + {@code SKA}).
     */
    static List<String> splitLetterRun(String letters) {
        List<String> pieces = split(letters);
        return pieces == null || pieces.size() < 2 ? List.of(letters) : pieces;
    }

    private static @org.jspecify.annotations.Nullable List<String> split(String rest) {
        if (rest.isEmpty()) {
            return new ArrayList<>();
        }
        for (int len = Math.min(rest.length(), 5); len >= 2; len--) {
            String head = rest.substring(0, len);
            if (LETTER_FORMS.contains(head)) {
                List<String> tail = split(rest.substring(len));
                if (tail != null) {
                    tail.add(0, head);
                    return tail;
                }
            }
        }
        return null;
    }

    private static void add(List<Form> out, String jurisdictions, String... forms) {
        Set<String> j = jurisdictions.isEmpty() ? Set.of() : Set.of(jurisdictions.split(" "));
        for (String form : forms) {
            List<String> words = List.of(form.split(" "));
            boolean anywhere = words.size() > 1 || ANYWHERE.contains(form);
            out.add(new Form(words, j, anywhere));
        }
    }
}
