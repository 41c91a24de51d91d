package dev.clearance.screening.list.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;

/**
 * One entry point for an import: the files of one list (as uploaded or configured) to a snapshot. OFAC sets are
 * recognised by file name ({@code *alt*}, {@code *add*}; the other file is the primary one; {@code *comments*}
 * files are ignored).
 */
public final class ListFormats {

    private ListFormats() {
    }

    public static ListSnapshot read(ListSource source, List<ListFile> files) throws ListParseException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files given for " + source);
        }
        return switch (source) {
            case OFAC_SDN, OFAC_NON_SDN -> {
                ListFile alt = named(files, "alt").orElse(null);
                ListFile add = named(files, "add").orElse(null);
                ListFile primary = files.stream()
                        .filter(f -> f != alt && f != add && !lower(f).contains("comments")).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no primary file for " + source));
                yield OfacLegacyCsv.parse(source, primary, alt, add);
            }
            case CSL -> ConsolidatedScreeningListCsv.parse(single(source, files));
            case BIS_DPL -> DeniedPersonsTxt.parse(single(source, files));
            case UN -> UnConsolidatedXml.parse(single(source, files));
        };
    }

    private static ListFile single(ListSource source, List<ListFile> files) {
        if (files.size() != 1) {
            throw new IllegalArgumentException(source + " is imported from one file, got " + files.size());
        }
        return files.get(0);
    }

    private static Optional<ListFile> named(List<ListFile> files, String part) {
        return files.stream().filter(f -> lower(f).contains(part)).findFirst();
    }

    private static String lower(ListFile f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
