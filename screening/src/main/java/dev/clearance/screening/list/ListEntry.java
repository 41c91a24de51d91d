package dev.clearance.screening.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a list snapshot, as published. Lists keep their published order; {@code contentHash} is the SHA-256
 * of a canonical form (lists sorted, whitespace collapsed), so two entries with the same source id are "changed"
 * exactly when their hashes differ.
 *
 * @param source       the list this entry comes from
 * @param sourceId     the list's own id (OFAC ent_num, UN DATAID, CSL sub-list + id; derived for BIS DPL)
 * @param listName     the sub-list or programme family inside the source (e.g. "Entity List (EL)", "SDN")
 * @param type         individual / entity / vessel / aircraft / unknown
 * @param primaryName  the name as the list prints it
 * @param aliases      a.k.a. / f.k.a. / original-script names, without the primary name
 * @param programs     sanctions programmes or legal bases
 * @param datesOfBirth dates of birth (individuals)
 * @param countries    ISO 3166-1 alpha-2 codes of nationality, citizenship and address countries (raw upper-case
 *                     name when not resolvable)
 * @param remarks      free text remarks ("" when none)
 * @param contentHash  64 lower-case hex characters
 */
public record ListEntry(
        ListSource source,
        String sourceId,
        String listName,
        EntryType type,
        String primaryName,
        List<String> aliases,
        List<String> programs,
        List<BirthDate> datesOfBirth,
        List<String> countries,
        String remarks,
        String contentHash) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final char FIELD = '\u001f';
    private static final char ITEM = '\u001e';

    public ListEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        requireText(sourceId, "sourceId");
        requireText(primaryName, "primaryName");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(remarks, "remarks");
        aliases = List.copyOf(aliases);
        programs = List.copyOf(programs);
        datesOfBirth = List.copyOf(datesOfBirth);
        countries = List.copyOf(countries);
        if (!HEX64.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash must be 64 lower-case hex characters");
        }
    }

    /**
     * Builds an entry and computes its content hash. Blank and duplicate list items are dropped, an alias equal to
     * the primary name is dropped, and whitespace is collapsed.
     */
    public static ListEntry create(ListSource source, String sourceId, String listName, EntryType type,
            String primaryName, List<String> aliases, List<String> programs, List<BirthDate> datesOfBirth,
            List<String> countries, String remarks) {
        String name = clean(primaryName);
        List<String> al = cleanList(aliases);
        al.removeIf(a -> a.equalsIgnoreCase(name));
        List<String> pr = cleanList(programs);
        List<BirthDate> dob = new ArrayList<>(new LinkedHashSet<>(datesOfBirth));
        List<String> co = cleanList(countries);
        String id = clean(sourceId);
        String ln = clean(listName);
        String rem = clean(remarks);
        String hash = hash(source, id, ln, type, name, al, pr, dob, co, rem);
        return new ListEntry(source, id, ln, type, name, al, pr, dob, co, rem, hash);
    }

    /** Primary name first, then aliases. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(1 + aliases.size());
        all.add(primaryName);
        all.addAll(aliases);
        return all;
    }

    /** The key that identifies this entry across snapshots of the same list. */
    public String key() {
        return source.name() + ":" + sourceId;
    }

    private static String hash(ListSource source, String id, String listName, EntryType type, String name,
            List<String> aliases, List<String> programs, List<BirthDate> dob, List<String> countries,
            String remarks) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("v1").append(FIELD).append(source.name()).append(FIELD).append(id).append(FIELD)
                .append(listName).append(FIELD).append(type.name()).append(FIELD).append(name).append(FIELD);
        appendSorted(sb, aliases);
        appendSorted(sb, programs);
        appendSorted(sb, dob.stream().map(BirthDate::toString).toList());
        appendSorted(sb, countries);
        sb.append(remarks);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static void appendSorted(StringBuilder sb, List<String> items) {
        items.stream().sorted().forEach(i -> sb.append(i).append(ITEM));
        sb.append(FIELD);
    }

    private static List<String> cleanList(List<String> items) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : items) {
            String c = clean(s);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return new ArrayList<>(out);
    }

    private static String clean(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
