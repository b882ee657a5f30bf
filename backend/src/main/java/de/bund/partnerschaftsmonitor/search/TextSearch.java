package de.bund.partnerschaftsmonitor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries on the search index: free text (the agreements list's {@code q}, the search page) and a criterion's
 * keywords (the passage finder). Every query is built from Lucene's own analysers (see {@link SearchAnalysis}), so
 * what matched can be told back to the user term by term.
 */
@Singleton
public class TextSearch {

    /** Most agreements a free-text query ranks; beyond that the list would not be read anyway. */
    static final int MAX_AGREEMENTS = 10_000;
    private static final QueryBuilder BUILDER = new QueryBuilder(SearchAnalysis.INDEX);

    private final SearchIndex index;

    TextSearch(SearchIndex index) {
        this.index = index;
    }

    /**
     * Agreement ids matching {@code q} in their titles, summaries or current documents, best first. Each word must match
     * somewhere in the agreement (the words may be in different texts); the score adds each word's best match.
     */
    public List<Long> rankAgreements(String q) {
        List<Query> words = wordQueries(q);
        if (words.isEmpty()) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            Map<Long, Float> best = null;
            for (Query word : words) {
                Map<Long, Float> found = new HashMap<>();
                searcher.search(word, new BestPerAgreement(found, null));
                if (best == null) {
                    best = found;
                } else {
                    best.keySet().retainAll(found.keySet());
                    best.replaceAll((id, score) -> score + found.get(id));
                }
            }
            return best.entrySet().stream()
                    .sorted(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_AGREEMENTS).map(Map.Entry::getKey).toList();
        });
    }

    /** For each given agreement, the snippet of its best-matching text. */
    public Map<Long, Snippet> agreementSnippets(String q, Collection<Long> agreementIds) {
        List<Query> words = wordQueries(q);
        if (words.isEmpty() || agreementIds.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        words.forEach(w -> anyWord.add(w, BooleanClause.Occur.SHOULD));
        Query query = anyWord.build();
        Query within = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(agreementFilter(agreementIds), BooleanClause.Occur.FILTER).build();
        return index.withSearcher(searcher -> {
            Map<Long, Float> best = new HashMap<>();
            Map<Long, Integer> docs = new HashMap<>();
            searcher.search(within, new BestPerAgreement(best, docs));
            List<Map.Entry<Long, Integer>> found = new ArrayList<>(docs.entrySet());
            List<List<Highlights.Sentence>> sentences = Highlights.sentences(searcher, query,
                    found.stream().mapToInt(Map.Entry::getValue).toArray());
            Map<Long, Snippet> out = new HashMap<>();
            for (int i = 0; i < found.size(); i++) {
                String body = searcher.storedFields().document(found.get(i).getValue(), Set.of(SearchIndex.BODY)).get(SearchIndex.BODY);
                out.put(found.get(i).getKey(), Highlights.snippet(sentences.get(i), body));
            }
            return out;
        });
    }

    /** A hit of the search page: an agreement's text or a document passage. */
    record Hit(long agreementId, @Nullable Long documentId, @Nullable String anchor, @Nullable String label, String part,
               Snippet snippet, float score) {
    }

    record Hits(long total, List<Hit> hits) {
    }

    Hits search(String q, int offset, int size) {
        Query query = freeText(q);
        if (query == null) {
            return new Hits(0, List.of());
        }
        return index.withSearcher(searcher -> {
            var top = searcher.search(query, offset + size);
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            int[] page = java.util.Arrays.stream(docs, Math.min(offset, docs.length), docs.length).mapToInt(h -> h.doc).toArray();
            List<List<Highlights.Sentence>> sentences = Highlights.sentences(searcher, query, page);
            for (int i = offset; i < docs.length; i++) {
                Document d = searcher.storedFields().document(docs[i].doc);
                String body = d.get(SearchIndex.BODY);
                Snippet snippet = Highlights.snippet(sentences.get(i - offset), body);
                String document = d.get(SearchIndex.DOCUMENT);
                hits.add(new Hit(Long.parseLong(d.get(SearchIndex.AGREEMENT)), document == null ? null : Long.valueOf(document),
                        d.get(SearchIndex.ANCHOR), d.get(SearchIndex.LABEL), document == null ? d.get(SearchIndex.PART) : "passage",
                        snippet, docs[i].score));
            }
            return new Hits(top.totalHits.value, hits);
        });
    }

    /** One keyword of a criterion as it is searched: its language, the analysed terms and the compound prefixes. */
    record Keyword(String keyword, String language, List<String> searched, Query query) {
    }

    record Candidate(long documentId, String anchor, String label, String text, String language, float score,
                     List<Snippet.Mark> marks, Map<Keyword, Set<String>> matched) {
    }

    /** The agreement's passages that speak to any of the keywords, best first. */
    List<Candidate> passages(long agreementId, List<String> keywordsDe, List<String> keywordsEn, int limit) {
        List<Keyword> keywords = new ArrayList<>();
        keywordsDe.forEach(k -> keyword(k, "de").ifPresent(keywords::add));
        keywordsEn.forEach(k -> keyword(k, "en").ifPresent(keywords::add));
        if (keywords.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        keywords.forEach(k -> any.add(k.query(), BooleanClause.Occur.SHOULD));
        Query anyKeyword = any.build();
        Query query = new BooleanQuery.Builder().add(anyKeyword, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.TYPE, SearchIndex.PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchIndex.AGREEMENT, Long.toString(agreementId))), BooleanClause.Occur.FILTER).build();
        return index.withSearcher(searcher -> {
            ScoreDoc[] top = searcher.search(query, limit).scoreDocs;
            List<Weight> weights = new ArrayList<>();
            for (Keyword k : keywords) {
                weights.add(searcher.createWeight(searcher.rewrite(k.query()), ScoreMode.COMPLETE_NO_SCORES, 1f));
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<List<Highlights.Sentence>> sentences = Highlights.sentences(searcher, anyKeyword,
                    java.util.Arrays.stream(top).mapToInt(h -> h.doc).toArray());
            List<Candidate> out = new ArrayList<>();
            for (int h = 0; h < top.length; h++) {
                ScoreDoc hit = top[h];
                Document d = searcher.storedFields().document(hit.doc);
                String text = d.get(SearchIndex.BODY);
                String language = d.get(SearchIndex.LANGUAGE);
                List<Snippet.Mark> marks = Highlights.marks(sentences.get(h));
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                Map<Keyword, Set<String>> matched = new LinkedHashMap<>();
                for (int i = 0; i < keywords.size(); i++) {
                    if (weights.get(i).matches(leaf, hit.doc - leaf.docBase) != null) {
                        Keyword k = keywords.get(i);
                        Set<String> forms = new LinkedHashSet<>();
                        for (Snippet.Mark m : marks) {
                            String form = text.substring(m.start(), m.end());
                            if (relates(k, form)) {
                                forms.add(form);
                            }
                        }
                        matched.put(k, forms);
                    }
                }
                out.add(new Candidate(Long.parseLong(d.get(SearchIndex.DOCUMENT)), d.get(SearchIndex.ANCHOR), d.get(SearchIndex.LABEL),
                        text, language, hit.score, marks, matched));
            }
            return out;
        });
    }

    /** German keywords: the stemmed phrase, and a single word also inside compounds; English: the Porter-stemmed phrase. */
    static java.util.Optional<Keyword> keyword(String keyword, String language) {
        String field = "de".equals(language) ? SearchAnalysis.DE : SearchAnalysis.EN;
        List<String> terms = SearchAnalysis.terms(field, keyword);
        Query phrase = terms.isEmpty() ? null : BUILDER.createPhraseQuery(field, keyword);
        List<String> searched = new ArrayList<>(terms);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (phrase != null) {
            q.add(new BoostQuery(phrase, 2f), BooleanClause.Occur.SHOULD);
        }
        if ("de".equals(language) && SearchAnalysis.words(keyword).size() == 1) {
            for (String prefix : SearchAnalysis.compoundPrefixes(keyword)) {
                q.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(SearchAnalysis.SUB, prefix))), 1f),
                        BooleanClause.Occur.SHOULD);
                searched.add(prefix + "…");
            }
        }
        BooleanQuery built = q.build();
        return built.clauses().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Keyword(keyword, language, List.copyOf(new LinkedHashSet<>(searched)), built));
    }

    /** Whether a matched word of a passage is one the keyword found: same stem, or (German) the keyword inside it. */
    static boolean relates(Keyword k, String form) {
        String field = "de".equals(k.language()) ? SearchAnalysis.DE : SearchAnalysis.EN;
        List<String> formTerms = SearchAnalysis.terms(field, form);
        if (SearchAnalysis.terms(field, k.keyword()).stream().anyMatch(formTerms::contains)) {
            return true;
        }
        String whole = SearchAnalysis.normalised(form);
        return "de".equals(k.language()) && k.searched().stream().filter(s -> s.endsWith("…"))
                .anyMatch(s -> whole.contains(s.substring(0, s.length() - 1)));
    }

    /**
     * Every word must match somewhere: as a German or English stem, as a word of another language, or inside a word
     * (compounds; a lower score). Stop words are left out; a query of stop words only finds nothing.
     */
    @Nullable
    static Query freeText(@Nullable String q) {
        List<Query> words = wordQueries(q);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(w, BooleanClause.Occur.MUST));
        return all.build();
    }

    /** One query per word of {@code q}: its stems in each language, or the word inside others. */
    static List<Query> wordQueries(@Nullable String q) {
        List<Query> out = new ArrayList<>();
        if (q == null || q.isBlank()) {
            return out;
        }
        for (String word : new LinkedHashSet<>(SearchAnalysis.words(q))) {
            List<String> de = SearchAnalysis.terms(SearchAnalysis.DE, word);
            List<String> en = SearchAnalysis.terms(SearchAnalysis.EN, word);
            if (de.isEmpty() || en.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            de.forEach(t -> any.add(new TermQuery(new Term(SearchAnalysis.DE, t)), BooleanClause.Occur.SHOULD));
            en.forEach(t -> any.add(new TermQuery(new Term(SearchAnalysis.EN, t)), BooleanClause.Occur.SHOULD));
            SearchAnalysis.terms(SearchAnalysis.STD, word).forEach(t -> any.add(new TermQuery(new Term(SearchAnalysis.STD, t)), BooleanClause.Occur.SHOULD));
            for (String prefix : SearchAnalysis.wordPrefixes(word)) {
                any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(SearchAnalysis.SUB, prefix))), 0.5f),
                        BooleanClause.Occur.SHOULD);
            }
            out.add(any.build());
        }
        return out;
    }

    private static Query agreementFilter(Collection<Long> ids) {
        List<BytesRef> terms = ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new TermInSetQuery(SearchIndex.AGREEMENT, terms);
    }

    /** Keeps each agreement's best score (and, if asked, the document that scored it). */
    private static final class BestPerAgreement extends SimpleCollector {
        private final Map<Long, Float> best;
        @Nullable
        private final Map<Long, Integer> docs;
        private NumericDocValues agreements;
        private Scorable scorer;
        private int base;

        BestPerAgreement(Map<Long, Float> best, @Nullable Map<Long, Integer> docs) {
            this.best = best;
            this.docs = docs;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
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
            float score = scorer.score();
            Float kept = best.get(id);
            if (kept == null || score > kept) {
                best.put(id, score);
                if (docs != null) {
                    docs.put(id, base + doc);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

}
