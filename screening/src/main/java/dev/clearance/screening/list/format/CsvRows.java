package dev.clearance.screening.list.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.clearance.screening.list.ListParseException;

/** Reads CSV records with the (1-based, physical) line each starts on; a broken record becomes a parse error. */
final class CsvRows {

    record Row(int line, List<String> values) {
        String get(int i) {
            return i < values.size() ? values.get(i) : "";
        }
    }

    /** The records read, and the error that stopped reading (null when the whole file was read). */
    record Result(List<Row> rows, @org.jspecify.annotations.Nullable ListParseException error) {
    }

    private CsvRows() {
    }

    static List<Row> read(ListFile file, CSVFormat format) throws ListParseException {
        Result r = readUpToError(file, format);
        if (r.error() != null) {
            throw r.error();
        }
        return r.rows();
    }

    static Result readUpToError(ListFile file, CSVFormat format) {
        List<Row> rows = new ArrayList<>();
        String text;
        try {
            text = file.text();
        } catch (ListParseException e) {
            return new Result(rows, e);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            long prevEnd = 0;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                    return new Result(rows, new ListParseException(file.name(), (int) prevEnd + 1,
                            "malformed CSV record: " + msg, e));
                }
                int start = (int) prevEnd + 1;
                prevEnd = parser.getCurrentLineNumber();
                List<String> values = new ArrayList<>(rec.size());
                rec.forEach(v -> values.add(v));
                rows.add(new Row(start, values));
            }
        } catch (IOException e) {
            return new Result(rows, new ListParseException(file.name(), 0, "cannot read: " + e.getMessage(), e));
        }
        return new Result(rows, null);
    }
}
