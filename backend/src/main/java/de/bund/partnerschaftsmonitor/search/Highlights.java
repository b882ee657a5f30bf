package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.search.Snippet.Mark;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a query matched a text, found by Lucene's unified highlighter from the offsets the index keeps.
 * The result is offsets, never markup: clients mark the ranges themselves, so a text can never inject HTML.
 */
final class Highlights {

    /** A sentence-sized passage of the text: its range, its score and the ranges matched in it. */
    record Sentence(int start, int end, float score, List<Mark> marks) {
    }

    private static final int SNIPPET_CHARS = 320;

    private static final PassageFormatter SENTENCES = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Sentence> out = new ArrayList<>();
            for (Passage p : passages) {
                List<Mark> marks = new ArrayList<>();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    marks.add(new Mark(p.getMatchStarts()[i], p.getMatchEnds()[i]));
                }
                out.add(new Sentence(p.getStartOffset(), p.getEndOffset(), p.getScore(), marks));
            }
            return out;
        }
    };

    private static final String[] FIELDS = {SearchAnalysis.DE, SearchAnalysis.EN, SearchAnalysis.STD, SearchAnalysis.SUB};

    private Highlights() {
    }

    /**
     * For each of {@code docs} (index documents, in that order), the sentences of its text in which {@code query} matched
     * in any of the fields the text is indexed in. The offsets come from the index's postings (indexed with offsets), so
     * no text is analysed again and the query is prepared once for all documents; a document is only indexed in its own
     * language's fields, so only those can match.
     */
    @SuppressWarnings("unchecked")
    static List<List<Sentence>> sentences(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        List<List<Sentence>> out = new ArrayList<>(docs.length);
        if (docs.length == 0) {
            return out;
        }
        Map<String, Object[]> found = new BodyHighlighter(searcher).highlight(query, docs);
        for (int i = 0; i < docs.length; i++) {
            TreeMap<Integer, Sentence> byStart = new TreeMap<>();
            for (String field : FIELDS) {
                Object[] perDoc = found.get(field);
                if (perDoc != null && perDoc[i] instanceof List<?> list) {
                    for (Sentence s : (List<Sentence>) list) {
                        byStart.merge(s.start(), s, (a, b) -> new Sentence(a.start(), Math.max(a.end(), b.end()), a.score() + b.score(),
                                merge(concat(a.marks(), b.marks()))));
                    }
                }
            }
            out.add(new ArrayList<>(byStart.values()));
        }
        return out;
    }

    /** The unified highlighter over the index, reading every field's text from the one stored body. */
    private static final class BodyHighlighter extends UnifiedHighlighter {

        BodyHighlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, SearchAnalysis.INDEX).withFormatter(SENTENCES)
                    .withMaxLength(1_000_000).withMaxNoHighlightPassages(0));
        }

        Map<String, Object[]> highlight(Query query, int[] docs) throws IOException {
            int[] maxPassages = new int[FIELDS.length];
            java.util.Arrays.fill(maxPassages, 50);
            return highlightFieldsAsObjects(FIELDS, query, docs, maxPassages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String body = stored.document(doc, Set.of(SearchIndex.BODY)).get(SearchIndex.BODY);
                CharSequence[] values = new CharSequence[fields.length];
                java.util.Arrays.fill(values, body == null ? "" : body);
                out.add(values);
            }
            return out;
        }
    }

    /** Every range matched in the whole text, merged where they overlap. */
    static List<Mark> marks(List<Sentence> sentences) {
        List<Mark> all = new ArrayList<>();
        sentences.forEach(s -> all.addAll(s.marks()));
        return merge(all);
    }

    /** The best sentence as a snippet of at most about {@value #SNIPPET_CHARS} characters, or the text's start. */
    static Snippet snippet(List<Sentence> sentences, String text) {
        Sentence best = sentences.stream().max(Comparator.comparingDouble(Sentence::score)).orElse(null);
        if (best == null) {
            int end = Math.min(text.length(), SNIPPET_CHARS);
            return new Snippet(text.substring(0, end).strip() + (end < text.length() ? " …" : ""), List.of());
        }
        List<Mark> marks = merge(best.marks());
        int start = best.start();
        int end = best.end();
        if (end - start > SNIPPET_CHARS && !marks.isEmpty()) {
            start = Math.max(start, marks.get(0).start() - SNIPPET_CHARS / 3);
            end = Math.min(end, start + SNIPPET_CHARS);
        }
        String prefix = start > 0 ? "… " : "";
        String suffix = end < text.length() ? " …" : "";
        List<Mark> shifted = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() >= start && m.end() <= end) {
                shifted.add(new Mark(m.start() - start + prefix.length(), m.end() - start + prefix.length()));
            }
        }
        return new Snippet(prefix + text.substring(start, end) + suffix, shifted);
    }

    private static List<Mark> concat(List<Mark> a, List<Mark> b) {
        List<Mark> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static List<Mark> merge(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Mark> out = new ArrayList<>();
        for (Mark m : sorted) {
            Mark last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && m.start() <= last.end()) {
                out.set(out.size() - 1, new Mark(last.start(), Math.max(last.end(), m.end())));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
