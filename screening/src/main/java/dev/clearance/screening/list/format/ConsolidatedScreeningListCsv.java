package dev.clearance.screening.list.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.Countries;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;

/**
 * trade.gov Consolidated Screening List CSV (pre-2025 API column layout: {@code _id,source,entity_number,type,...}).
 * A repeated header row is skipped. A record cut off at the end of the file is an error with its line number,
 * unless {@link Mode#DROP_TRUNCATED_LAST_RECORD} is asked for (the benchmark uses it on the trimmed test copy of
 * the CSL); the dropped record is then not part of the snapshot and {@link #parse} reports nothing else.
 */
public final class ConsolidatedScreeningListCsv {

    /** How to treat a last record cut off mid-field. */
    public enum Mode {
        STRICT,
        DROP_TRUNCATED_LAST_RECORD
    }

    static final List<String> HEADER = List.of("_id", "source", "entity_number", "type", "programs", "name",
            "title", "addresses", "federal_register_notice", "start_date", "end_date", "standard_order",
            "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage",
            "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names",
            "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids");
    private static final int ID = 0, SOURCE = 1, ENTITY_NUMBER = 2, TYPE = 3, PROGRAMS = 4, NAME = 5,
            ADDRESSES = 7, VESSEL_FLAG = 18, REMARKS = 20, ALT_NAMES = 22, CITIZENSHIPS = 23, DOBS = 24,
            NATIONALITIES = 25;
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Za-z-]+)(?: List)?\\)");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private ConsolidatedScreeningListCsv() {
    }

    public static ListSnapshot parse(ListFile file) throws ListParseException {
        return parse(file, Mode.STRICT);
    }

    public static ListSnapshot parse(ListFile file, Mode mode) throws ListParseException {
        CsvRows.Result read = CsvRows.readUpToError(file, FORMAT);
        List<CsvRows.Row> rows = new ArrayList<>(read.rows());
        if (read.error() != null) {
            if (mode == Mode.STRICT) {
                throw read.error();
            }
            // NB: an unterminated quote swallows the rest of the file, so the error is always at the last record.
        } else if (mode == Mode.DROP_TRUNCATED_LAST_RECORD && !rows.isEmpty()
                && rows.get(rows.size() - 1).values().size() < HEADER.size()) {
            rows.remove(rows.size() - 1);
        }
        if (rows.isEmpty() || !rows.get(0).values().equals(HEADER)) {
            throw new ListParseException(file.name(), 1, "expected the CSL header " + String.join(",", HEADER));
        }
        List<ListEntry> entries = new ArrayList<>();
        int records = 0;
        for (CsvRows.Row r : rows.subList(1, rows.size())) {
            if (r.values().equals(HEADER)) {
                continue;
            }
            if (r.values().size() != HEADER.size()) {
                throw new ListParseException(file.name(), r.line(),
                        "expected " + HEADER.size() + " columns, found " + r.values().size());
            }
            String name = r.get(NAME).trim();
            if (name.isEmpty()) {
                throw new ListParseException(file.name(), r.line(), "record has no name");
            }
            String rawId = r.get(ID).isBlank() ? r.get(ENTITY_NUMBER) : r.get(ID);
            if (rawId.isBlank()) {
                throw new ListParseException(file.name(), r.line(), "record has no _id");
            }
            String listName = r.get(SOURCE).trim();
            List<String> countries = new ArrayList<>();
            for (String address : split(r.get(ADDRESSES))) {
                int comma = address.lastIndexOf(',');
                // NB: the last part is the country code when the address has one; otherwise it is a postal code.
                Countries.toCode(comma < 0 ? address : address.substring(comma + 1)).ifPresent(countries::add);
            }
            for (String c : split(r.get(CITIZENSHIPS))) {
                countries.add(Countries.codeOrName(c));
            }
            for (String c : split(r.get(NATIONALITIES))) {
                countries.add(Countries.codeOrName(c));
            }
            if (!r.get(VESSEL_FLAG).isBlank()) {
                countries.add(Countries.codeOrName(r.get(VESSEL_FLAG)));
            }
            List<BirthDate> dobs = new ArrayList<>();
            for (String d : split(r.get(DOBS))) {
                dobs.addAll(BirthDate.parseAll(d));
            }
            entries.add(ListEntry.create(ListSource.CSL, abbreviation(listName) + ":" + rawId.trim(), listName,
                    EntryType.fromListWord(r.get(TYPE)), name, split(r.get(ALT_NAMES)), split(r.get(PROGRAMS)),
                    dobs, countries, r.get(REMARKS)));
            records++;
        }
        return ListSnapshot.of(ListSource.CSL, List.of(file.describe(records)), UniqueIds.dedupe(entries));
    }

    private static String abbreviation(String source) {
        Matcher m = ABBREVIATION.matcher(source);
        return m.find() ? m.group(1) : source;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
