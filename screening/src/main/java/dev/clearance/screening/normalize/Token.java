package dev.clearance.screening.normalize;

import java.util.Objects;

/**
 * One token of a normalized name.
 *
 * @param text   upper-case ASCII letters and digits
 * @param weight how much the token counts when names are compared: 1 for a name word, less for particles
 *               ("DE", "AL"), generic business words and annotations in parentheses
 * @param number true for numerals (digits or Roman numerals), which must match exactly
 * @param skeleton the spelling key without vowels after the first letter ("ABDALLA"/"ABDULLA" -> "ABDL")
 * @param key    a spelling-variant key ({@code KH}->{@code H}, {@code W}->{@code V}, {@code Y}/{@code J}->{@code I},
 *               doubled letters single), so "ZAVYALOV"/"ZAVJALOV" and "KHOURY"/"KHOURI" share one
 */
public record Token(String text, double weight, boolean number, String key, String skeleton) {

    public Token(String text, double weight, boolean number) {
        this(text, weight, number, number ? text : spellingKey(text), number ? text : skeleton(spellingKey(text)));
    }

    private static String skeleton(String key) {
        if (key.length() < 2) {
            return key;
        }
        String rest = key.substring(1).replaceAll("[AEIOU]", "");
        StringBuilder out = new StringBuilder().append(key.charAt(0));
        for (char c : rest.toCharArray()) {
            if (c != out.charAt(out.length() - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    public Token {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("token text must not be empty");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
        }
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(skeleton, "skeleton");
    }

    /** Folds common romanisation variants of one sound together (Cyrillic, Arabic, Hebrew names in Latin). */
    public static String spellingKey(String t) {
        String s = t.replace("SCH", "SH").replace("TCH", "CH").replace("KH", "H").replace("ZH", "J")
                .replace("TZ", "C").replace("TS", "C").replace("PH", "F").replace("CK", "K").replace("EE", "I")
                .replace("OU", "U").replace("OO", "U").replace('W', 'V').replace('Q', 'K').replace('Y', 'I')
                .replace('J', 'I');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
