package dev.clearance.bench.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import dev.clearance.screening.engine.Screening;
import dev.clearance.screening.engine.ScreeningIndex;
import dev.clearance.screening.engine.ScreeningQuery;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.format.ListFile;
import dev.clearance.screening.list.format.ListFormats;

/**
 * Batch screening throughput over HTTP against the production engine in-process (the baseline), in the same
 * process. Starts the built app ({@code api/target/clearance.jar}) as a child {@code java -jar} with its own
 * {@code CLEARANCE_HOME} (so its own embedded PostgreSQL) and a local JWKS issuer served here, imports the real
 * lists from {@code data/lists} through {@code POST /api/v1/list-snapshots}, then posts the names in batches of
 * {@code batchSize} to {@code POST /api/v1/screenings/batch} from {@code clients} concurrent clients: every name is
 * screened and stored as evidence in the app's database. The baseline screens the same names against the same lists
 * (parsed by the same {@code ListFormats} the import uses) with the same engine call, on {@code clients} threads,
 * without HTTP or storage. Also measures single-name {@code POST /api/v1/screenings}.
 *
 * <p>Usage: {@code BatchThroughputBench [dataDir] [names] [batchSize] [clients] [singleNames]}; defaults
 * {@code data 20000 1000 2 2000}. Goal: at least 3,000 names/s over HTTP on 2 cores.
 */
public final class BatchThroughputBench {

    private static final double GOAL_NAMES_PER_SECOND = 3_000;
    /** The engine call of {@code ScreeningNames}: every candidate at or above the threshold, at most 100. */
    private static final int MAX_HITS = 100;
    private static final Pattern HIT_COUNT = Pattern.compile("\"hitCount\":(\\d+)");
    private static final Pattern SCREENING_ID = Pattern.compile("\"screeningId\":\"");

    private BatchThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = BenchLists.dataDir(args);
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int singleNames = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        Path jar = Path.of("api/target/clearance.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar.toAbsolutePath()
                    + ": build it first (./mvnw -B -o -DskipTests install -pl api,bench -am)");
        }
        System.out.println("cpus=" + Runtime.getRuntime().availableProcessors() + " loadavg=" + loadAverage()
                + " (the app and this process share the machine; other work on it lowers both numbers)");

        List<Upload> uploads = uploads(data.resolve("lists"));
        Issuer issuer = Issuer.start();
        App app = App.start(jar, issuer);
        try {
            Http http = new Http(app.base());
            String admin = issuer.token("bench-admin", "admin");
            String analyst = issuer.token("bench-analyst", "analyst");
            List<ListSnapshot> snapshots = new ArrayList<>();
            for (Upload u : uploads) {
                long s = System.nanoTime();
                HttpResponse<String> r = http.multipart("/api/v1/list-snapshots?source=" + u.source(), admin,
                        u.parts());
                if (r.statusCode() == 201) {
                    snapshots.add(ListFormats.read(u.source(), new ArrayList<>(u.parts().values())));
                    System.out.printf(Locale.ROOT, "imported %s over HTTP in %.1f s%n", u.source(),
                            (System.nanoTime() - s) / 1e9);
                } else {
                    // NB: the CSL sample in data/ is truncated at its last record; the strict import rejects it.
                    System.out.println("import of " + u.source() + " rejected (" + r.statusCode() + "), left out of"
                            + " both runs: " + abbreviate(r.body()));
                }
            }
            // NB: the app indexes the active snapshots ordered by source; the same order here gives the same
            // candidate pools (Lucene breaks score ties by document order), hence the same hits.
            snapshots.sort(Comparator.comparing(s -> s.source().name()));
            List<String> names = names(snapshots, total, new Random(20261125));
            int matchable = (int) names.stream().filter(n -> !n.startsWith("~")).count();
            names = names.stream().map(n -> n.startsWith("~") ? n.substring(1) : n).toList();
            try (ScreeningIndex index = ScreeningIndex.of(snapshots)) {
                System.out.printf(Locale.ROOT, "lists: %d entries, %d names (%s); %d query names: %d list names "
                                + "perturbed, %d unrelated; batches of %d, %d clients%n", index.entryCount(),
                        index.nameCount(), snapshots.stream().map(s -> s.source().name()).toList(), names.size(),
                        matchable, names.size() - matchable, batchSize, clients);

                // warm-up: the engine here, the app's JIT, its index (built after the imports) and its pool
                inProcess(index, names, clients);
                http.awaitIndex(analyst);
                overHttp(app, http, analyst, names.subList(0, Math.min(names.size(), 4 * batchSize)), batchSize,
                        clients);
                single(app, http, analyst, names.subList(0, Math.min(names.size(), 300)), clients);

                Result base = inProcess(index, names, clients);
                Result batch = overHttp(app, http, analyst, names, batchSize, clients);
                Result one = single(app, http, analyst, names.subList(0, Math.min(names.size(), singleNames)),
                        clients);

                System.out.printf(Locale.ROOT, "in-process engine (baseline, %d threads): %,d names in %.2f s = "
                        + "%,.0f names/s, %,d hits%n", clients, base.names(), base.seconds(), base.rate(), base.hits());
                System.out.printf(Locale.ROOT, "HTTP batch %d x %d names, %d clients, stored as evidence: %,d names "
                                + "in %.2f s = %,.0f names/s, %,d hits%s%n", names.size() / batchSize, batchSize,
                        clients, batch.names(), batch.seconds(), batch.rate(), batch.hits(),
                        batch.hits() == base.hits() ? " (same as in-process)" : " (in-process: " + base.hits() + ")");
                System.out.printf(Locale.ROOT, "HTTP single POST /api/v1/screenings, %d clients: %,d names in %.2f s"
                        + " = %,.0f names/s%n", clients, one.names(), one.seconds(), one.rate());
                System.out.printf(Locale.ROOT, "ratio HTTP batch / in-process = %.2f; HTTP batch / HTTP single = "
                        + "%.1fx%n", batch.rate() / base.rate(), batch.rate() / one.rate());
                System.out.printf(Locale.ROOT, "CPU per name (load-independent): in-process %.3f ms, HTTP batch "
                                + "%.3f ms (app + its PostgreSQL), HTTP single %.3f ms; ratio in-process / HTTP batch "
                                + "= %.2f%n", base.cpuMillisPerName(), batch.cpuMillisPerName(),
                        one.cpuMillisPerName(), base.cpuMillisPerName() / batch.cpuMillisPerName());
                System.out.printf(Locale.ROOT, "projected on 2 otherwise idle cores: in-process %,.0f names/s, "
                        + "HTTP batch %,.0f names/s, HTTP single %,.0f names/s%n", base.projected(2),
                        batch.projected(2), one.projected(2));
                System.out.printf(Locale.ROOT, "goal >= %,.0f names/s over HTTP: %s (%,.0f names/s); loadavg=%s%n",
                        GOAL_NAMES_PER_SECOND, batch.rate() >= GOAL_NAMES_PER_SECOND ? "met" : "MISSED",
                        batch.rate(), loadAverage());
            }
        } finally {
            app.stop();
            issuer.stop();
        }
    }

    /** The imports: SDN as BenchLists reads it, non-SDN, CSL (rejected: truncated sample), BIS DPL, UN. */
    private static List<Upload> uploads(Path l) throws IOException {
        List<Upload> u = new ArrayList<>();
        Map<String, ListFile> sdn = new LinkedHashMap<>();
        sdn.put("sdn", named("sdn.csv", l.resolve("ofac/2024-05-03/sdn.csv")));
        sdn.put("alt", named("alt.csv", l.resolve("ofac/2025-12-24/alt.csv")));
        sdn.put("add", named("add.csv", l.resolve("ofac/2025-12-24/add.csv")));
        u.add(new Upload(ListSource.OFAC_SDN, sdn));
        Map<String, ListFile> nonSdn = new LinkedHashMap<>();
        nonSdn.put("cons_prim", named("cons_prim.csv", l.resolve("ofac_non_sdn/2025-12-19/cons_prim.csv")));
        nonSdn.put("cons_alt", named("cons_alt.csv", l.resolve("ofac_non_sdn/2025-12-19/cons_alt.csv")));
        nonSdn.put("cons_add", named("cons_add.csv", l.resolve("ofac_non_sdn/2025-12-19/cons_add.csv")));
        u.add(new Upload(ListSource.OFAC_NON_SDN, nonSdn));
        u.add(new Upload(ListSource.CSL, Map.of("file", named("csl.csv", l.resolve("csl/2023-11-30/csl.csv")))));
        u.add(new Upload(ListSource.BIS_DPL, Map.of("file", named("dpl.txt", l.resolve("bis_dpl/2023-11-30/dpl.txt")))));
        u.add(new Upload(ListSource.UN, Map.of("file",
                named("UN_consolidated.xml", l.resolve("un/2026-02-27/UN_consolidated.xml")))));
        return u;
    }

    /** The file under the name the app gives it (it names files by upload part, not by the client's file name). */
    private static ListFile named(String name, Path p) throws IOException {
        return new ListFile(name, Files.readAllBytes(p));
    }

    private record Upload(ListSource source, Map<String, ListFile> parts) {
    }

    /**
     * Half list names disturbed as in {@code ScreeningLatencyBench} (as is, a typo, tokens reordered, both), half
     * made-up company and person names that match nothing; those are marked with a leading {@code ~}.
     */
    static List<String> names(List<ListSnapshot> snapshots, int total, Random rnd) {
        List<String> listNames = new ArrayList<>();
        for (ListSnapshot s : snapshots) {
            for (ListEntry e : s.entries()) {
                listNames.addAll(e.allNames());
            }
        }
        String[] syllables = {"ka", "lo", "ren", "vi", "sta", "mor", "quel", "dar", "in", "te", "bro", "sul", "ne",
            "fa", "gri", "ol", "pen", "tho", "wex", "zu"};
        String[] suffixes = {"GmbH", "Ltd", "LLC", "Holdings", "Logistics", "Software", "S.A.", "Trading", "", ""};
        List<String> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            if (i % 2 == 0) {
                String n = disturb(listNames.get(rnd.nextInt(listNames.size())), rnd, i / 2 % 4);
                out.add(n.length() > 500 ? n.substring(0, 500) : n);
            } else {
                StringBuilder b = new StringBuilder("~");
                for (int w = 0; w < 2 + rnd.nextInt(2); w++) {
                    if (w > 0) {
                        b.append(' ');
                    }
                    String word = syllables[rnd.nextInt(syllables.length)] + syllables[rnd.nextInt(syllables.length)]
                            + syllables[rnd.nextInt(syllables.length)];
                    b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
                String suffix = suffixes[rnd.nextInt(suffixes.length)];
                out.add(suffix.isEmpty() ? b.toString() : b + " " + suffix);
            }
        }
        return out;
    }

    private static String disturb(String name, Random rnd, int mode) {
        String s = name;
        if ((mode == 1 || mode == 3) && s.length() >= 4) {
            int i = 1 + rnd.nextInt(s.length() - 2);
            char c = (char) ('a' + rnd.nextInt(26));
            s = switch (rnd.nextInt(3)) {
                case 0 -> s.substring(0, i) + s.substring(i + 1);
                case 1 -> s.substring(0, i) + c + s.substring(i + 1);
                default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            };
        }
        if (mode == 2 || mode == 3) {
            List<String> parts = new ArrayList<>(List.of(s.replace(",", " ").trim().split("\\s+")));
            java.util.Collections.shuffle(parts, rnd);
            s = String.join(" ", parts);
        }
        return s.isBlank() ? name : s;
    }

    /** {@code cpuSeconds}: CPU time the work took (this process, or the app and its PostgreSQL), under any load. */
    private record Result(int names, double seconds, long hits, double cpuSeconds) {
        double rate() {
            return names / seconds;
        }

        double cpuMillisPerName() {
            return cpuSeconds * 1000 / names;
        }

        /** What {@code cores} cores doing nothing else would give at this CPU cost per name. */
        double projected(int cores) {
            return cores * names / cpuSeconds;
        }
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The baseline: the production engine call on {@code threads} threads, names split round-robin. */
    private static Result inProcess(ScreeningIndex index, List<String> names, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong hits = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            double cpu = ownCpuSeconds();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < names.size(); i = next.getAndIncrement()) {
                        hits.addAndGet(index.screen(ScreeningQuery.name(names.get(i)), Screening.DEFAULT_THRESHOLD,
                                MAX_HITS).size());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Result(names.size(), (System.nanoTime() - start) / 1e9, hits.get(), ownCpuSeconds() - cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code clients} clients each posting the next batch until all names are sent. */
    private static Result overHttp(App app, Http http, String token, List<String> names, int batchSize,
                                   int clients) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < names.size(); from += batchSize) {
            StringBuilder b = new StringBuilder("{\"queries\":[");
            List<String> batch = names.subList(from, Math.min(names.size(), from + batchSize));
            for (int i = 0; i < batch.size(); i++) {
                b.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(batch.get(i)))
                        .append(",\"reference\":\"n").append(from + i).append("\"}");
            }
            bodies.add(b.append("]}").toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicLong hits = new AtomicLong();
            AtomicInteger stored = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            double cpu = app.cpuSeconds();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> r = http.post("/api/v1/screenings/batch", token, bodies.get(i));
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("batch " + i + ": " + r.statusCode() + " "
                                    + abbreviate(r.body()));
                        }
                        Matcher m = HIT_COUNT.matcher(r.body());
                        while (m.find()) {
                            hits.addAndGet(Long.parseLong(m.group(1)));
                        }
                        Matcher ids = SCREENING_ID.matcher(r.body());
                        while (ids.find()) {
                            stored.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double used = app.cpuSeconds() - cpu;
            if (stored.get() != names.size()) {
                throw new IllegalStateException(stored.get() + " screenings stored for " + names.size() + " names");
            }
            return new Result(names.size(), seconds, hits.get(), used);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code clients} clients each posting one name at a time to the single-name endpoint. */
    private static Result single(App app, Http http, String token, List<String> names, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            double cpu = app.cpuSeconds();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < names.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> r = http.post("/api/v1/screenings", token,
                                "{\"name\":" + quote(names.get(i)) + "}");
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException(names.get(i) + ": " + r.statusCode() + " "
                                    + abbreviate(r.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Result(names.size(), (System.nanoTime() - start) / 1e9, 0, app.cpuSeconds() - cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A stand-in for Keycloak: a JWKS on loopback and RS256 tokens shaped like the realm's (JDK crypto only). */
    private static final class Issuer {
        private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
        private final KeyPair keys;
        private final HttpServer server;
        private final String url;

        private Issuer(KeyPair keys, HttpServer server) {
            this.keys = keys;
            this.server = server;
            this.url = "http://127.0.0.1:" + server.getAddress().getPort();
        }

        static Issuer start() throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair keys = g.generateKeyPair();
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            byte[] jwks = ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"bench\",\"n\":\""
                    + B64.encodeToString(unsigned(pub.getModulus())) + "\",\"e\":\""
                    + B64.encodeToString(unsigned(pub.getPublicExponent())) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/clearance/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new Issuer(keys, server);
        }

        String url() {
            return url;
        }

        /** Valid for 2 hours, so one token lasts the whole run. */
        String token(String username, String role) throws Exception {
            long now = Instant.now().getEpochSecond();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
            String claims = "{\"iss\":\"" + url + "/realms/clearance\",\"sub\":\"sub-" + username
                    + "\",\"aud\":[\"clearance-api\",\"account\"],\"azp\":\"clearance-web\",\"preferred_username\":\""
                    + username + "\",\"name\":\"" + username + "\",\"realm_access\":{\"roles\":[\"" + role
                    + "\",\"offline_access\",\"default-roles-clearance\"]},\"iat\":" + (now - 5) + ",\"exp\":"
                    + (now + 7200) + "}";
            String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        }

        void stop() {
            server.stop(0);
        }

        private static byte[] unsigned(BigInteger i) {
            byte[] b = i.toByteArray();
            return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
        }
    }

    /** The app as a child process with its own CLEARANCE_HOME (embedded PostgreSQL) on a free port. */
    private static final class App {
        private final Process process;
        private final Path home;
        private final Path log;
        private final String base;
        private final Thread hook;

        private App(Process process, Path home, Path log, String base) {
            this.process = process;
            this.home = home;
            this.log = log;
            this.base = base;
            this.hook = new Thread(this::kill, "bench-app-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        static App start(Path jar, Issuer issuer) throws Exception {
            Path home = Files.createTempDirectory("clearance-bench-");
            Path log = home.resolve("app.log");
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx2g",
                    "-Dlogger.levels.dev.clearance.api.screening.BatchScreening=DEBUG"));
            // e.g. BENCH_APP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/app.jfr" to profile the app
            String extra = System.getenv("BENCH_APP_JAVA_OPTS");
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("CLEARANCE_HOME", home.toString());
            pb.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            pb.environment().put("CLEARANCE_KEYCLOAK_URL", issuer.url());
            pb.environment().put("CLEARANCE_PUBLIC_URL", "http://127.0.0.1:" + port);
            pb.environment().remove("DATASOURCES_DEFAULT_URL");
            long s = System.nanoTime();
            App app = new App(pb.start(), home, log, "http://127.0.0.1:" + port);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            while (true) {
                if (!app.process.isAlive()) {
                    throw new IllegalStateException("the app exited with " + app.process.exitValue() + "; see "
                            + log + ":\n" + tail(log));
                }
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(app.base + "/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() - s > 180e9) {
                    throw new IllegalStateException("the app did not start in 180 s; see " + log + ":\n" + tail(log));
                }
                Thread.sleep(250);
            }
            System.out.printf(Locale.ROOT, "app (pid %d) up on %s in %.1f s, CLEARANCE_HOME=%s%n", app.process.pid(),
                    app.base, (System.nanoTime() - s) / 1e9, home);
            return app;
        }

        String base() {
            return base;
        }

        /** CPU time of the app and its descendants (the embedded PostgreSQL and its backends) so far. */
        double cpuSeconds() {
            double s = cpu(process.toHandle());
            for (ProcessHandle d : process.descendants().toList()) {
                s += cpu(d);
            }
            return s;
        }

        private static double cpu(ProcessHandle h) {
            return h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        void stop() {
            kill();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }

        /**
         * SIGTERM first, so the app's own hook stops its embedded PostgreSQL; then force; then keep its log as
         * {@code bench/target/batch-throughput-app.log} and remove its files.
         */
        private synchronized void kill() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.descendants().forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
            try {
                if (Files.isDirectory(Path.of("bench/target"))) {
                    Files.copy(log, Path.of("bench/target/batch-throughput-app.log"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("could not keep the app's log: " + e);
            }
            if (Files.exists(home)) {
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    System.err.println("could not remove " + home + ": " + e);
                }
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }

    /** A JDK HTTP/1.1 client with a bearer token. */
    private static final class Http {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;

        Http(String base) {
            this.base = base;
        }

        HttpResponse<String> post(String path, String token, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String token) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> multipart(String path, String token, Map<String, ListFile> parts) throws Exception {
            String boundary = "----clearance-bench-" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, ListFile> p : parts.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey()
                        + "\"; filename=\"" + p.getValue().name() + "\"\r\nContent-Type: application/octet-stream"
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(p.getValue().content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Waits until the app's screening index over the imported lists is built (it is rebuilt after imports). */
        void awaitIndex(String token) throws Exception {
            long s = System.nanoTime();
            HttpResponse<String> r = post("/api/v1/screenings/batch", token,
                    "{\"queries\":[{\"name\":\"bench warm-up\"}]}");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("warm-up batch: " + r.statusCode() + " " + abbreviate(r.body()));
            }
            System.out.printf(Locale.ROOT, "app's screening index ready after %.1f s%n", (System.nanoTime() - s) / 1e9);
        }
    }
}
