package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.search.Snippet.Mark;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where what was {@link Sought} stands in a text: the text is analysed as the index analysed it, and its tokens are
 * compared with the very terms the query was built from. A passage is a few hundred characters, so this costs
 * microseconds; Lucene's highlighters went back to the index or into a memory index for every document and took most
 * of a search's time (bench/RESULTS.md). The result is offsets, never markup: clients mark the ranges themselves, so a
 * text can never inject HTML.
 */
final class Highlights {

    /** A match of {@code sought} (its index in the list searched) at {@code [start, end)}, weighted as the query boosts it. */
    record Found(int sought, int start, int end, float weight) {
    }

    private static final int SNIPPET_CHARS = 320;

    private Highlights() {
    }

    /** Every match in {@code text} (in {@code language}, so in the fields it was indexed in), in text order. */
    static List<Found> find(List<Sought> sought, String text, String language) {
        List<String> fields = SearchAnalysis.fieldsFor(language);
        Map<String, SearchAnalysis.Token[]> byField = new HashMap<>(4);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < sought.size(); i++) {
            Sought s = sought.get(i);
            for (Sought.Phrase p : s.phrases()) {
                if (fields.contains(p.field())) {
                    phrase(p, byField.computeIfAbsent(p.field(), f -> byPosition(SearchAnalysis.analysed(f, text))), i, s.phraseBoost(), out);
                }
            }
            if (!s.parts().isEmpty()) {
                for (SearchAnalysis.Token w : byField.computeIfAbsent(SearchAnalysis.SUB, f -> SearchAnalysis.analysed(f, text).toArray(new SearchAnalysis.Token[0]))) {
                    if (w == null) {
                        continue;
                    }
                    for (String part : s.parts()) {
                        if (w.term().length() >= part.length() && w.term().contains(part)) {
                            out.add(new Found(i, w.start(), w.end(), s.partBoost()));
                            break;
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return out;
    }

    /** The tokens at their positions (these analysers put one token at a position; stop words leave gaps). */
    private static SearchAnalysis.Token[] byPosition(List<SearchAnalysis.Token> tokens) {
        SearchAnalysis.Token[] out = new SearchAnalysis.Token[tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 1];
        for (SearchAnalysis.Token t : tokens) {
            out[t.position()] = t;
        }
        return out;
    }

    /** Each place the phrase's terms stand at its positions; marked from its first term's start to its last term's end. */
    private static void phrase(Sought.Phrase p, SearchAnalysis.Token[] at, int sought, float weight, List<Found> out) {
        String head = p.terms().get(0);
        for (int pos = 0; pos < at.length; pos++) {
            SearchAnalysis.Token first = at[pos];
            if (first == null || !first.term().equals(head)) {
                continue;
            }
            int end = first.end();
            boolean all = true;
            for (int j = 1; j < p.terms().size() && all; j++) {
                int next = pos + p.positions().get(j);
                all = next < at.length && at[next] != null && at[next].term().equals(p.terms().get(j));
                end = all ? Math.max(end, at[next].end()) : end;
            }
            if (all) {
                out.add(new Found(sought, first.start(), end, weight));
            }
        }
    }

    /** The snippet of {@code text} (in {@code language}) for what was {@link Sought}. */
    static Snippet snippet(List<Sought> sought, String text, String language) {
        return snippet(find(sought, text, language), text);
    }

    /** Every matched range, merged where they overlap. */
    static List<Mark> marks(List<Found> found) {
        return merge(found.stream().map(f -> new Mark(f.start(), f.end())).toList());
    }

    /**
     * The best sentence as a snippet of at most about {@value #SNIPPET_CHARS} characters, or the text's start. A sentence
     * scores the best weight of each sought thing it holds, added up, so the sentence with most of the query wins.
     */
    static Snippet snippet(List<Found> found, String text) {
        if (found.isEmpty()) {
            int end = Math.min(text.length(), SNIPPET_CHARS);
            return new Snippet(text.substring(0, end).strip() + (end < text.length() ? " …" : ""), List.of());
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int bestStart = 0;
        int bestEnd = text.length();
        float bestScore = -1;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            Map<Integer, Float> best = new HashMap<>();
            for (Found f : found) {
                if (f.start() >= start && f.end() <= end) {
                    best.merge(f.sought(), f.weight(), Math::max);
                }
            }
            float score = (float) best.values().stream().mapToDouble(Float::doubleValue).sum();
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
                bestEnd = end;
            }
        }
        final int from = bestStart;
        final int to = bestEnd;
        List<Mark> marks = marks(found.stream().filter(f -> f.start() >= from && f.end() <= to).toList());
        int start = bestStart;
        int end = bestEnd;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
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
