package dev.clearance.bench.ownership;

import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.rules.coveredperson.CoveredPersonDetermination;
import dev.clearance.rules.coveredperson.CoveredPersonDeterminer;
import dev.clearance.rules.coveredperson.CoveredPersonGraph;
import dev.clearance.rules.coveredperson.DeterminationWithPaths;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Covered-person status of every party of a synthetic ownership graph (default 200,000 companies), computed by the
 * production rules engine against the same least fixed point computed inside an embedded PostgreSQL 17, on the
 * same graph loaded into {@code party(id, base_covered, us_person)} and {@code edge(owner, owned, percent)}.
 *
 * <p><b>What is timed on the engine side</b> (the headline {@code engine_ms}): from the party and stake rows in
 * memory ({@link SyntheticOwnershipGraph#toRows()}: one row per party with the facts the rules read, and
 * {@code (owner, owned, percent)} stake rows, the analog of the SQL tables once loaded) to the covered set of all
 * parties, through the production path the API takes when it recomputes stored statuses: feeding every row to
 * {@link CoveredPersonGraph#builder} and building the int-indexed graph ({@code build_ms}), solving the fixed
 * point with {@link CoveredPersonDeterminer#solve} ({@code solve_ms}), and reading the covered set out of the
 * solution. The per-party findings and deciding paths are built lazily, as in production; what reading every one
 * of them costs on top (the API reads them for the parties it stores) is timed and printed separately, with its
 * own ratio. Also printed, not timed in the headline: the classifier's path ({@code determineAll} over a 210k-object
 * {@code PartyDirectory}, which compiles the directory into the same graph form and uses the same solver) and
 * single-party {@code determine()} latency.
 *
 * <p><b>What is timed on the SQL side</b>: only the call of the function, with the tables already loaded,
 * indexed and analyzed (not the load). The SQL side cannot be one recursive CTE: the 50% test needs
 * {@code sum(percent)} over all covered owners, and PostgreSQL forbids aggregates in the recursive term (which,
 * besides, only sees the previous iteration's rows). So it is the iterative formulation a DBA would write, in two
 * variants, each a PL/pgSQL function:
 * <ul>
 *   <li>{@code update-loop}: {@code UPDATE status SET covered = true FROM (SELECT owned ... GROUP BY owned
 *       HAVING sum(percent) >= 50)} until no row changes (naive evaluation: every round re-aggregates all edges);
 *   <li>{@code semi-naive}: each round only re-aggregates the companies that have an owner covered in the previous
 *       round (the delta), inserting the newly covered into an indexed temp table until a round adds none.
 * </ul>
 * The headline {@code speedup} is the faster SQL variant's median over the engine's median. Both SQL variants,
 * and the directory path, must give exactly the production path's set of covered parties (covered persons, plus
 * the governments of countries of concern, which count as covered owners); any difference exits with status 1.
 *
 * <p>All headline times are wall-clock medians. As a second view for a machine shared with other builds, the CPU
 * time of the same calls is printed too: the engine thread's (JVM thread CPU time; GC and JIT threads not
 * included) and the PostgreSQL server process's running the function call (from {@code /proc}, 10 ms ticks;
 * background writer and WAL processes not included).
 *
 * <p>Run: {@code bash bench/run.sh CoveredPersonGraphBench} or {@code java -cp ...
 * dev.clearance.bench.ownership.CoveredPersonGraphBench [companies=200000] [seed=20250408]}.
 */
public final class CoveredPersonGraphBench {

    private static final int ENGINE_WARMUPS = 8;
    private static final int ENGINE_RUNS = 11;
    private static final int DIRECTORY_WARMUPS = 2;
    private static final int DIRECTORY_RUNS = 3;
    private static final int SQL_WARMUPS = 1;
    private static final int SQL_RUNS = 3;
    private static final int SINGLE_CALL_SAMPLE = 2_000;

    /** Keeps the JIT from discarding the work. */
    private static volatile int blackhole;

    private CoveredPersonGraphBench() {
    }

    public static void main(String[] args) throws Exception {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250408L;

        long t0 = System.nanoTime();
        SyntheticOwnershipGraph graph = SyntheticOwnershipGraph.generate(companies, seed);
        long t1 = System.nanoTime();
        SyntheticOwnershipGraph.Rows rows = graph.toRows();
        long t2 = System.nanoTime();
        int parties = graph.nodes.size();
        int edges = graph.edgeCount();
        System.out.printf(Locale.ROOT, "covered-person graph bench (seed %d)%n", seed);
        System.out.printf(Locale.ROOT, "  graph: companies=%d governments=%d individuals=%d parties=%d edges=%d"
                        + " cycle-closing edges=%d levels=%d (generated in %d ms, rows built in %d ms)%n",
                companies, graph.governments, graph.individuals, parties, edges, graph.cycleEdges,
                SyntheticOwnershipGraph.MAX_LEVEL + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        // --- (a) the production path: rows -> compiled graph -> fixed point -> covered set, all parties
        BitSet engineCovered = null;
        double[] buildMs = new double[ENGINE_RUNS];
        double[] solveMs = new double[ENGINE_RUNS];
        double[] engineMs = new double[ENGINE_RUNS];
        double[] engineCpuMs = new double[ENGINE_RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CoveredPersonDeterminer solved = null;
        for (int i = 0; i < ENGINE_WARMUPS + ENGINE_RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            CoveredPersonGraph compiled = build(rows);
            long b = System.nanoTime();
            CoveredPersonDeterminer d = CoveredPersonDeterminer.solve(compiled);
            BitSet covered = new BitSet(parties);
            for (int p = 0; p < compiled.size(); p++) {
                if (d.covered(p) || d.countryOfConcern(p)) {
                    covered.set(p); // the graph's index is the row index, i.e. the party id
                }
            }
            long e = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            if (i >= ENGINE_WARMUPS) {
                int k = i - ENGINE_WARMUPS;
                engineCpuMs[k] = cpu / 1e6;
                buildMs[k] = (b - s) / 1e6;
                solveMs[k] = (e - b) / 1e6;
                engineMs[k] = (e - s) / 1e6;
            }
            if (engineCovered != null && !engineCovered.equals(covered)) {
                System.out.println("MISMATCH: the production path gives different covered sets from run to run");
                System.exit(1);
            }
            engineCovered = covered;
            solved = d;
        }
        double engine = median(engineMs);
        System.out.printf(Locale.ROOT, "  engine rows->graph->covered set, %d runs after %d warm-ups: build %s ms,"
                + " solve %s ms, total %s ms%n", ENGINE_RUNS, ENGINE_WARMUPS, Arrays.toString(round(buildMs)),
                Arrays.toString(round(solveMs)), Arrays.toString(round(engineMs)));

        // what a caller that reads everything pays on top: every finding and deciding path of every party
        // (built when first read; the API reads them for every party whose status it stores)
        double[] materializeMs = new double[DIRECTORY_RUNS];
        long findings = 0;
        long paths = 0;
        for (int i = 0; i < DIRECTORY_WARMUPS + DIRECTORY_RUNS; i++) {
            long s = System.nanoTime();
            CoveredPersonDeterminer d = CoveredPersonDeterminer.solve(build(rows));
            findings = 0;
            paths = 0;
            for (int p = 0; p < parties; p++) {
                DeterminationWithPaths r = d.determination(p);
                for (CoveredPersonDetermination.Finding f : r.determination().findings()) {
                    findings += f.text().length() > 0 ? 1 : 0;
                }
                paths += r.paths().size();
            }
            if (i >= DIRECTORY_WARMUPS) {
                materializeMs[i - DIRECTORY_WARMUPS] = (System.nanoTime() - s) / 1e6;
            }
        }

        // the classifier's path: a PartyDirectory of 210k domain objects, compiled into the same graph form
        PartyDirectory directory = graph.toDirectory();
        List<PartyId> targets = new ArrayList<>(directory.parties().keySet());
        double[] directoryMs = new double[DIRECTORY_RUNS];
        for (int i = 0; i < DIRECTORY_WARMUPS + DIRECTORY_RUNS; i++) {
            long s = System.nanoTime();
            Map<PartyId, DeterminationWithPaths> result = CoveredPersonDeterminer.determineAll(targets, directory);
            double ms = (System.nanoTime() - s) / 1e6;
            if (i >= DIRECTORY_WARMUPS) {
                directoryMs[i - DIRECTORY_WARMUPS] = ms;
            }
            if (!coveredSet(result, parties).equals(engineCovered)) {
                System.out.println("MISMATCH: determineAll over the directory and the rows path disagree");
                System.exit(1);
            }
        }

        // single-party calls (what the classifier does per transaction): latency of determine() on a sample
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long[] singleNs = new long[SINGLE_CALL_SAMPLE];
        int sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < SINGLE_CALL_SAMPLE; i++) {
                PartyId target = targets.get(rnd.nextInt(targets.size()));
                long s = System.nanoTime();
                CoveredPersonDetermination d = CoveredPersonDeterminer.determine(target, directory);
                singleNs[i] = System.nanoTime() - s;
                sink += d.findings().size();
                int id = Integer.parseInt(target.value().substring(1));
                if ((d.coveredPerson() || d.countryOfConcern()) != engineCovered.get(id)) {
                    System.out.printf("MISMATCH: determine(%s) and the rows path disagree%n", target);
                    System.exit(1);
                }
                if (!d.equals(solved.determination(id).determination())) {
                    System.out.printf("MISMATCH: determine(%s) and the rows path explain it differently%n", target);
                    System.exit(1);
                }
            }
        }
        blackhole = sink;
        Arrays.sort(singleNs);
        directory = null;
        targets = null;
        solved = null;

        // --- (b) PostgreSQL 17, same graph
        double[] naiveMs = new double[SQL_RUNS];
        double[] semiMs = new double[SQL_RUNS];
        double[] naiveCpuMs = new double[SQL_RUNS];
        double[] semiCpuMs = new double[SQL_RUNS];
        BitSet naiveCovered;
        BitSet semiCovered;
        int naiveRounds;
        int semiRounds;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .start();
             Connection c = pg.getPostgresDatabase().getConnection()) {
            long l0 = System.nanoTime();
            load(c, graph);
            System.out.printf(Locale.ROOT, "  postgres %s: loaded and indexed in %d ms%n", scalar(c,
                    "SELECT current_setting('server_version')"), (System.nanoTime() - l0) / 1_000_000);
            naiveRounds = runSql(c, "covered_update_loop", naiveMs, naiveCpuMs);
            naiveCovered = sqlSet(c, "SELECT id FROM status WHERE covered", parties);
            semiRounds = runSql(c, "covered_semi_naive", semiMs, semiCpuMs);
            semiCovered = sqlSet(c, "SELECT id FROM covered", parties);
        }
        double naive = median(naiveMs);
        double semi = median(semiMs);
        double sql = Math.min(naive, semi);

        int coveredCompanies = 0;
        for (SyntheticOwnershipGraph.Node n : graph.nodes) {
            if (n.kind == SyntheticOwnershipGraph.Kind.ENTITY && engineCovered.get(n.id)) {
                coveredCompanies++;
            }
        }
        boolean identical = engineCovered.equals(naiveCovered) && engineCovered.equals(semiCovered);

        System.out.printf(Locale.ROOT, "  engine production path (all %d parties, rows in memory -> covered set):"
                + " build median %.1f ms, solve median %.1f ms, total median %.1f ms of %d runs%n", parties,
                median(buildMs), median(solveMs), engine, ENGINE_RUNS);
        System.out.printf(Locale.ROOT, "  engine then reading every finding and path (%d findings, %d paths):"
                + " median %.0f ms of %d runs %s%n", findings, paths, median(materializeMs), DIRECTORY_RUNS,
                Arrays.toString(round(materializeMs)));
        System.out.printf(Locale.ROOT, "  engine determineAll over a %d-object PartyDirectory (classifier path, same"
                + " solver): median %.0f ms of %d runs %s%n", parties, median(directoryMs), DIRECTORY_RUNS,
                Arrays.toString(round(directoryMs)));
        System.out.printf(Locale.ROOT, "  engine determine() one party at a time (%d random parties): p50 %.1f us,"
                + " p99 %.1f us%n", SINGLE_CALL_SAMPLE, singleNs[SINGLE_CALL_SAMPLE / 2] / 1e3,
                singleNs[SINGLE_CALL_SAMPLE * 99 / 100] / 1e3);
        System.out.printf(Locale.ROOT, "  sql update-loop: median %.0f ms of %d runs %s, %d rounds%n", naive, SQL_RUNS,
                Arrays.toString(round(naiveMs)), naiveRounds);
        System.out.printf(Locale.ROOT, "  sql semi-naive:  median %.0f ms of %d runs %s, %d rounds%n", semi, SQL_RUNS,
                Arrays.toString(round(semiMs)), semiRounds);
        System.out.printf(Locale.ROOT, "  covered: engine=%d update-loop=%d semi-naive=%d (of which companies %d)%n",
                engineCovered.cardinality(), naiveCovered.cardinality(), semiCovered.cardinality(), coveredCompanies);
        System.out.printf(Locale.ROOT, "  incl. reading every finding and path: engine %.0f ms, speedup %sx vs sql;"
                + " directory path %.0f ms, speedup %sx vs sql%n", median(materializeMs),
                ratio(sql / median(materializeMs)), median(directoryMs), ratio(sql / median(directoryMs)));
        System.out.printf(Locale.ROOT, "companies=%d edges=%d covered=%d build_ms=%.1f solve_ms=%.1f engine_ms=%.1f"
                        + " sql_ms=%.0f speedup=%sx (goal >= 5x; vs update-loop %sx, vs semi-naive %sx)"
                        + " identical=%s%n",
                companies, edges, coveredCompanies, median(buildMs), median(solveMs), engine, sql,
                ratio(sql / engine), ratio(naive / engine), ratio(semi / engine), identical);
        double engineCpu = median(engineCpuMs);
        double sqlCpu = Math.min(median(naiveCpuMs), median(semiCpuMs));
        if (sqlCpu > 0) {
            System.out.printf(Locale.ROOT, "  cpu time (not waiting for a core): engine thread median %.1f ms %s;"
                            + " sql server process update-loop %.0f ms %s, semi-naive %.0f ms %s; cpu speedup %sx%n",
                    engineCpu, Arrays.toString(round(engineCpuMs)), median(naiveCpuMs),
                    Arrays.toString(round(naiveCpuMs)), median(semiCpuMs), Arrays.toString(round(semiCpuMs)),
                    ratio(sqlCpu / engineCpu));
        }
        if (!identical) {
            reportDifference("update-loop", engineCovered, naiveCovered);
            reportDifference("semi-naive", engineCovered, semiCovered);
            System.out.println("FAIL: the engine and PostgreSQL disagree on the covered set");
            System.exit(1);
        }
    }

    /** The production path's first step: every party row, then every stake row, into the compiled graph. */
    static CoveredPersonGraph build(SyntheticOwnershipGraph.Rows rows) {
        CoveredPersonGraph.Builder b = CoveredPersonGraph.builder(rows.parties, rows.stakes);
        for (int p = 0; p < rows.parties; p++) {
            switch (rows.kind[p]) {
                case ENTITY -> b.entity(rows.id[p], rows.name[p], rows.organizedIn[p], rows.ppb[p],
                        rows.designated[p]);
                case INDIVIDUAL -> b.individual(rows.id[p], rows.name[p], rows.usStatus[p], rows.locatedIn[p],
                        rows.residence[p], rows.designated[p]);
                case GOVERNMENT -> b.government(rows.id[p], rows.name[p], rows.country[p], rows.designated[p]);
            }
        }
        for (int e = 0; e < rows.stakes; e++) {
            b.stake(rows.owner[e], rows.owned[e], rows.hundredths[e], 2);
        }
        return b.build();
    }

    private static BitSet coveredSet(Map<PartyId, DeterminationWithPaths> result, int parties) {
        BitSet out = new BitSet(parties);
        for (Map.Entry<PartyId, DeterminationWithPaths> e : result.entrySet()) {
            CoveredPersonDetermination d = e.getValue().determination();
            if (d.coveredPerson() || d.countryOfConcern()) {
                out.set(Integer.parseInt(e.getKey().value().substring(1)));
            }
        }
        return out;
    }

    private static void reportDifference(String name, BitSet engine, BitSet sql) {
        BitSet onlyEngine = (BitSet) engine.clone();
        onlyEngine.andNot(sql);
        BitSet onlySql = (BitSet) sql.clone();
        onlySql.andNot(engine);
        System.out.printf("  %s: %d covered only by the engine (e.g. %s), %d only by SQL (e.g. %s)%n", name,
                onlyEngine.cardinality(), first(onlyEngine), onlySql.cardinality(), first(onlySql));
    }

    private static String first(BitSet set) {
        return set.stream().limit(5).mapToObj(i -> "p" + i).toList().toString();
    }

    // --- PostgreSQL

    private static void load(Connection c, SyntheticOwnershipGraph graph) throws SQLException, java.io.IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE party (id int PRIMARY KEY, base_covered boolean NOT NULL,"
                    + " us_person boolean NOT NULL)");
            s.execute("CREATE TABLE edge (owner int NOT NULL, owned int NOT NULL,"
                    + " percent numeric(5,2) NOT NULL CHECK (percent BETWEEN 0 AND 100))");
        }
        StringBuilder partyRows = new StringBuilder(graph.nodes.size() * 12);
        StringBuilder edgeRows = new StringBuilder(graph.edgeCount() * 20);
        for (SyntheticOwnershipGraph.Node n : graph.nodes) {
            partyRows.append(n.id).append(',').append(n.baseCovered() ? 't' : 'f').append(',')
                    .append(n.usPerson() ? 't' : 'f').append('\n');
            for (int[] o : n.owners) {
                edgeRows.append(graph.nodes.get(o[0]).id).append(',').append(n.id).append(',')
                        .append(java.math.BigDecimal.valueOf(o[1], 2).toPlainString()).append('\n');
            }
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY party FROM STDIN (FORMAT csv)", new StringReader(partyRows.toString()));
        copy.copyIn("COPY edge FROM STDIN (FORMAT csv)", new StringReader(edgeRows.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE edge ADD PRIMARY KEY (owned, owner)");
            s.execute("ALTER TABLE edge ADD FOREIGN KEY (owner) REFERENCES party, ADD FOREIGN KEY (owned) REFERENCES party");
            s.execute("CREATE INDEX edge_by_owner ON edge (owner) INCLUDE (owned)");
            s.execute("VACUUM ANALYZE party");
            s.execute("VACUUM ANALYZE edge");
            s.execute("""
                    CREATE FUNCTION covered_update_loop() RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE
                      rounds int := 0;
                      changed bigint;
                    BEGIN
                      DROP TABLE IF EXISTS status;
                      CREATE TEMP TABLE status AS SELECT id, base_covered AS covered, us_person FROM party;
                      ALTER TABLE status ADD PRIMARY KEY (id);
                      ANALYZE status;
                      LOOP
                        rounds := rounds + 1;
                        UPDATE status s SET covered = true
                          FROM (SELECT e.owned
                                  FROM edge e JOIN status o ON o.id = e.owner AND o.covered
                                 GROUP BY e.owned
                                HAVING sum(e.percent) >= 50) agg
                         WHERE s.id = agg.owned AND NOT s.covered AND NOT s.us_person;
                        GET DIAGNOSTICS changed = ROW_COUNT;
                        EXIT WHEN changed = 0;
                      END LOOP;
                      RETURN rounds;
                    END $$""");
            s.execute("""
                    CREATE FUNCTION covered_semi_naive() RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE
                      r int := 0;
                      added bigint;
                    BEGIN
                      DROP TABLE IF EXISTS covered;
                      CREATE TEMP TABLE covered (id int PRIMARY KEY, round int NOT NULL);
                      INSERT INTO covered SELECT id, 0 FROM party WHERE base_covered;
                      CREATE INDEX ON covered (round);
                      ANALYZE covered;
                      LOOP
                        INSERT INTO covered (id, round)
                        SELECT e.owned, r + 1
                          FROM (SELECT DISTINCT f.owned
                                  FROM covered d JOIN edge f ON f.owner = d.id
                                 WHERE d.round = r) cand
                          JOIN party p ON p.id = cand.owned AND NOT p.us_person
                          JOIN edge e ON e.owned = cand.owned
                          JOIN covered c ON c.id = e.owner
                         WHERE NOT EXISTS (SELECT 1 FROM covered x WHERE x.id = cand.owned)
                         GROUP BY e.owned
                        HAVING sum(e.percent) >= 50;
                        GET DIAGNOSTICS added = ROW_COUNT;
                        EXIT WHEN added = 0;
                        r := r + 1;
                      END LOOP;
                      RETURN r + 1;
                    END $$""");
        }
    }

    /** @param cpuRuns CPU time of the server process running the call (Linux /proc), -1 where unreadable */
    private static int runSql(Connection c, String function, double[] runs, double[] cpuRuns) throws SQLException {
        int rounds = 0;
        int backend = Integer.parseInt(scalar(c, "SELECT pg_backend_pid()"));
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < SQL_WARMUPS + runs.length; i++) {
                double cpu = processCpuMs(backend);
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery("SELECT " + function + "()")) {
                    rs.next();
                    rounds = rs.getInt(1);
                }
                double ms = (System.nanoTime() - t) / 1e6;
                double cpuAfter = processCpuMs(backend);
                if (i >= SQL_WARMUPS) {
                    runs[i - SQL_WARMUPS] = ms;
                    cpuRuns[i - SQL_WARMUPS] = cpu < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpu;
                }
                System.out.printf(Locale.ROOT, "  sql %s run %d%s: %.0f ms%n", function, i + 1,
                        i < SQL_WARMUPS ? " (warm-up)" : "", ms);
            }
        }
        return rounds;
    }

    /**
     * User plus system CPU time of a process from {@code /proc/PID/stat} (fields 14 and 15, in clock ticks of
     * 10 ms on this Linux), or -1 where there is no such file. NB: only a second view next to the wall-clock
     * times, which are the headline: on a machine shared with other builds the wall clock of both sides includes
     * waiting for a core.
     */
    private static double processCpuMs(int pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static BitSet sqlSet(Connection c, String query, int parties) throws SQLException {
        BitSet out = new BitSet(parties);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.set(rs.getInt(1));
            }
        }
        return out;
    }

    private static String scalar(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One decimal, two below 1 so that a slowdown still reads (0.05x). */
    private static String ratio(double r) {
        return String.format(Locale.ROOT, r >= 1 ? "%.1f" : "%.2f", r);
    }

    private static double median(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] ms) {
        return Arrays.stream(ms).mapToLong(Math::round).toArray();
    }
}
