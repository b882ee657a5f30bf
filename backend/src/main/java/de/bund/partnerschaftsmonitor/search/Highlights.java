package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.search.Snippet.Mark;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Where a query matched a text, found by Lucene's unified highlighter re-analysing the text with the index's analysers.
 * The result is offsets, never markup: clients mark the ranges themselves, so a text can never inject HTML.
 */
final class Highlights {

    /** A sentence-sized passage of the text: its range, its score and the ranges matched in it. */
    record Sentence(int start, int end, float score, List<Mark> marks) {
    }

    private static final int SNIPPET_CHARS = 320;

    private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter.builderWithoutSearcher(SearchAnalysis.INDEX)
            .withFormatter(new PassageFormatter() {
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
            })
            .withMaxLength(1_000_000)
            .withMaxNoHighlightPassages(0)
            .build();

    private Highlights() {
    }

    /** The sentences of {@code text} in which {@code query} matched in any of the fields the text is indexed in. */
    @SuppressWarnings("unchecked")
    static List<Sentence> sentences(Query query, String text, String language) {
        TreeMap<Integer, Sentence> byStart = new TreeMap<>();
        for (String field : SearchAnalysis.fieldsFor(language)) {
            Object found;
            try {
                found = HIGHLIGHTER.highlightWithoutSearcher(field, query, text, 50);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (found instanceof List<?> list) {
                for (Sentence s : (List<Sentence>) list) {
                    byStart.merge(s.start(), s, (a, b) -> new Sentence(a.start(), Math.max(a.end(), b.end()), a.score() + b.score(),
                            merge(concat(a.marks(), b.marks()))));
                }
            }
        }
        return new ArrayList<>(byStart.values());
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
