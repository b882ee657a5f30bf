package de.bund.partnerschaftsmonitor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries on the search index: free text (the agreements list's {@code q}, the search page) and a criterion's
 * keywords (the passage finder). Every query is built from {@link Sought} terms, which also mark the results
 * ({@link Highlights}), so what matched can be told back to the user term by term.
 */
@Singleton
public class TextSearch {

    /** Most agreements a free-text query ranks; beyond that the list would not be read anyway. */
    public static final int MAX_AGREEMENTS = 10_000;

    private final SearchIndex index;

    TextSearch(SearchIndex index) {
        this.index = index;
    }

    /** The list's filters, as the search index holds them for each agreement. */
    public record ListFilter(@Nullable String country, @Nullable String type, @Nullable String status, @Nullable String component,
                             boolean archived) {
    }

    /** A page of ranked agreement ids, and how many agreements match in all. */
    public record Ranked(long total, List<Long> ids) {
    }

    /**
     * Agreements that pass the filters and match {@code q} in their titles, summaries or current documents, best first:
     * {@code limit} of them from {@code offset}. Each word must match somewhere in the agreement (the words may be in
     * different texts); a match in a title, summary or name weighs twice a match in a document's text.
     */
    public Ranked rankAgreements(String q, ListFilter filter, int offset, int limit) {
        return index.withSearcher(searcher -> rankAgreements(searcher, q, filter, offset, limit));
    }

    static Ranked rankAgreements(IndexSearcher searcher, String q, ListFilter filter, int offset, int limit) throws IOException {
        List<Sought> words = Sought.words(q);
        if (words.isEmpty()) {
            return new Ranked(0, List.of());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.WHOLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchIndex.ARCHIVED, Boolean.toString(filter.archived()))), BooleanClause.Occur.FILTER);
        facet(query, SearchIndex.COUNTRY, filter.country());
        facet(query, SearchIndex.FORM, filter.type());
        facet(query, SearchIndex.STATUS, filter.status());
        facet(query, SearchIndex.COMPONENT, filter.component());
        for (Sought word : words) {
            query.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(word.query(SearchAnalysis.META), 2f), BooleanClause.Occur.SHOULD)
                    .add(word.query(SearchAnalysis.WHOLE), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST);
        }
        int wanted = Math.max(1, Math.min(MAX_AGREEMENTS, offset + limit));
        // Counted exactly: there is one document per agreement, so counting them all is cheap.
        TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false));
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(top.scoreDocs.length, offset + limit));
        List<Long> ids = perDocument(searcher, docIds(page), leaf -> {
            NumericDocValues agreements = leaf.getNumericDocValues(SearchIndex.AGREEMENT);
            return doc -> agreements != null && agreements.advanceExact(doc) ? agreements.longValue() : null;
        });
        return new Ranked(top.totalHits.value, ids);
    }

    private static void facet(BooleanQuery.Builder query, String field, @Nullable String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** For each given agreement, the snippet of its best-matching text. */
    public Map<Long, Snippet> agreementSnippets(String q, Collection<Long> agreementIds) {
        return index.withSearcher(searcher -> agreementSnippets(searcher, q, agreementIds));
    }

    static Map<Long, Snippet> agreementSnippets(IndexSearcher searcher, String q, Collection<Long> agreementIds) throws IOException {
        List<Sought> words = Sought.words(q);
        if (words.isEmpty() || agreementIds.isEmpty()) {
            return Map.of();
        }
        // The page's agreements lead (a scoring clause weighted 0, not a filter): as a filter Lucene walked every text of
        // the index that matches a word and built each word part's matches over the whole index first.
        Query within = new BooleanQuery.Builder().add(Sought.any(words), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(agreementFilter(agreementIds)), 0f), BooleanClause.Occur.MUST).build();
        Map<Long, Float> best = new HashMap<>();
        Map<Long, Integer> docs = new HashMap<>();
        searcher.search(within, new BestPerAgreement(best, docs));
        List<Map.Entry<Long, Integer>> hits = new ArrayList<>(docs.entrySet());
        int[] bestDocs = hits.stream().mapToInt(Map.Entry::getValue).toArray();
        List<Text> texts = texts(searcher, bestDocs);
        List<List<Highlights.Found>> found = new Highlights.Marker(words).find(searcher, bestDocs, bodies(texts));
        Map<Long, Snippet> out = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            out.put(hits.get(i).getKey(), Highlights.snippet(found.get(i), texts.get(i).body()));
        }
        return out;
    }

    /** A hit of the search page: an agreement's text or a document passage. */
    record Hit(long agreementId, @Nullable Long documentId, @Nullable String anchor, @Nullable String label, String part,
               Snippet snippet, float score) {
    }

    record Hits(long total, List<Hit> hits) {
    }

    Hits search(String q, int offset, int size) {
        return index.withSearcher(searcher -> search(searcher, q, offset, size));
    }

    /**
     * Hits of the search page that are counted and served. Lucene counts exactly up to this many and then skips texts
     * that cannot reach the page: counting every hit more than doubled a search's time (bench/RESULTS.md).
     */
    static final int MAX_HITS = 1000;

    /**
     * Every word must match in one text (see {@link Sought#words}); a query of stop words only finds nothing. The total
     * is exact below {@link #MAX_HITS} and {@link #MAX_HITS} from there on: "at least that many".
     */
    static Hits search(IndexSearcher searcher, String q, int offset, int size) throws IOException {
        List<Sought> words = Sought.words(q);
        Query query = Sought.all(words);
        if (query == null) {
            return new Hits(0, List.of());
        }
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(offset + size, null, MAX_HITS, false));
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
        int[] docs = docIds(page);
        List<Text> texts = texts(searcher, docs);
        List<List<Highlights.Found>> found = new Highlights.Marker(words).find(searcher, docs, bodies(texts));
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Text t = texts.get(i);
            hits.add(new Hit(t.agreementId(), t.documentId(), t.anchor(), t.label(), t.documentId() == null ? t.part() : "passage",
                    Highlights.snippet(found.get(i), t.body()), page[i].score));
        }
        return new Hits(Math.min(top.totalHits.value, MAX_HITS), hits);
    }

    record Candidate(long documentId, String anchor, String label, String text, String language, float score,
                     List<Snippet.Mark> marks, Map<Sought, Set<String>> matched) {
    }

    /** The agreement's passages that speak to any of the keywords, best first. */
    List<Candidate> passages(long agreementId, List<String> keywordsDe, List<String> keywordsEn, int limit) {
        return index.withSearcher(searcher -> passages(searcher, agreementId, keywordsDe, keywordsEn, limit));
    }

    static List<Candidate> passages(IndexSearcher searcher, long agreementId, List<String> keywordsDe, List<String> keywordsEn,
                                    int limit) throws IOException {
        List<Sought> keywords = new ArrayList<>();
        keywordsDe.forEach(k -> Sought.keyword(k, "de").ifPresent(keywords::add));
        keywordsEn.forEach(k -> Sought.keyword(k, "en").ifPresent(keywords::add));
        if (keywords.isEmpty()) {
            return List.of();
        }
        Term agreement = new Term(SearchIndex.AGREEMENT, Long.toString(agreementId));
        Query query = new BooleanQuery.Builder().add(Sought.any(keywords), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(agreement), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] top = SegmentSearch.top(searcher, agreement, query, limit);
        int[] docs = docIds(top);
        List<Text> texts = texts(searcher, docs);
        List<List<Highlights.Found>> marked = new Highlights.Marker(keywords).find(searcher, docs, bodies(texts));
        List<Candidate> out = new ArrayList<>(top.length);
        for (int h = 0; h < top.length; h++) {
            Text t = texts.get(h);
            String text = t.body();
            String language = t.language();
            List<Highlights.Found> found = marked.get(h);
            Map<Sought, Set<String>> matched = new LinkedHashMap<>();
            for (int i = 0; i < keywords.size(); i++) {
                Set<String> forms = new LinkedHashSet<>();
                for (Highlights.Found f : found) {
                    if (f.sought() == i) {
                        forms.add(text.substring(f.start(), f.end()));
                    }
                }
                if (!forms.isEmpty()) {
                    matched.put(keywords.get(i), forms);
                }
            }
            out.add(new Candidate(t.documentId(), t.anchor(), t.label(), text, language, top[h].score, Highlights.marks(found), matched));
        }
        return out;
    }

    /**
     * A text the index holds, its language and where it stands: a document's passage (document, anchor, label) or an
     * agreement's own text (part).
     */
    private record Text(String body, String language, long agreementId, @Nullable Long documentId, @Nullable String anchor,
                        @Nullable String label, @Nullable String part) {
    }

    private static List<String> bodies(List<Text> texts) {
        return texts.stream().map(Text::body).toList();
    }

    /** The texts of these index documents, in their order. */
    private static List<Text> texts(IndexSearcher searcher, int[] docs) throws IOException {
        return perDocument(searcher, docs, leaf -> {
            BinaryDocValues bodies = leaf.getBinaryDocValues(SearchIndex.BODY);
            SortedDocValues languages = leaf.getSortedDocValues(SearchIndex.LANGUAGE);
            NumericDocValues agreements = leaf.getNumericDocValues(SearchIndex.AGREEMENT);
            NumericDocValues documents = leaf.getNumericDocValues(SearchIndex.DOCUMENT);
            BinaryDocValues anchors = leaf.getBinaryDocValues(SearchIndex.ANCHOR);
            BinaryDocValues labels = leaf.getBinaryDocValues(SearchIndex.LABEL);
            SortedDocValues parts = leaf.getSortedDocValues(SearchIndex.PART);
            return doc -> {
                if (bodies == null || languages == null || agreements == null || !bodies.advanceExact(doc) || !languages.advanceExact(doc)
                        || !agreements.advanceExact(doc)) {
                    return null;
                }
                boolean passage = documents != null && documents.advanceExact(doc);
                return new Text(bodies.binaryValue().utf8ToString(), languages.lookupOrd(languages.ordValue()).utf8ToString(),
                        agreements.longValue(), passage ? documents.longValue() : null,
                        passage && anchors.advanceExact(doc) ? anchors.binaryValue().utf8ToString() : null,
                        passage && labels.advanceExact(doc) ? labels.binaryValue().utf8ToString() : null,
                        !passage && parts != null && parts.advanceExact(doc) ? parts.lookupOrd(parts.ordValue()).utf8ToString() : null);
            };
        });
    }

    /** Reads a value of a document in one segment ({@code doc} within it), or null if it has none. */
    private interface LeafValues<T> {
        @Nullable
        T read(int doc) throws IOException;
    }

    private interface LeafOpener<T> {
        LeafValues<T> open(LeafReader leaf) throws IOException;
    }

    /**
     * One doc-values value per document, in the documents' order. Doc values only go forward, so the documents are
     * visited in index order, with one reader per segment.
     */
    private static <T> List<T> perDocument(IndexSearcher searcher, int[] docs, LeafOpener<T> opener) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<T> out = new ArrayList<>(java.util.Collections.nCopies(docs.length, null));
        LeafReaderContext leaf = null;
        LeafValues<T> values = null;
        for (Integer i : ascending(docs)) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = opener.open(leaf.reader());
            }
            T value = values.read(doc - leaf.docBase);
            if (value == null) {
                throw new IllegalStateException("search index document " + doc + " lacks a doc value");
            }
            out.set(i, value);
        }
        return out;
    }

    private static int[] docIds(ScoreDoc[] hits) {
        return java.util.Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }

    /** The places of {@code values}, smallest value first (documents in index order, tokens in text order). */
    static Integer[] ascending(int[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> values[i]));
        return order;
    }

    private static Query agreementFilter(Collection<Long> ids) {
        List<BytesRef> terms = ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new TermInSetQuery(SearchIndex.AGREEMENT, terms);
    }

    /**
     * Keeps each agreement's best score (and, if asked, the document that scored it). An agreement's texts lie next to
     * each other in the index, so the current agreement's best is kept aside and the map touched only when it changes.
     */
    private static final class BestPerAgreement extends SimpleCollector {
        private final Map<Long, Float> best;
        @Nullable
        private final Map<Long, Integer> docs;
        private NumericDocValues agreements;
        private Scorable scorer;
        private int base;
        private long current = Long.MIN_VALUE;
        private float currentScore;
        private int currentDoc;
        private boolean changed;

        BestPerAgreement(Map<Long, Float> best, @Nullable Map<Long, Integer> docs) {
            this.best = best;
            this.docs = docs;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            agreements = context.reader().getNumericDocValues(SearchIndex.AGREEMENT);
            base = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (agreements == null || !agreements.advanceExact(doc)) {
                return;
            }
            long id = agreements.longValue();
            if (id != current) {
                flush();
                current = id;
                Float kept = best.get(id);
                currentScore = kept == null ? Float.NEGATIVE_INFINITY : kept;
            }
            float score = scorer.score();
            if (score > currentScore) {
                currentScore = score;
                currentDoc = base + doc;
                changed = true;
            }
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (changed) {
                best.put(current, currentScore);
                if (docs != null) {
                    docs.put(current, currentDoc);
                }
                changed = false;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

}
