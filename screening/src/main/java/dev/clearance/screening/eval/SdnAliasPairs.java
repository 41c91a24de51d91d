package dev.clearance.screening.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the OFAC alias evaluation set from an SDN "legacy CSV" pair of files: for every entry, its primary name
 * against each of its own aliases (strong ones from {@code alt.csv}, weak ones quoted in the remarks of
 * {@code sdn.csv}), labelled by {@link AliasKind}; and, for each such pair, one non-matching pair of the same primary
 * name against the primary name of a different entry that shares a significant word with it (or, failing that, with
 * the alias), drawn with a fixed seed. The negative carries the kind of the pair it was drawn for, so every kind is
 * measured at the same one-to-one base rate.
 *
 * <p>Run: {@code ./mvnw -B -pl screening compile exec:java -Dexec.mainClass=dev.clearance.screening.eval.SdnAliasPairs
 * -Dexec.args="../data/lists/ofac/2021-07-07/sdn.csv ../data/lists/ofac/2021-07-07/alt.csv
 * ../data/pairs/eval/sdn_aliases.csv"}. The same input files give the same bytes.
 */
public final class SdnAliasPairs {

    public static final long SEED = 14L;
    static final String[] HEADER = {"query", "candidate", "is_match", "kind", "strength", "alias_type",
        "query_ent_num", "candidate_ent_num"};

    private static final Pattern WEAK_AKA = Pattern.compile(
            "(?:^|[;\\s])([afn])\\.k\\.a\\.,?\\s+'(.+?)'(?=\\s*(?:;|\\.(?:\\s|$)|$))");

    private record Alias(String name, String type, boolean weak) {
    }

    private record Entry(String entNum, String primary, List<Alias> aliases) {
    }

    private SdnAliasPairs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SdnAliasPairs SDN.csv ALT.csv OUT.csv");
            System.exit(2);
        }
        String out;
        try (Reader sdn = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                Reader alt = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out = generate(sdn, alt);
        }
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
        long lines = out.chars().filter(c -> c == '\n').count();
        System.out.println("wrote " + (lines - 1) + " pairs to " + args[2]);
    }

    /** The evaluation set as CSV text ({@code \n} line ends, header first). */
    public static String generate(Reader sdnCsv, Reader altCsv) throws IOException {
        List<Entry> entries = read(sdnCsv, altCsv);
        // NB: an entry's names folded to tokens; a negative must not share a whole name with the query's entry.
        List<Set<String>> folded = new ArrayList<>();
        Map<String, BitSet> byToken = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Set<String> names = new HashSet<>();
            names.add(fold(e.primary()));
            for (Alias a : e.aliases()) {
                names.add(fold(a.name()));
            }
            folded.add(names);
            for (String t : shareable(e.primary())) {
                byToken.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        Random rnd = new Random(SEED);
        StringWriter sw = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord((Object[]) HEADER);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                for (Alias a : e.aliases()) {
                    AliasKind kind = AliasKind.classify(e.primary(), a.name(), a.weak());
                    String strength = a.weak() ? "weak" : "strong";
                    csv.printRecord(e.primary(), a.name(), 1, kind.label(), strength, a.type(), e.entNum(), e.entNum());
                    int other = drawNegative(i, e, a, entries, folded, byToken, rnd);
                    if (other >= 0) {
                        csv.printRecord(e.primary(), entries.get(other).primary(), 0, kind.label(), strength, a.type(),
                                e.entNum(), entries.get(other).entNum());
                    }
                }
            }
        }
        return sw.toString();
    }

    private static int drawNegative(int self, Entry e, Alias a, List<Entry> entries, List<Set<String>> folded,
            Map<String, BitSet> byToken, Random rnd) {
        for (String source : List.of(e.primary(), a.name())) {
            BitSet pool = new BitSet();
            for (String t : shareable(source)) {
                BitSet b = byToken.get(t);
                if (b != null) {
                    pool.or(b);
                }
            }
            pool.clear(self);
            while (!pool.isEmpty()) {
                int n = pool.cardinality();
                int k = rnd.nextInt(n);
                int idx = pool.nextSetBit(0);
                for (int s = 0; s < k; s++) {
                    idx = pool.nextSetBit(idx + 1);
                }
                if (disjointNames(folded.get(self), folded.get(idx))) {
                    return idx;
                }
                pool.clear(idx);
            }
        }
        return -1;
    }

    private static boolean disjointNames(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String name) {
        return String.join(" ", AliasKind.tokens(name));
    }

    /** Words that make two different parties' names look alike: 3+ letters, no particle or generic word. */
    private static Set<String> shareable(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : AliasKind.tokens(name)) {
            if (t.length() >= 3 && !AliasKind.PARTICLES.contains(t) && !AliasKind.HONORIFICS.contains(t)
                    && !AliasKind.GENERIC.contains(t) && !t.chars().allMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Entry> read(Reader sdnCsv, Reader altCsv) throws IOException {
        Map<String, List<Alias>> strong = new HashMap<>();
        for (CSVRecord r : records(altCsv)) {
            if (r.size() < 4) {
                continue;
            }
            String name = value(r.get(3));
            if (!name.isEmpty()) {
                strong.computeIfAbsent(value(r.get(0)), k -> new ArrayList<>()).add(
                        new Alias(name, value(r.get(2)).toLowerCase(Locale.ROOT), false));
            }
        }
        List<Entry> out = new ArrayList<>();
        for (CSVRecord r : records(sdnCsv)) {
            if (r.size() < 12) {
                continue;
            }
            String ent = value(r.get(0));
            String primary = value(r.get(1));
            List<Alias> all = new ArrayList<>(strong.getOrDefault(ent, List.of()));
            Matcher m = WEAK_AKA.matcher(value(r.get(11)));
            while (m.find()) {
                all.add(new Alias(m.group(2).trim(), m.group(1) + "ka", true));
            }
            Set<String> seen = new HashSet<>();
            seen.add(primary.toUpperCase(Locale.ROOT));
            List<Alias> kept = new ArrayList<>();
            for (Alias a : all) {
                if (!a.name().isBlank() && seen.add(a.name().toUpperCase(Locale.ROOT))) {
                    kept.add(a);
                }
            }
            out.add(new Entry(ent, primary, kept));
        }
        return out;
    }

    private static List<CSVRecord> records(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1 << 16];
        for (int n; (n = in.read(buf)) > 0;) {
            sb.append(buf, 0, n);
        }
        // NB: the Treasury files end with a DOS end-of-file mark.
        String text = sb.toString().replace("\u001a", "");
        try {
            return CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String value(String raw) {
        String v = raw.trim();
        return v.equals("-0-") ? "" : v;
    }
}
