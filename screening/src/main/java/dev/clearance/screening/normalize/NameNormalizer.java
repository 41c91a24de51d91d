package dev.clearance.screening.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

import dev.clearance.screening.list.Countries;

/**
 * Turns a name as written into comparable tokens: transliteration of non-Latin scripts (ICU4J: BGN/PCGN for
 * Russian, ICU's Any-Latin otherwise), diacritics off, upper case, punctuation off ("S.A." and "S A" both become
 * {@code SA}), party labels ("BENEFICIARY:") and vessel prefixes ("M/V") off, legal forms off (remembering the
 * jurisdictions they imply), conjunctions off, particles and annotations in parentheses down-weighted, common
 * business abbreviations expanded and numerals marked so they must match exactly.
 */
public final class NameNormalizer {

    static final double PARTICLE_WEIGHT = 0.3;
    static final double ANNOTATION_WEIGHT = 0.15;
    static final double MAX_ANNOTATION_TOTAL = 0.3;

    private static final Pattern DOTTED_CONTRACTION = Pattern.compile("(?<![A-Za-z])([A-Z])\\.([a-z]{2,})\\b");
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final Pattern EX_NAME = Pattern.compile(
            "\\(\\s*(?:EX|F\\s*\\.?\\s*K\\s*\\.?\\s*A|FORMERLY|PREVIOUSLY)\\b[-.:\\s]*([^)]+)\\)");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:FIELD\\s+\\d+[A-Z]?|[A-Z][A-Z ]{1,28}[A-Z])\\s*:\\s*");
    private static final Pattern QUOTES = Pattern.compile("['\u2018\u2019\u02bc\u02b9\u00b4`\"\u201c\u201d\u201e\u00ab\u00bb]|<<|>>");
    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]");
    private static final Pattern NON_ALNUM_RUN = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^A-Z]+");
    private static final Pattern VESSEL_ABBREVIATION =
            Pattern.compile("\\s*(?:M\\s*[./]\\s*[VTS]|T\\s*/\\s*B|N\\s*/\\s*M)\\b");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Z]{3,})(\\d+)");
    private static final Pattern ROMAN = Pattern.compile("^(?:X{0,2})(?:IX|IV|V?I{0,3})$");
    private static final Set<String> LEADING = Set.of("MESSRS", "MR", "MRS", "MS", "MISS", "DR", "SIR", "MADAM",
            "MME", "MV", "MT", "SS", "TB", "NM", "MSV", "MY", "FV", "RV", "TUG");
    private static final Set<String> VESSEL_PREFIXES = Set.of("MV", "MT", "SS", "MSV", "MY", "FV", "RV", "TUG");
    private static final Set<String> STOP = Set.of("AND", "ET", "E", "Y", "UND", "OG", "OCH", "THE", "EN");
    private static final Set<String> PARTICLES = Set.of("DE", "DA", "DO", "DOS", "DAS", "DI", "DU", "DEL", "DELLA",
            "DELLE", "DES", "LA", "LE", "LES", "EL", "AL", "OF", "VON", "VAN", "DER", "DEN", "WA", "Z", "BIN", "BINT",
            "IBN", "BEN", "IN", "FOR", "A");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("INTL", "INTERNATIONAL"), Map.entry("SVCS", "SERVICES"), Map.entry("SVC", "SERVICE"),
            Map.entry("BROS", "BROTHERS"), Map.entry("MFG", "MANUFACTURING"), Map.entry("MGMT", "MANAGEMENT"),
            Map.entry("ENGG", "ENGINEERING"), Map.entry("NATL", "NATIONAL"), Map.entry("TRDG", "TRADING"),
            Map.entry("DEPT", "DEPARTMENT"), Map.entry("GOVT", "GOVERNMENT"), Map.entry("FLLI", "FRATELLI"),
            Map.entry("ASSN", "ASSOCIATION"), Map.entry("INVT", "INVESTMENT"), Map.entry("DEVT", "DEVELOPMENT"),
            Map.entry("MKTG", "MARKETING"), Map.entry("TECH", "TECHNOLOGY"), Map.entry("ST", "SAINT"));

    private NameNormalizer() {
    }

    /** The name with any "(ex-...)" former name left out. */
    public static NormalizedName normalize(String name) {
        return variants(name).get(0);
    }

    /**
     * The name itself first, then each former name it carries in parentheses ("Ocean Pioneer (ex-Cape Diamond)").
     */
    public static List<NormalizedName> variants(String name) {
        // NB: "F.lli" (fratelli) is one word, unlike "F. Lli" or "S.A.".
        String upper = DOTTED_CONTRACTION.matcher(toAscii(name)).replaceAll("$1$2").toUpperCase(Locale.ROOT);
        List<NormalizedName> out = new ArrayList<>();
        Matcher ex = EX_NAME.matcher(upper);
        List<String> former = new ArrayList<>();
        StringBuilder main = new StringBuilder();
        int last = 0;
        while (ex.find()) {
            former.add(ex.group(1));
            main.append(upper, last, ex.start()).append(' ');
            last = ex.end();
        }
        main.append(upper.substring(last));
        out.add(build(name, main.toString()));
        for (String f : former) {
            out.add(build(name, f));
        }
        return out;
    }

    /** Non-Latin scripts transliterated, diacritics removed; ASCII input is returned as is. */
    public static String toAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return TO_ASCII.get().transliterate(s);
            }
        }
        return s;
    }

    private static NormalizedName build(String original, String upperAscii) {
        String text = LABEL.matcher(upperAscii).replaceFirst("");
        text = QUOTES.matcher(text).replaceAll("");
        String compact = NON_ALNUM.matcher(text).replaceAll("");
        List<Raw> raw = segmentTokens(text);
        dropLeading(raw);
        capAnnotations(raw);
        Set<String> jurisdictions = new TreeSet<>();
        List<Raw> kept = removeLegalForms(raw, jurisdictions);
        List<Token> tokens = finish(kept);
        if (tokens.isEmpty()) {
            tokens = finish(raw);
        }
        if (tokens.isEmpty() && !compact.isEmpty()) {
            tokens = List.of(new Token(compact, 1.0, false));
        }
        List<String> words = tokens.stream().map(Token::text).toList();
        String joined = String.join(" ", words);
        String sorted = String.join(" ", new ArrayList<>(words).stream().sorted().toList());
        return new NormalizedName(original, tokens, jurisdictions, joined, sorted, compact, String.join("", words));
    }

    /** A token before weighting. */
    private record Raw(String text, boolean annotation, double weight) {
        Raw(String text, boolean annotation) {
            this(text, annotation, annotation ? ANNOTATION_WEIGHT : 1.0);
        }
    }

    /**
     * Splits into segments (parentheses; parts after a comma or a spaced dash) and tokens. A parenthesised part is
     * an annotation unless it names a country ("(Thailand)" makes a different company); a later part is one when
     * it names a branch, a port, a care-of party or an address.
     */
    private static List<Raw> segmentTokens(String text) {
        List<Raw> out = new ArrayList<>();
        int careOf = text.indexOf("C/O ");
        if (careOf > 0) {
            // NB: "c/o" starts a care-of party and address: all of it is annotation.
            List<Raw> head = segmentTokens(text.substring(0, careOf));
            for (Raw r : segmentTokens(text.substring(careOf + 4))) {
                head.add(new Raw(r.text(), true));
            }
            return head;
        }
        StringBuilder seg = new StringBuilder();
        int depth = 0;
        int index = 0;
        String firstWord = NON_LETTERS.split(text.trim(), 2)[0];
        boolean vessel = VESSEL_PREFIXES.contains(firstWord) || VESSEL_ABBREVIATION.matcher(text).lookingAt();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            boolean open = c == '(' || c == '[';
            boolean close = c == ')' || c == ']';
            boolean split = depth == 0 && (c == ',' || c == ';'
                    || (c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' '
                            && text.charAt(i + 1) == ' '));
            if (open || close || split) {
                boolean paren = depth > 0;
                addSegment(out, seg.toString(), paren, index, vessel);
                if (!seg.toString().isBlank()) {
                    index++;
                }
                seg.setLength(0);
                depth = Math.max(0, depth + (open ? 1 : close ? -1 : 0));
            } else {
                seg.append(c);
            }
        }
        return out;
    }

    private static void addSegment(List<Raw> out, String segment, boolean paren, int index, boolean vessel) {
        if (segment.isBlank()) {
            return;
        }
        String s = segment.replace("&", " AND ");
        List<String> words = new ArrayList<>();
        for (String w : NON_ALNUM_RUN.split(s)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        words = mergeSingleLetters(splitLettersFromDigits(words));
        boolean annotation;
        if (paren) {
            annotation = Countries.toCode(String.join(" ", words)).isEmpty();
        } else if (index > 0) {
            // NB: "MV NAME, PORT": after a vessel's name comes its port of registry.
            annotation = vessel || words.contains("BRANCH") || (!words.isEmpty() && words.get(0).equals("PORT"))
                    || words.stream().anyMatch(w -> w.chars().filter(Character::isDigit).count() >= 3);
        } else {
            annotation = false;
        }
        for (String w : words) {
            out.add(new Raw(w, annotation));
        }
    }

    /** "NO8" and "3RD" stay; "PROLIV3" becomes "PROLIV 3". */
    private static List<String> splitLettersFromDigits(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            Matcher m = LETTERS_DIGITS.matcher(w);
            if (m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Runs of two or more single letters are one word: "S A" -> "SA", "G I E" -> "GIE", "Z O O" -> "ZOO". */
    private static List<String> mergeSingleLetters(List<String> words) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && words.get(j).length() == 1 && Character.isLetter(words.get(j).charAt(0))) {
                j++;
            }
            if (j - i >= 2) {
                out.addAll(LegalForms.splitLetterRun(String.join("", words.subList(i, j))));
                i = j;
            } else {
                out.add(words.get(i));
                i++;
            }
        }
        return out;
    }

    private static void dropLeading(List<Raw> raw) {
        while (raw.size() > 1 && LEADING.contains(raw.get(0).text())) {
            raw.remove(0);
        }
    }

    /** However long an annotation ("12250 Brevard Ln, Pasadena TX 77506"), all of it weighs at most this much. */
    private static void capAnnotations(List<Raw> raw) {
        long n = raw.stream().filter(Raw::annotation).count();
        if (n == 0) {
            return;
        }
        double w = Math.min(ANNOTATION_WEIGHT, MAX_ANNOTATION_TOTAL / n);
        raw.replaceAll(r -> r.annotation() ? new Raw(r.text(), true, w) : r);
    }

    private static List<Raw> removeLegalForms(List<Raw> raw, Set<String> jurisdictions) {
        List<Raw> tokens = new ArrayList<>(raw);
        Set<String> found = new LinkedHashSet<>();
        boolean changed = true;
        while (changed && tokens.size() > 1) {
            changed = false;
            for (int start = 0; start < tokens.size() && !changed; start++) {
                for (LegalForms.Form f : LegalForms.startingWith(tokens.get(start).text())) {
                    int n = f.words().size();
                    boolean edge = start == 0 || start + n == tokens.size();
                    if (n >= tokens.size() || start + n > tokens.size() || (!edge && !f.anywhere())
                            || !matches(tokens, start, f.words())) {
                        continue;
                    }
                    tokens.subList(start, start + n).clear();
                    found.add(f.jurisdictions().isEmpty() ? "*"
                            : String.join(",", new TreeSet<>(f.jurisdictions())));
                    changed = true;
                    break;
                }
            }
        }
        // NB: a name can carry two specific forms ("Sp. z o.o. Sp. k."); its jurisdictions are what they share.
        Set<String> common = null;
        for (String group : found) {
            if (group.equals("*")) {
                continue;
            }
            Set<String> g = Set.of(group.split(","));
            if (common == null) {
                common = new TreeSet<>(g);
            } else {
                common.retainAll(g);
            }
        }
        if (common != null) {
            jurisdictions.addAll(common);
        }
        return tokens;
    }

    private static boolean matches(List<Raw> tokens, int start, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> finish(List<Raw> raw) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            String t = r.text();
            boolean lastToken = i == raw.size() - 1;
            if (STOP.contains(t) || (t.equals("I") && !lastToken)) {
                continue;
            }
            if (t.equals("NO") && i + 1 < raw.size() && isNumeral(raw.get(i + 1).text(), true)) {
                continue;
            }
            t = ABBREVIATIONS.getOrDefault(t, t);
            boolean number = isNumeral(t, lastToken);
            if (number && !t.chars().allMatch(Character::isDigit) && ROMAN.matcher(t).matches()) {
                t = Integer.toString(romanValue(t));
            }
            double weight = PARTICLES.contains(t) ? Math.min(r.weight(), PARTICLE_WEIGHT) : r.weight();
            out.add(new Token(t, weight, number));
        }
        return out;
    }

    private static boolean isNumeral(String t, boolean romanAllowed) {
        if (t.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return romanAllowed && t.length() <= 4 && !t.isEmpty() && ROMAN.matcher(t).matches()
                && (t.length() > 1 || t.equals("I") || t.equals("V") || t.equals("X"));
    }

    private static int romanValue(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
