package dev.clearance.screening.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import com.ibm.icu.text.Transliterator;

/**
 * The kind of variant an alias is of its entry's primary name, decided by a fixed rule so that the evaluation set
 * can be rebuilt and audited. The rule, in order (the first that applies wins):
 * <ol>
 * <li>{@link #UNRELATED}: after transliteration to upper-case ASCII words (a run of single letters joined into
 * one word: "N.P.C." is {@code NPC}), with particles, honorifics and legal/generic
 * company words set aside, no token pair is similar (equal; Jaro-Winkler at least {@value #SIMILAR_JW} with both
 * tokens 3+ letters; one a 3+ letter prefix of the other; or the same consonant skeleton of 2+ letters, i.e.
 * without A E I O U Y W, with doubled letters collapsed and a joined article AL off a 5+ letter word), and neither name's letters (a short name, one word or
 * joined letters) are initials of the other's words in order, the first letter being the first word's. No name comparison can link such a pair.</li>
 * <li>{@link #CROSS_SCRIPT}: either name has letters of a script other than Latin.</li>
 * <li>{@link #WEAK_ALIAS}: the list marks the alias weak (OFAC prints weak a.k.a.s in quotes in the remarks).</li>
 * <li>On the transliterated tokens ("core" = without particles and honorifics):
 * {@link #PUNCTUATION} the same tokens in the same order, or the same letters once spaces are dropped;
 * {@link #WORD_ORDER} the same tokens in another order; {@link #PARTICLE_DROPPED} the same core tokens in order;
 * {@link #WORD_ORDER} also for the same core tokens in another order; {@link #SHORTENED} one name's core tokens
 * a proper sub-multiset of the other's; {@link #TRANSLITERATION} as many core tokens on both sides, pairing off
 * one to one with every pair similar; {@link #MIXED} anything else (several of these at once).</li>
 * </ol>
 */
public enum AliasKind {
    UNRELATED("unrelated"),
    CROSS_SCRIPT("cross-script"),
    WEAK_ALIAS("weak-alias"),
    PUNCTUATION("punctuation"),
    WORD_ORDER("word-order"),
    PARTICLE_DROPPED("particle-dropped"),
    SHORTENED("shortened"),
    TRANSLITERATION("transliteration"),
    MIXED("mixed");

    static final double SIMILAR_JW = 0.85;

    /** Particles of Arabic, Persian and European names (name-part connectors, articles). */
    static final Set<String> PARTICLES = Set.of("AL", "EL", "UL", "UD", "AD", "AS", "AZ", "AN", "AR", "ASH", "AT",
            "BIN", "BINT", "IBN", "BEN", "BNU", "OULD", "WALAD", "WAL", "WA", "BA", "DE", "DA", "DEL", "DELLA",
            "DOS", "DAS", "DI", "DU", "LA", "LE", "VAN", "VON", "DER", "THE", "OF", "AND", "Y", "ET", "E");
    /** Honorifics and titles that a list may print or drop. */
    static final Set<String> HONORIFICS = Set.of("HAJJ", "HAJI", "HAJ", "HADJI", "HAJJI", "SHEIKH", "SHAYKH",
            "SHEIKHA", "SHAIKH", "MULLAH", "MULLA", "MAULAWI", "MAWLAWI", "MAULAVI", "MAWLAVI", "MAULVI", "SAYYID",
            "SAYED", "SYED", "SAYYED", "SEYED", "IMAM", "QARI", "MUFTI", "DR", "MR", "MRS", "GENERAL", "COLONEL");
    /** Legal forms and generic company words: sharing only these does not relate two names. */
    static final Set<String> GENERIC = Set.of("CO", "COMPANY", "LTD", "LIMITED", "LLC", "INC", "CORP",
            "CORPORATION", "SA", "SL", "SRL", "SAS", "SPA", "GMBH", "AG", "JSC", "OJSC", "CJSC", "PJSC", "OOO", "ZAO",
            "OAO", "PAO", "AO", "TOO", "PLC", "BV", "NV", "FZE", "FZC", "FZCO", "LLP", "LP", "EST", "ESTABLISHMENT",
            "GROUP", "HOLDING", "HOLDINGS", "INTERNATIONAL", "TRADING", "TRADE", "ENTERPRISE", "ENTERPRISES",
            "INDUSTRIAL", "INDUSTRIES", "INDUSTRY", "SERVICES", "SERVICE", "CIA", "LTDA", "CV", "SC", "KG",
            "PTE", "PTY", "BHD", "SDN", "FIRM", "AGENCY");

    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern VOWELS = Pattern.compile("[AEIOUYW]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final String label;

    AliasKind(String label) {
        this.label = label;
    }

    /** The name in the {@code kind} column. */
    public String label() {
        return label;
    }

    public static AliasKind ofLabel(String label) {
        for (AliasKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind " + label);
    }

    /** Applies the rule above to a primary name and one of its aliases. */
    public static AliasKind classify(String primary, String alias, boolean weak) {
        List<String> p = tokens(primary);
        List<String> a = tokens(alias);
        if (unrelated(p, a)) {
            return UNRELATED;
        }
        if (nonLatin(primary) || nonLatin(alias)) {
            return CROSS_SCRIPT;
        }
        if (weak) {
            return WEAK_ALIAS;
        }
        if (p.equals(a) || String.join("", p).equals(String.join("", a))) {
            return PUNCTUATION;
        }
        if (sorted(p).equals(sorted(a))) {
            return WORD_ORDER;
        }
        List<String> pc = core(p);
        List<String> ac = core(a);
        if (pc.equals(ac)) {
            return PARTICLE_DROPPED;
        }
        if (sorted(pc).equals(sorted(ac))) {
            return WORD_ORDER;
        }
        if (!pc.isEmpty() && !ac.isEmpty() && (properSubMultiset(pc, ac) || properSubMultiset(ac, pc))) {
            return SHORTENED;
        }
        if (pc.size() == ac.size() && !pc.isEmpty() && pairsOffSimilar(pc, ac)) {
            return TRANSLITERATION;
        }
        return MIXED;
    }

    /** Upper-case ASCII words of a name in any script; a run of single letters is joined into one word. */
    static List<String> tokens(String name) {
        String ascii = TO_ASCII.get().transliterate(name).toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String t : NON_ALNUM.split(ascii)) {
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                letters.append(t);
                continue;
            }
            flushLetters(letters, out);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        flushLetters(letters, out);
        return out;
    }

    /** A run of single letters ("N.P.C.", "S M G") is one word written with dots or spaces. */
    private static void flushLetters(StringBuilder letters, List<String> out) {
        if (letters.length() > 0) {
            out.add(letters.toString());
            letters.setLength(0);
        }
    }

    static String skeleton(String token) {
        // NB: transliterated Arabic writes the article joined ("ALMLTHMWN") and long vowels as W and Y.
        if (token.length() >= 5 && token.startsWith("AL")) {
            token = token.substring(2);
        }
        return DOUBLED.matcher(VOWELS.matcher(token).replaceAll("")).replaceAll("$1");
    }

    static boolean similar(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() >= 3 && y.length() >= 3 && (x.startsWith(y) || y.startsWith(x) || JW.apply(x, y) >= SIMILAR_JW)) {
            return true;
        }
        String sx = skeleton(x);
        return sx.length() >= 2 && sx.equals(skeleton(y));
    }

    private static boolean unrelated(List<String> p, List<String> a) {
        List<String> ps = significant(p);
        List<String> as = significant(a);
        for (String x : ps) {
            for (String y : as) {
                if (similar(x, y)) {
                    return false;
                }
            }
        }
        return !initialsOf(p, a) && !initialsOf(a, p);
    }

    /** Tokens that can relate two names: 2+ characters, no particle, honorific or generic word, no numeral. */
    private static List<String> significant(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (t.length() >= 2 && !PARTICLES.contains(t) && !HONORIFICS.contains(t) && !GENERIC.contains(t)
                    && !t.chars().allMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * True when {@code shortName} is a short name (one word of 2-8 letters) whose letters, in
     * order, are the first letters of words of {@code longName}, starting with its first word.
     */
    static boolean initialsOf(List<String> shortName, List<String> longName) {
        if (shortName.size() != 1) {
            return false;
        }
        String letters = shortName.get(0);
        if (letters.length() < 2 || letters.length() > 8 || longName.size() < 2
                || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        if (longName.get(0).charAt(0) != letters.charAt(0)) {
            return false;
        }
        int i = 1;
        for (int w = 1; w < longName.size() && i < letters.length(); w++) {
            if (longName.get(w).charAt(0) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
    }

    private static boolean nonLatin(String name) {
        return name.codePoints().filter(Character::isLetter).anyMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                    && s != Character.UnicodeScript.INHERITED;
        });
    }

    private static List<String> core(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        out.removeIf(t -> PARTICLES.contains(t) || HONORIFICS.contains(t));
        return out;
    }

    private static List<String> sorted(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        Collections.sort(out);
        return out;
    }

    private static boolean properSubMultiset(List<String> small, List<String> big) {
        if (small.size() >= big.size()) {
            return false;
        }
        Map<String, Integer> left = new HashMap<>();
        for (String t : big) {
            left.merge(t, 1, Integer::sum);
        }
        for (String t : small) {
            Integer n = left.get(t);
            if (n == null || n == 0) {
                return false;
            }
            left.put(t, n - 1);
        }
        return true;
    }

    /** Greedy one-to-one pairing, equal tokens first, then similar ones; true when every token finds a partner. */
    private static boolean pairsOffSimilar(List<String> x, List<String> y) {
        boolean[] usedY = new boolean[y.size()];
        boolean[] doneX = new boolean[x.size()];
        for (int i = 0; i < x.size(); i++) {
            int j = y.indexOf(x.get(i));
            while (j >= 0 && usedY[j]) {
                int next = y.subList(j + 1, y.size()).indexOf(x.get(i));
                j = next < 0 ? -1 : j + 1 + next;
            }
            if (j >= 0) {
                usedY[j] = true;
                doneX[i] = true;
            }
        }
        for (int i = 0; i < x.size(); i++) {
            if (doneX[i]) {
                continue;
            }
            int best = -1;
            double bestJw = -1;
            for (int j = 0; j < y.size(); j++) {
                if (!usedY[j] && similar(x.get(i), y.get(j))) {
                    double s = JW.apply(x.get(i), y.get(j));
                    if (s > bestJw) {
                        bestJw = s;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                return false;
            }
            usedY[best] = true;
        }
        return true;
    }
}
