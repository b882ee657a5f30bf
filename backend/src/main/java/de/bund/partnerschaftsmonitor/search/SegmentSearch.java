package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query over what one owner term marks (an agreement's passages), run only in the segments that hold it and scored
 * with the whole index's statistics, so the scores are those of a search of the whole index. A query looks each of its
 * terms up in every segment's term dictionary first; for a criterion's 20-odd keywords over six segments that was most
 * of the passage finder's query time (bench/RESULTS.md), while an agreement's passages are written together and lie in
 * one or two segments.
 */
final class SegmentSearch {

    /** The whole index's statistics, per open reader: a criterion's keywords are few, and asked again and again. */
    private static final Map<IndexReader.CacheKey, Statistics> BY_READER = new ConcurrentHashMap<>();
    private static final int MAX_TERMS = 20_000;

    private SegmentSearch() {
    }

    /** The best {@code limit} hits of {@code query} (which must itself require {@code owner}), best first. */
    static ScoreDoc[] top(IndexSearcher whole, Term owner, Query query, int limit) throws IOException {
        Statistics statistics = statistics(whole);
        List<ScoreDoc> hits = new ArrayList<>();
        for (LeafReaderContext leaf : whole.getIndexReader().leaves()) {
            if (leaf.reader().docFreq(owner) == 0) {
                continue;
            }
            IndexSearcher segment = new InSegment(leaf, whole, statistics);
            // Scored in full, without block-max skipping: an agreement has a few hundred passages, and skipping cost more than it saved.
            for (ScoreDoc hit : segment.search(query, new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE, false)).scoreDocs) {
                hits.add(new ScoreDoc(leaf.docBase + hit.doc, hit.score));
            }
        }
        // As one search of the whole index orders them: by score, ties by index order.
        hits.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
        return hits.subList(0, Math.min(limit, hits.size())).toArray(new ScoreDoc[0]);
    }

    private static Statistics statistics(IndexSearcher whole) {
        IndexReader.CacheHelper helper = whole.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return new Statistics(whole);
        }
        return BY_READER.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(BY_READER::remove);
            return new Statistics(whole);
        });
    }

    /** Term and field statistics of the whole index, computed once per term and field. */
    private static final class Statistics {
        private final IndexSearcher whole;
        private final Map<Term, Optional<TermStatistics>> terms = new ConcurrentHashMap<>();
        private final Map<String, Optional<CollectionStatistics>> fields = new ConcurrentHashMap<>();

        Statistics(IndexSearcher whole) {
            this.whole = whole;
        }

        TermStatistics term(Term term) {
            if (terms.size() > MAX_TERMS) {
                terms.clear(); // free text never comes here; this only bounds a catalogue with very many keywords
            }
            return terms.computeIfAbsent(term, t -> {
                try {
                    TermStates states = TermStates.build(whole, t, true);
                    return Optional.ofNullable(states.docFreq() == 0 ? null : whole.termStatistics(t, states.docFreq(), states.totalTermFreq()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        }

        CollectionStatistics field(String field) {
            return fields.computeIfAbsent(field, f -> {
                try {
                    return Optional.ofNullable(whole.collectionStatistics(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        }
    }

    /** A searcher of one segment that scores with the whole index's statistics. */
    private static final class InSegment extends IndexSearcher {
        private final Statistics statistics;

        InSegment(LeafReaderContext leaf, IndexSearcher whole, Statistics statistics) {
            super(leaf.reader());
            this.statistics = statistics;
            setSimilarity(whole.getSimilarity());
            setQueryCache(whole.getQueryCache());
            setQueryCachingPolicy(whole.getQueryCachingPolicy());
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
            return statistics.term(term);
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) {
            return statistics.field(field);
        }
    }
}
