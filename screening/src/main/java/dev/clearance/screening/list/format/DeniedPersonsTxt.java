package dev.clearance.screening.list.format;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

import dev.clearance.screening.list.Countries;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;

/**
 * BIS Denied Persons List, tab-separated with quoted values and a header row. The list has no ids: an entry's id
 * is its name and address ({@code NAME|street|city|state|country|postal}), so a changed order date or citation is
 * a "changed" entry and a changed address is "removed" + "added". The list does not say whether a party is a
 * person or a company, so the type is {@link EntryType#UNKNOWN}.
 */
public final class DeniedPersonsTxt {

    static final List<String> HEADER = List.of("Name", "Street_Address", "City", "State", "Country", "Postal_Code",
            "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation");
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setTrim(true).setIgnoreSurroundingSpaces(true)
            .get();

    private DeniedPersonsTxt() {
    }

    public static ListSnapshot parse(ListFile file) throws ListParseException {
        List<CsvRows.Row> rows = CsvRows.read(file, FORMAT);
        if (rows.isEmpty() || !rows.get(0).values().equals(HEADER)) {
            throw new ListParseException(file.name(), 1, "expected the DPL header " + String.join("\t", HEADER));
        }
        List<ListEntry> entries = new ArrayList<>();
        int records = 0;
        for (CsvRows.Row r : rows.subList(1, rows.size())) {
            if (r.values().size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.values().size() != HEADER.size()) {
                throw new ListParseException(file.name(), r.line(),
                        "expected " + HEADER.size() + " columns, found " + r.values().size());
            }
            String name = r.get(0).trim();
            if (name.isEmpty()) {
                throw new ListParseException(file.name(), r.line(), "record has no name");
            }
            String id = String.join("|", name, r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
            List<String> countries = r.get(4).isBlank() ? List.of() : List.of(Countries.codeOrName(r.get(4)));
            String remarks = "Address: " + String.join(", ", nonBlank(r.get(1), r.get(2), r.get(3), r.get(5)))
                    + "; effective " + r.get(6) + "; expires " + r.get(7) + "; standard order " + r.get(8)
                    + "; last update " + r.get(9) + "; " + r.get(10) + "; " + r.get(11);
            entries.add(ListEntry.create(ListSource.BIS_DPL, id, "Denied Persons List", EntryType.UNKNOWN, name,
                    List.of(), List.of(), List.of(), countries, remarks));
            records++;
        }
        return ListSnapshot.of(ListSource.BIS_DPL, List.of(file.describe(records)), UniqueIds.dedupe(entries));
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }
}
