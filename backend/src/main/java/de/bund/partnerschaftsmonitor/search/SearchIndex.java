package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded Lucene index of agreement titles and summaries and of the passages of current documents. The database
 * is the source of truth; this is derived from it and may be deleted at any time.
 *
 * <p>Every agreement and document has a fingerprint (its version, and for documents whether it is current) that the
 * index stores beside what it indexed. Before a search the index catches up when the read cache's epoch has moved,
 * that is after any write this instance committed and within a poll interval after another instance's: it re-reads
 * the fingerprints (one small query each) and reindexes only what differs. An index written with another schema or
 * analysis is thrown away and rebuilt; so is one that cannot be opened.
 */
@Singleton
public class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    static final String SCHEMA = "passages-8/" + SearchAnalysis.VERSION;

    static final String TYPE = "type";
    static final String OWNER = "owner";
    static final String STATE_KEY = "state";
    static final String FINGERPRINT = "fp";
    static final String STATE_OWNER = "state_owner";
    static final String AGREEMENT = "agreement";
    static final String DOCUMENT = "document";
    static final String ANCHOR = "anchor";
    static final String LABEL = "label";
    static final String LANGUAGE = "language";
    static final String BODY = "body";
    static final String PART = "part";
    static final String PASSAGE = "passage";
    static final String AGREEMENT_TEXT = "agreement";
    /** An agreement's one document for ranking the list: all its texts and the facts the list filters by. */
    static final String WHOLE = "whole";
    static final String COUNTRY = "f_country";
    static final String FORM = "f_type";
    static final String STATUS = "f_status";
    static final String COMPONENT = "f_component";
    static final String ARCHIVED = "f_archived";
    private static final int BATCH = 200;
    /** Indexing buffer; 64 MB in the documented 128 MB heap made the first build spend most of its time in full collections. */
    private static final int RAM_BUFFER_MB = 16;

    private final SearchRepository repository;
    private final ReadCache readCache;
    private static final java.util.Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private final Path folder;
    private final boolean temporary;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Searches at once, one per core by default ({@code pm.search.concurrency}); the rest wait their turn in order. With
     * 16 searches on 2 cores at once each took far longer and the slowest waited longest (bench/RESULTS.md).
     */
    private final Semaphore gate;
    /** Documents per flushed segment; 0 flushes by memory only. Tests set a few, so their indexes have several segments. */
    private final int bufferedDocs;
    private final Map<String, String> indexed = new ConcurrentHashMap<>();
    private final AtomicInteger rebuilds = new AtomicInteger();
    private final AtomicLong reindexed = new AtomicLong();
    private volatile long syncedEpoch = Long.MIN_VALUE;
    private volatile long generation = -1;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    SearchIndex(SearchRepository repository, ReadCache readCache,
                @Nullable @Value("${pm.search.index-dir:}") String configured,
                @Value("${pm.embedded-database:false}") boolean embedded,
                @Nullable @Value("${pm.data-dir:}") String dataDir,
                @Value("${pm.search.concurrency:0}") int concurrency,
                @Value("${pm.search.buffered-docs:0}") int bufferedDocs) {
        this.repository = repository;
        this.readCache = readCache;
        this.bufferedDocs = bufferedDocs;
        this.gate = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
        Path chosen = folder(configured, embedded, dataDir);
        // A second application context in the same JVM (tests of several instances) must not share the folder's lock.
        boolean taken = !OPEN.add(chosen);
        this.temporary = taken || (configured == null || configured.isBlank()) && !embedded;
        this.folder = taken ? folder(null, false, null) : chosen;
        if (taken) {
            OPEN.add(this.folder);
        }
    }

    /**
     * {@code pm.search.index-dir} when set; with the embedded database the data folder's {@code search-index} (beside the
     * database files); with an external database and nothing configured, a fresh temporary folder, rebuilt at each start.
     */
    private static Path folder(@Nullable String configured, boolean embedded, @Nullable String dataDir) {
        try {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured).toAbsolutePath();
            }
            if (embedded) {
                String data = System.getenv("PM_DATA_DIR");
                String base = data != null && !data.isBlank() ? data : dataDir != null && !dataDir.isBlank() ? dataDir : "data";
                return Path.of(base, "search-index").toAbsolutePath();
            }
            return Files.createTempDirectory("pm-search-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostConstruct
    void open() throws IOException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        boolean fresh = true;
        if (DirectoryReader.indexExists(directory)) {
            try {
                Map<String, String> data = writerData();
                fresh = !SCHEMA.equals(data.get("schema"));
                if (fresh) {
                    LOG.info("Search index in {} has schema {}, this version {}: rebuilding", folder, data.get("schema"), SCHEMA);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Search index in {} cannot be read ({}): rebuilding", folder, e.toString());
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.INDEX)
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        if (bufferedDocs > 0) {
            config.setMaxBufferedDocs(bufferedDocs);
        }
        writer = new IndexWriter(directory, config);
        if (fresh) {
            rebuilds.incrementAndGet();
            writer.setLiveCommitData(Map.of("schema", SCHEMA, "generation", "-1").entrySet());
            writer.commit();
        }
        searchers = new SearcherManager(writer, null);
        loadFingerprints();
        Thread start = new Thread(this::catchUpQuietly, "search-index-start");
        start.setDaemon(true);
        start.start();
    }

    private Map<String, String> writerData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private void loadFingerprints() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, searcher.getIndexReader().maxDoc());
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TYPE, STATE_KEY)), n).scoreDocs) {
                Document d = searcher.storedFields().document(hit.doc);
                indexed.put(d.get(STATE_OWNER), d.get(FINGERPRINT));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Search index could not catch up at start; the next search tries again", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        lock.lock();
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
            OPEN.remove(folder);
            if (temporary) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} on a searcher that reflects every write this instance has committed. */
    <T> T withSearcher(SearchWork<T> work) {
        catchUp();
        gate.acquireUninterruptibly();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gate.release();
        }
    }

    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Brings the index up to the database's state if the epoch moved since it last did. */
    void catchUp() {
        long epoch = readCache.epoch();
        if (epoch == syncedEpoch) {
            return;
        }
        lock.lock();
        try {
            if (epoch == syncedEpoch) {
                return;
            }
            sync();
            syncedEpoch = epoch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    private void sync() throws IOException {
        long seen = repository.generation();
        Map<String, String> states = repository.states();
        List<Long> agreements = new ArrayList<>();
        List<Long> documents = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        states.forEach((key, fp) -> {
            if (!fp.equals(indexed.get(key))) {
                (key.startsWith("a:") ? agreements : documents).add(Long.parseLong(key.substring(2)));
            }
        });
        for (String key : indexed.keySet()) {
            if (!states.containsKey(key)) {
                gone.add(key);
            }
        }
        if (agreements.isEmpty() && documents.isEmpty() && gone.isEmpty() && seen == generation) {
            return;
        }
        long started = System.nanoTime();
        boolean fromNothing = indexed.isEmpty();
        for (String key : gone) {
            writer.deleteDocuments(new Term(OWNER, key), new Term(STATE_KEY, key));
            indexed.remove(key);
        }
        for (List<Long> batch : batches(agreements)) {
            for (SearchRepository.AgreementText a : repository.agreementTexts(batch)) {
                String key = "a:" + a.id();
                String fingerprint = states.get(key);
                List<SearchRepository.Text> passages = fingerprint.contains(SearchRepository.DOCUMENTS)
                        ? repository.currentPassages(a.id()) : List.of();
                writer.updateDocuments(new Term(OWNER, key), dense(agreementDocs(a, passages)));
                remember(key, fingerprint);
            }
        }
        for (List<Long> batch : batches(documents)) {
            Map<Long, SearchRepository.DocumentInfo> infos = repository.documents(batch);
            for (Long id : batch) {
                String key = "d:" + id;
                SearchRepository.DocumentInfo info = infos.get(id);
                if (info == null || !info.current()) {
                    writer.deleteDocuments(new Term(OWNER, key));
                } else {
                    writer.updateDocuments(new Term(OWNER, key), dense(passageDocs(info, repository.passages(id))));
                }
                remember(key, states.get(key));
            }
        }
        int changed = agreements.size() + documents.size() + gone.size();
        if (fromNothing && changed > 0) {
            // A build from nothing leaves segments of similar size, and each segment repeats the query's term lookups and
            // word-part expansions: one segment made search 20 % and the list 45 % faster (bench/RESULTS.md). Later writes
            // add small segments, which the merge policy keeps few.
            writer.forceMerge(1);
        }
        writer.setLiveCommitData(Map.of("schema", SCHEMA, "generation", Long.toString(seen)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        generation = seen;
        reindexed.addAndGet(changed);
        if (changed > 0) {
            LOG.info("Search index: {} agreements, {} documents reindexed, {} removed in {} ms (generation {})", agreements.size(),
                    documents.size(), gone.size(), (System.nanoTime() - started) / 1_000_000, seen);
        }
    }

    private void remember(String key, String fingerprint) throws IOException {
        Document state = new Document();
        state.add(new StringField(TYPE, STATE_KEY, Field.Store.NO));
        state.add(new StringField(STATE_KEY, key, Field.Store.NO));
        state.add(new StoredField(STATE_OWNER, key));
        state.add(new StoredField(FINGERPRINT, fingerprint));
        writer.updateDocument(new Term(STATE_KEY, key), dense(state));
        indexed.put(key, fingerprint);
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            out.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return out;
    }

    /** The agreement's texts one by one (for search results and snippets), and its whole document for the list. */
    private static List<Document> agreementDocs(SearchRepository.AgreementText a, List<SearchRepository.Text> passages) {
        List<Document> docs = new ArrayList<>();
        Document whole = new Document();
        whole.add(new StringField(TYPE, WHOLE, Field.Store.NO));
        whole.add(new StringField(OWNER, "a:" + a.id(), Field.Store.NO));
        whole.add(new StringField(AGREEMENT, Long.toString(a.id()), Field.Store.NO));
        whole.add(new NumericDocValuesField(AGREEMENT, a.id()));
        whole.add(new StringField(COUNTRY, a.countryIso2(), Field.Store.NO));
        if (a.type() != null) {
            whole.add(new StringField(FORM, a.type(), Field.Store.NO));
        }
        whole.add(new StringField(STATUS, a.status(), Field.Store.NO));
        a.components().forEach(c -> whole.add(new StringField(COMPONENT, c, Field.Store.NO)));
        whole.add(new StringField(ARCHIVED, Boolean.toString(a.archived()), Field.Store.NO));
        addText(docs, whole, a.id(), "title", "de", a.titleDe());
        addText(docs, whole, a.id(), "title", "en", a.titleEn());
        addText(docs, whole, a.id(), "summary", "de", a.summaryDe());
        addText(docs, whole, a.id(), "summary", "en", a.summaryEn());
        StringBuilder other = new StringBuilder();
        for (String s : new String[] {a.titleOriginal(), a.countryNameDe(), a.countryNameEn(), a.externalRef(), a.responsibleDesk()}) {
            if (s != null && !s.isBlank()) {
                other.append(s).append('\n');
            }
        }
        addText(docs, whole, a.id(), "other", "xx", other.toString().strip());
        for (SearchRepository.Text p : passages) {
            for (String field : SearchAnalysis.fieldsFor(p.language())) {
                whole.add(new Field(SearchAnalysis.WHOLE + field, p.text(), type(SearchAnalysis.WHOLE + field)));
            }
        }
        docs.add(whole);
        return docs;
    }

    private static void addText(List<Document> docs, Document whole, long agreementId, String part, String language, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Document d = base(AGREEMENT_TEXT, "a:" + agreementId, agreementId, language, text);
        d.add(new SortedDocValuesField(PART, new BytesRef(part)));
        docs.add(d);
        for (String field : SearchAnalysis.fieldsFor(language)) {
            whole.add(new Field(SearchAnalysis.META + field, text, type(SearchAnalysis.META + field)));
        }
    }

    private static List<Document> passageDocs(SearchRepository.DocumentInfo info, List<SearchRepository.Unit> units) {
        List<Document> docs = new ArrayList<>(units.size());
        for (SearchRepository.Unit u : units) {
            Document d = base(PASSAGE, "d:" + info.id(), info.agreementId(), info.language(), u.text());
            d.add(new NumericDocValuesField(DOCUMENT, info.id()));
            d.add(new StringField(DOCUMENT + "_key", Long.toString(info.id()), Field.Store.NO));
            d.add(new BinaryDocValuesField(ANCHOR, new BytesRef(u.anchor())));
            d.add(new BinaryDocValuesField(LABEL, new BytesRef(u.label())));
            docs.add(d);
        }
        return docs;
    }

    static Document base(String type, String owner, long agreementId, String language, String text) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new StringField(OWNER, owner, Field.Store.NO));
        d.add(new StringField(AGREEMENT, Long.toString(agreementId), Field.Store.NO));
        d.add(new NumericDocValuesField(AGREEMENT, agreementId));
        d.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language)));
        // What a hit shows is in doc values, which Lucene keeps uncompressed: a stored field decompressed a block of its
        // neighbours at each read.
        d.add(new BinaryDocValuesField(BODY, new BytesRef(text)));
        addFields(d, language, text);
        return d;
    }

    /** The fields a text in this language is searched in. */
    static void addFields(Document d, String language, String text) {
        for (String field : SearchAnalysis.fieldsFor(language)) {
            d.add(new Field(field, text, type(field)));
        }
    }

    /**
     * Each text field and how it is indexed. A language's field keeps where each term stands in the text, so matches
     * are marked from the index (Highlights); the word-part field is only matched with a constant score, so it keeps no
     * lengths (norms).
     */
    private static final Map<String, FieldType> TEXT_FIELDS = textFields();

    private static Map<String, FieldType> textFields() {
        FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        FieldType noNorms = new FieldType(TextField.TYPE_NOT_STORED);
        noNorms.setOmitNorms(true);
        noNorms.freeze();
        Map<String, FieldType> out = new java.util.LinkedHashMap<>();
        for (String prefix : List.of("", SearchAnalysis.META, SearchAnalysis.WHOLE)) {
            for (String field : List.of(SearchAnalysis.DE, SearchAnalysis.EN, SearchAnalysis.STD, SearchAnalysis.SUB)) {
                out.put(prefix + field, SearchAnalysis.SUB.equals(field) ? noNorms : prefix.isEmpty() ? withOffsets : TextField.TYPE_NOT_STORED);
            }
        }
        return Map.copyOf(out);
    }

    private static FieldType type(String field) {
        return TEXT_FIELDS.get(field);
    }

    /**
     * Gives the document an empty value of every scored text field it lacks. Its length (norm) is then kept for every
     * document of a segment, which Lucene reads by position; a language's field held by some documents only was looked
     * up in a sparse table for every scored hit, 16 % of a search's CPU (bench/RESULTS.md). An empty value adds no term
     * and leaves the field's statistics, and so every score, as they were.
     */
    static Document dense(Document d) {
        TEXT_FIELDS.forEach((field, type) -> {
            if (!type.omitNorms() && d.getField(field) == null) {
                d.add(new Field(field, "", type));
            }
        });
        return d;
    }

    private static List<Document> dense(List<Document> docs) {
        docs.forEach(SearchIndex::dense);
        return docs;
    }

    Path folder() {
        return folder;
    }

    /** How many segments the index has now (for tests). */
    int segments() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** How often this instance built the index from nothing (for tests and the log). */
    public int rebuilds() {
        return rebuilds.get();
    }

    /** How many agreements and documents this instance reindexed since it started. */
    public long reindexed() {
        return reindexed.get();
    }

    /** The write counter the index last caught up with. */
    public long generation() {
        return generation;
    }

}
