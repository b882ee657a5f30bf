package de.bund.partnerschaftsmonitor.search;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one word of a free-text query, or one keyword of a criterion, looks for: phrases of analysed terms in a field,
 * and word parts found inside words (German compounds, {@link SearchAnalysis#SUB}). The Lucene query is built from it,
 * and {@link Highlights} marks a text by the same terms, so what is shown as matched is exactly what was searched.
 *
 * @param text     the word or keyword as typed
 * @param language the keyword's language ({@code de}, {@code en}), or null for a free-text word (every language)
 */
record Sought(String text, @Nullable String language, List<Phrase> phrases, float phraseBoost, List<String> parts, float partBoost) {

    /** Analysed terms in one field at their positions relative to the first (stop words leave gaps); one term is a term. */
    record Phrase(String field, List<String> terms, List<Integer> positions) {

        Query query(String prefix) {
            if (terms.size() == 1) {
                return new TermQuery(new Term(prefix + field, terms.get(0)));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < terms.size(); i++) {
                phrase.add(new Term(prefix + field, terms.get(i)), positions.get(i));
            }
            return phrase.build();
        }
    }

    /**
     * A criterion's keywords and their queries, kept once made: the catalogue's keywords are few and asked for with every
     * passage search, and a word part's prefix query builds an automaton, a sixth of the query's time (bench/RESULTS.md).
     * Free text is not kept: it is rarely the same twice.
     */
    private static final Map<List<String>, Optional<Sought>> KEYWORDS = new ConcurrentHashMap<>();
    private static final Map<Sought, Query> KEYWORD_QUERIES = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 10_000;

    /** German keywords: the stemmed phrase, and a single word also inside compounds; English: the Porter-stemmed phrase. */
    static Optional<Sought> keyword(String keyword, String language) {
        return kept(KEYWORDS, List.of(keyword, language), k -> analysedKeyword(keyword, language));
    }

    private static <K, V> V kept(Map<K, V> cache, K key, Function<K, V> make) {
        if (cache.size() > MAX_KEPT) {
            cache.clear(); // only a catalogue with very many keywords comes here
        }
        return cache.computeIfAbsent(key, make);
    }

    private static Optional<Sought> analysedKeyword(String keyword, String language) {
        boolean german = "de".equals(language);
        List<Phrase> phrases = SearchAnalysis.phrase(german ? SearchAnalysis.DE : SearchAnalysis.EN, keyword).map(List::of).orElse(List.of());
        List<String> parts = german && SearchAnalysis.words(keyword).size() == 1 ? SearchAnalysis.compoundPrefixes(keyword) : List.of();
        return phrases.isEmpty() && parts.isEmpty() ? Optional.empty() : Optional.of(new Sought(keyword, language, phrases, 2f, parts, 1f));
    }

    /**
     * One per word of {@code q}: its German and English stems, the word as other languages' analyser keeps it, and the
     * word inside others (compounds; a lower score). A word that either analyser drops as a stop word is left out.
     */
    static List<Sought> words(@Nullable String q) {
        List<Sought> out = new ArrayList<>();
        if (q == null || q.isBlank()) {
            return out;
        }
        for (String word : new LinkedHashSet<>(SearchAnalysis.words(q))) {
            List<String> de = SearchAnalysis.terms(SearchAnalysis.DE, word);
            List<String> en = SearchAnalysis.terms(SearchAnalysis.EN, word);
            if (de.isEmpty() || en.isEmpty()) {
                continue;
            }
            List<Phrase> phrases = new ArrayList<>();
            de.forEach(t -> phrases.add(new Phrase(SearchAnalysis.DE, List.of(t), List.of(0))));
            en.forEach(t -> phrases.add(new Phrase(SearchAnalysis.EN, List.of(t), List.of(0))));
            SearchAnalysis.terms(SearchAnalysis.STD, word).forEach(t -> phrases.add(new Phrase(SearchAnalysis.STD, List.of(t), List.of(0))));
            out.add(new Sought(word, null, phrases, 1f, SearchAnalysis.wordPrefixes(word), 0.5f));
        }
        return out;
    }

    /** Any of the phrases, or any part inside a word (constant score, so a common part does not outrank a stem). */
    Query query() {
        return language == null ? query("") : kept(KEYWORD_QUERIES, this, k -> k.query(""));
    }

    /** {@link #query()} in the fields with this prefix ({@link SearchAnalysis#META}, {@link SearchAnalysis#WHOLE}). */
    Query query(String prefix) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Phrase p : phrases) {
            Query q = p.query(prefix);
            any.add(phraseBoost == 1f ? q : new BoostQuery(q, phraseBoost), BooleanClause.Occur.SHOULD);
        }
        for (String part : parts) {
            any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(prefix + SearchAnalysis.SUB, part))), partBoost),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** What it is searched by, as the user is told: the analysed terms, and each word part with "…". */
    List<String> searched() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        phrases.forEach(p -> out.addAll(p.terms()));
        parts.forEach(p -> out.add(p + "…"));
        return List.copyOf(out);
    }

    /** Every one of {@code sought} must match (free text). */
    @Nullable
    static Query all(List<Sought> sought) {
        return combine(sought, BooleanClause.Occur.MUST);
    }

    /** Any of {@code sought} (snippets of a list, a criterion's keywords). */
    @Nullable
    static Query any(List<Sought> sought) {
        return combine(sought, BooleanClause.Occur.SHOULD);
    }

    @Nullable
    private static Query combine(List<Sought> sought, BooleanClause.Occur occur) {
        if (sought.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        sought.forEach(s -> b.add(s.query(), occur));
        return b.build();
    }
}
