package dev.clearance.screening.list.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.Countries;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.SourceFile;

/**
 * OFAC's legacy CSV format, used by the SDN list ({@code sdn.csv}, {@code alt.csv}, {@code add.csv}) and the
 * consolidated non-SDN list ({@code cons_prim.csv}, {@code cons_alt.csv}, {@code cons_add.csv}). No header row,
 * {@code -0-} means empty, files end with {@code \x1a}. Aliases and dates of birth are also read from the remarks
 * column ("a.k.a. 'X'", "DOB 10 Dec 1948"). Alias and address rows whose entity is not in the primary file are
 * ignored.
 */
public final class OfacLegacyCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final Pattern AKA = Pattern.compile("\\b[afn]\\.k\\.a\\.,? '(.+?)'(?=\\s*[;.,)]|\\s*$)");
    private static final Pattern DOB = Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?DOB ([^;]+)");
    private static final Pattern NATIONALITY =
            Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?(?:[Nn]ationality|[Cc]itizen) ([^;]+)");

    private OfacLegacyCsv() {
    }

    /**
     * Parses one OFAC legacy CSV set.
     *
     * @param source  {@link ListSource#OFAC_SDN} or {@link ListSource#OFAC_NON_SDN}
     * @param primary {@code sdn.csv} / {@code cons_prim.csv}
     * @param alt     {@code alt.csv} / {@code cons_alt.csv}, or null
     * @param add     {@code add.csv} / {@code cons_add.csv}, or null
     */
    public static ListSnapshot parse(ListSource source, ListFile primary, @Nullable ListFile alt,
            @Nullable ListFile add) throws ListParseException {
        if (source != ListSource.OFAC_SDN && source != ListSource.OFAC_NON_SDN) {
            throw new IllegalArgumentException("not an OFAC legacy CSV source: " + source);
        }
        List<CsvRows.Row> prim = CsvRows.read(primary, FORMAT);
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<String>> addressCountries = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        int primaryRecords = (int) prim.stream().filter(r -> !isEofMarker(r)).count();
        files.add(primary.describe(primaryRecords));
        if (alt != null) {
            List<CsvRows.Row> rows = CsvRows.read(alt, FORMAT);
            int n = 0;
            for (CsvRows.Row r : rows) {
                if (isEofMarker(r)) {
                    continue;
                }
                requireColumns(alt, r, 5);
                requireId(alt, r, r.get(0));
                String name = value(r.get(3));
                if (name.isEmpty()) {
                    throw new ListParseException(alt.name(), r.line(), "alias name is empty");
                }
                aliases.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(name);
                n++;
            }
            files.add(alt.describe(n));
        }
        if (add != null) {
            List<CsvRows.Row> rows = CsvRows.read(add, FORMAT);
            int n = 0;
            for (CsvRows.Row r : rows) {
                if (isEofMarker(r)) {
                    continue;
                }
                requireColumns(add, r, 6);
                requireId(add, r, r.get(0));
                String country = value(r.get(4));
                if (!country.isEmpty()) {
                    addressCountries.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                            .add(Countries.codeOrName(country));
                }
                n++;
            }
            files.add(add.describe(n));
        }
        Map<String, ListEntry> entries = new LinkedHashMap<>();
        String listName = source == ListSource.OFAC_SDN ? "SDN" : "Non-SDN";
        for (CsvRows.Row r : prim) {
            if (isEofMarker(r)) {
                continue;
            }
            requireColumns(primary, r, 12);
            String id = r.get(0);
            requireId(primary, r, id);
            String name = value(r.get(1));
            if (name.isEmpty()) {
                throw new ListParseException(primary.name(), r.line(), "entity " + id + " has no name");
            }
            String remarks = value(r.get(11));
            List<String> names = new ArrayList<>(aliases.getOrDefault(id, List.of()));
            names.addAll(akas(remarks));
            List<String> countries = new ArrayList<>(addressCountries.getOrDefault(id, List.of()));
            Matcher nat = NATIONALITY.matcher(remarks);
            while (nat.find()) {
                countries.add(Countries.codeOrName(nat.group(1).trim()));
            }
            String flag = value(r.get(9));
            if (!flag.isEmpty()) {
                countries.add(Countries.codeOrName(flag));
            }
            ListEntry e = ListEntry.create(source, id, listName, type(value(r.get(2))), name,
                    names, programs(value(r.get(3))), dobs(remarks), countries, remarks);
            if (entries.put(id, e) != null) {
                throw new ListParseException(primary.name(), r.line(), "duplicate entity number " + id);
            }
        }
        return ListSnapshot.of(source, files, List.copyOf(entries.values()));
    }

    /** OFAC leaves the type empty ({@code -0-}) for entities. */
    private static EntryType type(String word) {
        return word.isEmpty() ? EntryType.ENTITY : EntryType.fromListWord(word);
    }

    static List<String> akas(String remarks) {
        List<String> out = new ArrayList<>();
        Matcher m = AKA.matcher(remarks);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<BirthDate> dobs(String remarks) {
        List<BirthDate> out = new ArrayList<>();
        Matcher m = DOB.matcher(remarks);
        while (m.find()) {
            out.addAll(BirthDate.parseAll(m.group(1)));
        }
        return out;
    }

    private static List<String> programs(String raw) {
        List<String> out = new ArrayList<>();
        for (String p : raw.split("\\]\\s*\\[|;")) {
            String t = p.replace("[", "").replace("]", "").trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String value(String raw) {
        String t = raw.trim();
        return t.equals("-0-") ? "" : t;
    }

    private static boolean isEofMarker(CsvRows.Row r) {
        return r.values().size() == 1 && r.get(0).replace("\u001a", "").isBlank();
    }

    private static void requireColumns(ListFile f, CsvRows.Row r, int n) throws ListParseException {
        if (r.values().size() != n) {
            throw new ListParseException(f.name(), r.line(),
                    "expected " + n + " columns, found " + r.values().size());
        }
    }

    private static void requireId(ListFile f, CsvRows.Row r, String id) throws ListParseException {
        if (!id.matches("\\d+")) {
            throw new ListParseException(f.name(), r.line(), "entity number is not a number: '" + id + "'");
        }
    }
}
