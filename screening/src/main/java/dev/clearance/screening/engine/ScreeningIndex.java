package dev.clearance.screening.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.normalize.NameNormalizer;
import dev.clearance.screening.normalize.NormalizedName;
import dev.clearance.screening.normalize.Token;

/**
 * An in-memory index over the names (primary and aliases) of one or more snapshots. Screening a query asks Lucene
 * (BM25 over a {@code ByteBuffersDirectory}) for the names sharing the most with it: whole normalized names, words,
 * spelling keys ("ZAVIALOV" for Zavyalov / Zavjalov),
 * consonant skeletons ("MHMD" for Mohammed / Muhammad), one-letter deletions of words (typos) and, for short words,
 * three-letter prefixes (abbreviations). Only those {@link #DEFAULT_CANDIDATE_POOL} names are scored with
 * {@link NameMatcher} and the evidence rules, instead of all of them. Immutable after it is built; safe to use from
 * several threads.
 */
public final class ScreeningIndex implements AutoCloseable {

    /** How many names Lucene proposes for exact scoring. */
    public static final int DEFAULT_CANDIDATE_POOL = 100;

    private static final String F_TOKEN = "tok";
    private static final String F_KEY = "key";
    private static final String F_DELETION = "del";
    private static final String F_SKELETON = "skel";
    private static final String F_PREFIX = "pre";
    private static final String F_WHOLE = "whole";
    private static final String F_ENTRY = "entry";
    private static final String F_SLOT = "slot";

    private final List<ListEntry> entries;
    private final List<Slot> slots;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] docToSlot;
    private final int candidatePool;

    /** One indexed name: the entry it belongs to and its normalized variants. */
    private record Slot(int entry, String name, List<NormalizedName> variants) {
    }

    private ScreeningIndex(List<ListEntry> entries, int candidatePool) {
        this.entries = List.copyOf(entries);
        this.candidatePool = candidatePool;
        this.slots = new ArrayList<>();
        // NB: one buffer per file; the default many-buffer layout makes every term lookup copy a buffer list.
        this.directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(new WhitespaceAnalyzer());
            try (IndexWriter w = new IndexWriter(directory, cfg)) {
                for (int i = 0; i < this.entries.size(); i++) {
                    ListEntry e = this.entries.get(i);
                    for (String name : new LinkedHashSet<>(e.allNames())) {
                        List<NormalizedName> variants = NameNormalizer.variants(name);
                        if (variants.get(0).isEmpty()) {
                            continue;
                        }
                        int slot = slots.size();
                        slots.add(new Slot(i, name, variants));
                        Document d = new Document();
                        d.add(new TextField(F_TOKEN, tokens(variants), Field.Store.NO));
                        d.add(new TextField(F_KEY, keys(variants), Field.Store.NO));
                        d.add(new TextField(F_DELETION, deletions(variants), Field.Store.NO));
                        d.add(new TextField(F_SKELETON, skeletons(variants), Field.Store.NO));
                        d.add(new TextField(F_PREFIX, prefixes(variants), Field.Store.NO));
                        for (NormalizedName v : variants) {
                            d.add(new StringField(F_WHOLE, v.compact(), Field.Store.NO));
                            d.add(new StringField(F_WHOLE, v.core(), Field.Store.NO));
                        }
                        d.add(new StringField(F_ENTRY, e.key(), Field.Store.NO));
                        d.add(new NumericDocValuesField(F_SLOT, slot));
                        w.addDocument(d);
                    }
                }
                w.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            docToSlot = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues dv = leaf.reader().getNumericDocValues(F_SLOT);
                for (int doc = dv.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    docToSlot[leaf.docBase + doc] = (int) dv.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** An index over every entry of the given snapshots. */
    public static ScreeningIndex of(Collection<ListSnapshot> snapshots) {
        List<ListEntry> all = new ArrayList<>();
        snapshots.forEach(s -> all.addAll(s.entries()));
        return ofEntries(all);
    }

    /** An index over some entries only, e.g. the added and changed entries of a new snapshot. */
    public static ScreeningIndex ofEntries(Collection<ListEntry> entries) {
        return new ScreeningIndex(List.copyOf(entries), DEFAULT_CANDIDATE_POOL);
    }

    static ScreeningIndex ofEntries(Collection<ListEntry> entries, int candidatePool) {
        return new ScreeningIndex(List.copyOf(entries), candidatePool);
    }

    public int entryCount() {
        return entries.size();
    }

    /** Names indexed (primary names and aliases, each once per entry). */
    public int nameCount() {
        return slots.size();
    }

    /** Candidates at or above the production threshold, best first, at most 20. */
    public List<Candidate> screen(ScreeningQuery query) {
        return screen(query, Screening.DEFAULT_THRESHOLD, 20);
    }

    /** Candidates scoring at least {@code threshold}, best first (ties by entry key), at most {@code limit}. */
    public List<Candidate> screen(ScreeningQuery query, double threshold, int limit) {
        return screen(query, threshold, limit, null);
    }

    /**
     * As {@link #screen(ScreeningQuery, double, int)}, among the entries whose {@link ListEntry#key()} is in
     * {@code onlyEntryKeys} (all entries when null).
     */
    public List<Candidate> screen(ScreeningQuery query, double threshold, int limit,
            @org.jspecify.annotations.Nullable Set<String> onlyEntryKeys) {
        List<NormalizedName> q = NameNormalizer.variants(query.name());
        if (q.get(0).isEmpty()) {
            return List.of();
        }
        Query lucene = candidateQuery(q, onlyEntryKeys);
        ScoreDoc[] hits;
        try {
            // NB: no exact hit count is needed, so let block-max scoring skip documents from the first hits on.
            hits = searcher.search(lucene, new TopScoreDocCollectorManager(candidatePool, candidatePool)).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        Map<Integer, Candidate> best = new HashMap<>();
        NameMatcher.Prepared prepared = NameMatcher.prepare(q);
        double floor = threshold - EvidenceRules.maxBonus(query);
        for (ScoreDoc h : hits) {
            consider(query, prepared, slots.get(docToSlot[h.doc]), best, threshold, floor);
        }
        return ranked(best, threshold, limit);
    }

    /**
     * The baseline the index is measured against: every name scored completely with the same function, no index
     * and no threshold-based early exit (that shortcut belongs to the engine, not to the naive approach it is
     * compared with). Slow by design (about 100 ms over the full lists). Same answers as {@link #screen}'s scoring.
     */
    public List<Candidate> fullScan(ScreeningQuery query, double threshold, int limit) {
        List<NormalizedName> q = NameNormalizer.variants(query.name());
        Map<Integer, Candidate> best = new HashMap<>();
        NameMatcher.Prepared prepared = NameMatcher.prepare(q);
        double floor = Double.NEGATIVE_INFINITY;
        for (Slot s : slots) {
            consider(query, prepared, s, best, threshold, floor);
        }
        return ranked(best, threshold, limit);
    }

    /**
     * Scores one name; {@code floor} is the name similarity below which the evidence cannot lift it to the
     * threshold (the threshold less the most this query's date of birth and country can add).
     */
    private void consider(ScreeningQuery query, NameMatcher.Prepared q, Slot slot, Map<Integer, Candidate> best,
            double threshold, double floor) {
        ListEntry e = entries.get(slot.entry());
        NameScore ns = q.score(slot.variants(), floor);
        ScoreParts parts = EvidenceRules.score(query, e, ns);
        if (parts.finalScore() < threshold) {
            return;
        }
        Candidate prev = best.get(slot.entry());
        if (prev == null || parts.finalScore() > prev.score().finalScore()) {
            best.put(slot.entry(), new Candidate(e, slot.name(), parts));
        }
    }

    private static List<Candidate> ranked(Map<Integer, Candidate> best, double threshold, int limit) {
        return best.values().stream().filter(c -> c.score().finalScore() >= threshold)
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score().finalScore())
                        .thenComparing(c -> c.entry().key()))
                .limit(limit).toList();
    }

    private Query candidateQuery(List<NormalizedName> variants, @org.jspecify.annotations.Nullable Set<String> only) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new LinkedHashSet<>();
        for (NormalizedName v : variants) {
            for (String whole : List.of(v.compact(), v.core())) {
                if (!whole.isEmpty() && seen.add("w" + whole)) {
                    b.add(new BoostQuery(new TermQuery(new Term(F_WHOLE, whole)), 10f), BooleanClause.Occur.SHOULD);
                }
            }
            for (Token t : v.tokens()) {
                // NB: only a short query word may be an abbreviation; longer ones are covered by the deletions.
                if (!t.number() && t.text().length() >= 3 && t.text().length() <= 5
                        && seen.add("p" + t.text().substring(0, 3))) {
                    b.add(new BoostQuery(new TermQuery(new Term(F_PREFIX, t.text().substring(0, 3))), 0.3f),
                            BooleanClause.Occur.SHOULD);
                }
                if (seen.add("s" + t.skeleton())) {
                    b.add(new TermQuery(new Term(F_SKELETON, t.skeleton())), BooleanClause.Occur.SHOULD);
                }
                if (seen.add("t" + t.text())) {
                    b.add(new BoostQuery(new TermQuery(new Term(F_TOKEN, t.text())), 3f), BooleanClause.Occur.SHOULD);
                }
                if (seen.add("k" + t.key())) {
                    b.add(new BoostQuery(new TermQuery(new Term(F_KEY, t.key())), 2f), BooleanClause.Occur.SHOULD);
                }
                for (String d : queryDeletions(t)) {
                    if (seen.add("d" + d)) {
                        b.add(new BoostQuery(new TermQuery(new Term(F_DELETION, d)), 0.5f), BooleanClause.Occur.SHOULD);
                    }
                }
            }
        }
        if (only != null) {
            List<BytesRef> keys = only.stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(F_ENTRY, keys), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static String tokens(List<NormalizedName> variants) {
        StringBuilder sb = new StringBuilder();
        variants.forEach(v -> v.tokens().forEach(t -> sb.append(t.text()).append(' ')));
        return sb.toString();
    }

    private static String keys(List<NormalizedName> variants) {
        StringBuilder sb = new StringBuilder();
        variants.forEach(v -> v.tokens().forEach(t -> sb.append(t.key()).append(' ')));
        return sb.toString();
    }

    /** First three letters of each word: "IND" finds "INDUSTRIA" (abbreviations score as near-matches). */
    private static String prefixes(List<NormalizedName> variants) {
        StringBuilder sb = new StringBuilder();
        variants.forEach(v -> v.tokens().stream().filter(t -> !t.number() && t.text().length() >= 3)
                .forEach(t -> sb.append(t.text(), 0, 3).append(' ')));
        return sb.toString();
    }

    private static String skeletons(List<NormalizedName> variants) {
        StringBuilder sb = new StringBuilder();
        variants.forEach(v -> v.tokens().forEach(t -> sb.append(t.skeleton()).append(' ')));
        return sb.toString();
    }

    private static String deletions(List<NormalizedName> variants) {
        StringBuilder sb = new StringBuilder();
        for (NormalizedName v : variants) {
            for (Token t : v.tokens()) {
                deletions(t).forEach(d -> sb.append(d).append(' '));
            }
        }
        return sb.toString();
    }

    /**
     * The deletion terms a query word looks up. A word that occurs in the lists as written is very likely not a
     * typo: it looks up only itself (list words one letter longer, "IVANOVA" for "IVANOV"), and its spelling key
     * and skeleton cover the spelling variants. A word the lists do not have looks up all its one-letter
     * deletions. Each term costs Lucene a dictionary lookup and a postings cursor, and the deletions were
     * two-thirds of the clauses of a typical query.
     */
    private List<String> queryDeletions(Token t) {
        List<String> all = deletions(t);
        if (all.isEmpty()) {
            return all;
        }
        try {
            return reader.docFreq(new Term(F_TOKEN, t.text())) > 0 ? all.subList(0, 1) : all;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /**
     * The token and each form of it with one letter left out (4+ letters only): two tokens one typo apart
     * (substitution, insertion, deletion, transposition) share one of these, so a typo still finds its name
     * without a fuzzy or n-gram query over long posting lists.
     */
    static List<String> deletions(Token t) {
        String s = t.text();
        if (t.number() || s.length() < 4) {
            return List.of();
        }
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) {
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
