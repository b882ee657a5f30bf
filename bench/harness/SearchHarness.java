package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;
import java.sql.*;
import java.util.*;
import java.util.regex.*;

/**
 * The index work behind search, list q and the passage finder, timed without HTTP on the index bench/search.sh built
 * (NOT part of the test run; see bench/search-harness.sh). Usage: SearchHarness passages|pquery|search|list|rank SECONDS,
 * -Dthreads=N (default 1), -Dwarm=SECONDS (warm-up, default SECONDS), -Dgate=N (at most N at once, like the app).
 */
public class SearchHarness {
    static final TextSearch.ListFilter OPEN = new TextSearch.ListFilter(null, null, null, null, false);
    static final java.util.concurrent.Semaphore GATE = Integer.getInteger("gate", 0) > 0 ? new java.util.concurrent.Semaphore(Integer.getInteger("gate"), true) : null;
    public static void main(String[] a) throws Exception {
        String what = a[0]; int seconds = Integer.parseInt(a[1]); int threads = Integer.getInteger("threads", 1);
        Path data = Path.of(System.getProperty("dir", "bench/target/search-data"));
        Path dir = data.resolve("search-index");
        String pw = new String(java.nio.file.Files.readAllBytes(data.resolve("database-credentials.properties")));
        Matcher pm = Pattern.compile("owner\\.password=(.*)").matcher(pw); pm.find();
        Map<String, List<String>[]> kw = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + Integer.getInteger("dbPort", 3397) + "/partnerschaftsmonitor?useSSL=false&allowPublicKeyRetrieval=true", "root", pm.group(1).trim());
             ResultSet rs = c.createStatement().executeQuery("SELECT c.code, c.keywords_de, c.keywords_en FROM criteria c JOIN catalog_versions v ON v.id=c.catalog_version_id WHERE v.status='PUBLISHED'")) {
            while (rs.next()) kw.put(rs.getString(1), new List[] {arr(rs.getString(2)), arr(rs.getString(3))});
        }
        String[] criteria = "DP-BASE|PURPOSE|MINIM-RET|TRANSFER-SEC|INDEP-OVERSIGHT|TRANSP-REMEDY|HUMAN-OVERSIGHT|BIOMETRICS|NONDISC|SOVEREIGNTY-EXIT|CAPACITY|MONITOR-EVAL".split("\\|");
        String[] queries = System.getProperty("q") != null ? new String[] {System.getProperty("q")} : "Datenschutz|Datenschutzbestimmungen|Rückübernahme|Rückübernahmeabkommens|Aufsicht|Aufsichtsbehörde|Zweckbindung|personenbezogene Daten|biometrische|Fachkräfte|Kapazitätsaufbau|Rechtsbehelf|data protection|oversight|readmission agreement|supervisory authority|purpose limitation|biometric data|remedy|Migration".split("\\|");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher s = new IndexSearcher(reader); if (Boolean.getBoolean("nocache")) s.setQueryCache(null);
            for (int round = 0; round < 2; round++) { // round 0 warm-up
                final int rnd = round;
                List<Thread> ts = new ArrayList<>(); List<Long> all = Collections.synchronizedList(new ArrayList<>());
                long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int th = 0; th < threads; th++) { final int seed = th; Thread t = new Thread(() -> { try {
                Random r = new Random(seed);
                long end = System.nanoTime() + (rnd == 0 ? Integer.getInteger("warm", seconds) : seconds) * 1_000_000_000L; int n = 0; long results = 0;
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (GATE != null) GATE.acquireUninterruptibly();
                    try {
                    switch (what) {
                        case "passages" -> { String cr = criteria[r.nextInt(criteria.length)]; var k = kw.get(cr);
                            results += TextSearch.passages(s, Integer.getInteger("idmin", 20) + r.nextInt(1000), k[0], k[1], 50).size(); }
                        case "search" -> results += TextSearch.search(s, queries[r.nextInt(queries.length)], 0, 20).hits().size();
                        case "list" -> { String q = queries[r.nextInt(queries.length)]; List<Long> ids = TextSearch.rankAgreements(s, q, OPEN, 0, 20).ids();
                            results += TextSearch.agreementSnippets(s, q, ids.subList(0, Math.min(20, ids.size()))).size(); }
                        case "pquery" -> { String cr = criteria[r.nextInt(criteria.length)]; var k = kw.get(cr);
                            List<Sought> ks = new ArrayList<>(); k[0].forEach(x -> Sought.keyword(x, "de").ifPresent(ks::add)); k[1].forEach(x -> Sought.keyword(x, "en").ifPresent(ks::add));
                            var q = new org.apache.lucene.search.BooleanQuery.Builder().add(Sought.any(ks), org.apache.lucene.search.BooleanClause.Occur.MUST)
                                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("type", "passage")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("agreement", Long.toString(Integer.getInteger("idmin", 20) + r.nextInt(1000)))), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
                            results += (Boolean.getBoolean("complete") ? s.search(q, new org.apache.lucene.search.TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE, false)) : s.search(q, 50)).scoreDocs.length; }
                        case "rank" -> results += TextSearch.rankAgreements(s, queries[r.nextInt(queries.length)], OPEN, 0, 20).ids().size();
                    }
                    } finally { if (GATE != null) GATE.release(); }
                    times.add(System.nanoTime() - t0); n++;
                }
                all.addAll(times); } catch (Exception e) { throw new RuntimeException(e); } }); ts.add(t); t.start(); }
                for (Thread t : ts) t.join();
                List<Long> times = new ArrayList<>(all); int n = times.size();
                Collections.sort(times);
                if (round == 1) System.out.printf("%s x%d threads: %d ops, mean %.2f ms, p50 %.2f, p95 %.2f ms%n", what, threads, n,
                        times.stream().mapToLong(x -> x).average().orElse(0) / 1e6, times.get(n / 2) / 1e6, times.get(n * 95 / 100) / 1e6);
            }
        }
    }
    static List<String> arr(String json) { List<String> out = new ArrayList<>(); if (json == null) return out;
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json); while (m.find()) out.add(m.group(1)); return out; }
}
