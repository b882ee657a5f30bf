package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.search.Snippet.Mark;
import org.apache.lucene.analysis.CharArrayMap;

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
        return new Marker(sought).find(text, language);
    }

    /**
     * Finds what was {@link Sought} in many texts: the terms are looked up once, and each text is streamed through its
     * fields' analysis keeping only the tokens that are sought (most are not), so no token is made of the others.
     */
    static final class Marker {
        private final List<Sought> sought;
        /** Per field: each sought term and its number. */
        private final Map<String, CharArrayMap<Integer>> terms = new HashMap<>(4);
        /** Per field: the phrases, as term numbers at their positions. */
        private final Map<String, List<PhraseOf>> phrases = new HashMap<>(4);
        private final boolean anyParts;

        private record PhraseOf(int sought, int[] terms, int[] positions, float weight) {
        }

        Marker(List<Sought> sought) {
            this.sought = sought;
            boolean parts = false;
            for (int i = 0; i < sought.size(); i++) {
                Sought s = sought.get(i);
                for (Sought.Phrase p : s.phrases()) {
                    CharArrayMap<Integer> ids = terms.computeIfAbsent(p.field(), f -> new CharArrayMap<>(16, false));
                    int[] t = new int[p.terms().size()];
                    int[] at = new int[t.length];
                    for (int k = 0; k < t.length; k++) {
                        String term = p.terms().get(k);
                        Integer id = ids.get(term);
                        if (id == null) {
                            id = ids.size();
                            ids.put(term, id);
                        }
                        t[k] = id;
                        at[k] = p.positions().get(k);
                    }
                    phrases.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(new PhraseOf(i, t, at, s.phraseBoost()));
                }
                parts |= !s.parts().isEmpty();
            }
            this.anyParts = parts;
        }

        List<Found> find(String text, String language) {
            List<Found> out = new ArrayList<>();
            for (String field : SearchAnalysis.fieldsFor(language)) {
                if (SearchAnalysis.SUB.equals(field)) {
                    if (anyParts) {
                        parts(text, out);
                    }
                } else if (terms.containsKey(field)) {
                    phrases(field, text, out);
                }
            }
            out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end).thenComparingInt(Found::sought));
            return out;
        }

        /** Each place a phrase's terms stand at its positions; marked from its first term's start to its last term's end. */
        private void phrases(String field, String text, List<Found> out) {
            CharArrayMap<Integer> ids = terms.get(field);
            Kept kept = new Kept();
            SearchAnalysis.scan(field, text, (term, length, position, start, end) -> {
                Integer id = ids.get(term, 0, length);
                if (id != null) {
                    kept.add(id, position, start, end);
                }
            });
            for (PhraseOf p : phrases.get(field)) {
                for (int h = 0; h < kept.size; h++) {
                    if (kept.term[h] != p.terms()[0]) {
                        continue;
                    }
                    int end = kept.end[h];
                    boolean all = true;
                    for (int k = 1; k < p.terms().length && all; k++) {
                        int at = kept.at(kept.position[h] + p.positions()[k]);
                        all = at >= 0 && kept.term[at] == p.terms()[k];
                        end = all ? Math.max(end, kept.end[at]) : end;
                    }
                    if (all) {
                        out.add(new Found(p.sought(), kept.start[h], end, p.weight()));
                    }
                }
            }
        }

        /** Each word (whole, normalised) that contains a sought word part. */
        private void parts(String text, List<Found> out) {
            SearchAnalysis.scan(SearchAnalysis.SUB, text, (term, length, position, start, end) -> {
                for (int i = 0; i < sought.size(); i++) {
                    for (String part : sought.get(i).parts()) {
                        if (contains(term, length, part)) {
                            out.add(new Found(i, start, end, sought.get(i).partBoost()));
                            break;
                        }
                    }
                }
            });
        }

        private static boolean contains(char[] word, int length, String part) {
            int n = part.length();
            char first = part.charAt(0);
            for (int from = 0; from + n <= length; from++) {
                if (word[from] != first) {
                    continue;
                }
                int k = 1;
                while (k < n && word[from + k] == part.charAt(k)) {
                    k++;
                }
                if (k == n) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The sought tokens of one text, in position order (these analysers put one token at a position). */
    private static final class Kept {
        int size;
        int[] term = new int[16];
        int[] position = new int[16];
        int[] start = new int[16];
        int[] end = new int[16];

        void add(int id, int at, int from, int to) {
            if (size == term.length) {
                term = java.util.Arrays.copyOf(term, size * 2);
                position = java.util.Arrays.copyOf(position, size * 2);
                start = java.util.Arrays.copyOf(start, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
            }
            term[size] = id;
            position[size] = at;
            start[size] = from;
            end[size] = to;
            size++;
        }

        /** The kept token at {@code at}, or -1. */
        int at(int at) {
            int i = java.util.Arrays.binarySearch(position, 0, size, at);
            return i < 0 ? -1 : i;
        }
    }

    /** The snippet of {@code text} (in {@code language}) for what was {@link Sought}. */
    static Snippet snippet(Marker marker, String text, String language) {
        return snippet(marker.find(text, language), text);
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
