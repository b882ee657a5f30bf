package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.search.Snippet.Mark;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where what was {@link Sought} stands in a text, by the very terms the query was built from: the phrases from the
 * index's postings (positions and offsets), word parts from the text's words as the index holds them. Lucene's
 * highlighters went back to the index or into a memory index for every document and took most of a search's time
 * (bench/RESULTS.md). The result is offsets, never markup: clients mark the ranges themselves, so a text can never
 * inject HTML.
 */
final class Highlights {

    /** A match of {@code sought} (its index in the list searched) at {@code [start, end)}, weighted as the query boosts it. */
    record Found(int sought, int start, int end, float weight) {
    }

    private static final int SNIPPET_CHARS = 320;

    /** A sentence iterator per thread: making one for each snippet cost more than finding the sentence. */
    private static final ThreadLocal<BreakIterator> SENTENCES = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.ROOT));

    private Highlights() {
    }

    /**
     * Finds what was {@link Sought} in index documents. A language's field keeps each term's position and offsets in
     * its postings, so the phrases are read from there, a handful of postings for all the texts, and no text is analysed
     * for them again; analysing each text took most of the passage finder's time (bench/RESULTS.md). Word parts are
     * looked for in the words of the texts that contain one.
     */
    static final class Marker {
        private final List<Sought> sought;
        /** Per field: the sought terms, numbered by their place. */
        private final Map<String, List<BytesRef>> terms = new HashMap<>(4);
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
                    List<BytesRef> ids = terms.computeIfAbsent(p.field(), f -> new ArrayList<>());
                    int[] t = new int[p.terms().size()];
                    int[] at = new int[t.length];
                    for (int k = 0; k < t.length; k++) {
                        BytesRef term = new BytesRef(p.terms().get(k));
                        int id = ids.indexOf(term);
                        if (id < 0) {
                            id = ids.size();
                            ids.add(term);
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

        /** Every match in each of these (distinct) index documents, in text order; {@code texts} are their texts. */
        List<List<Found>> find(IndexSearcher searcher, int[] docs, List<String> texts) throws IOException {
            List<Map<String, Kept>> kept = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                kept.add(new HashMap<>(2));
            }
            Integer[] order = TextSearch.ascending(docs);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (int from = 0; from < order.length; ) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[order[from]], leaves));
                int to = from;
                while (to < order.length && docs[order[to]] < leaf.docBase + leaf.reader().maxDoc()) {
                    to++;
                }
                for (Map.Entry<String, List<BytesRef>> field : terms.entrySet()) {
                    keep(leaf, field.getKey(), field.getValue(), docs, order, from, to, kept);
                }
                from = to;
            }
            List<List<Found>> out = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                List<Found> found = new ArrayList<>();
                for (Map.Entry<String, Kept> field : kept.get(i).entrySet()) {
                    phrases(phrases.get(field.getKey()), field.getValue().inPositionOrder(), found);
                }
                if (anyParts) {
                    parts(texts.get(i), found);
                }
                found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end).thenComparingInt(Found::sought));
                out.add(found);
            }
            return out;
        }

        /** The sought terms of {@code field} where they stand in the documents {@code order[from, to)} of one segment. */
        private static void keep(LeafReaderContext leaf, String field, List<BytesRef> sought, int[] docs, Integer[] order, int from,
                                 int to, List<Map<String, Kept>> kept) throws IOException {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                return;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (int id = 0; id < sought.size(); id++) {
                if (!te.seekExact(sought.get(id))) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.OFFSETS);
                for (int x = from; x < to; x++) {
                    int doc = docs[order[x]] - leaf.docBase;
                    int at = postings.docID() >= doc ? postings.docID() : postings.advance(doc);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at != doc) {
                        continue;
                    }
                    Kept k = kept.get(order[x]).computeIfAbsent(field, f -> new Kept());
                    for (int n = postings.freq(); n > 0; n--) {
                        int position = postings.nextPosition();
                        k.add(id, position, postings.startOffset(), postings.endOffset());
                    }
                }
            }
        }

        /** Each place a phrase's terms stand at its positions; marked from its first term's start to its last term's end. */
        private static void phrases(List<PhraseOf> phrases, Kept kept, List<Found> out) {
            for (PhraseOf p : phrases) {
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

        /**
         * Each word (whole, normalised) that contains a sought word part. The parts are looked up in the normalised text
         * first, and only the pieces of text between white space where one stands are split into words: white space
         * always ends a word, so those pieces give the very words the whole text gives. Splitting every text into words
         * took a fifth of the passage finder's time, and most of a candidate's text holds none of the parts.
         */
        private void parts(String text, List<Found> out) {
            SearchAnalysis.Normalised whole = SearchAnalysis.normalise(text);
            List<int[]> inText = new ArrayList<>(); // {sought, part}
            TreeMap<Integer, Integer> pieces = new TreeMap<>(); // start → end in the text
            for (int i = 0; i < sought.size(); i++) {
                List<String> parts = sought.get(i).parts();
                for (int k = 0; k < parts.size(); k++) {
                    int at = whole.text().indexOf(parts.get(k));
                    if (at >= 0) {
                        inText.add(new int[] {i, k});
                    }
                    for (; at >= 0; at = whole.text().indexOf(parts.get(k), at + 1)) {
                        piece(text, whole.source()[at], pieces);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> piece : pieces.entrySet()) {
                int base = piece.getKey();
                SearchAnalysis.scanWords(text.substring(base, piece.getValue()), (term, length, position, start, end) -> {
                    int last = -1;
                    for (int[] p : inText) {
                        if (p[0] != last && contains(term, length, sought.get(p[0]).parts().get(p[1]))) {
                            last = p[0]; // one mark per word for each sought
                            out.add(new Found(p[0], base + start, base + end, sought.get(p[0]).partBoost()));
                        }
                    }
                });
            }
        }

        /** Adds the piece of text between white space around {@code at}, unless a piece already holds it. */
        private static void piece(String text, int at, TreeMap<Integer, Integer> pieces) {
            Map.Entry<Integer, Integer> kept = pieces.floorEntry(at);
            if (kept != null && at < kept.getValue()) {
                return;
            }
            int start = at;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            pieces.put(start, end);
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

    /** The sought tokens of one text in one field (these analysers put one token at a position). */
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

        /** The same tokens in position order (they were kept term by term). */
        Kept inPositionOrder() {
            Kept out = new Kept();
            for (Integer i : TextSearch.ascending(java.util.Arrays.copyOf(position, size))) {
                out.add(term[i], position[i], start[i], end[i]);
            }
            return out;
        }

        /** The kept token at {@code at}, or -1. */
        int at(int at) {
            int i = java.util.Arrays.binarySearch(position, 0, size, at);
            return i < 0 ? -1 : i;
        }
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
        BreakIterator sentences = SENTENCES.get();
        sentences.setText(text);
        // Only a sentence that holds a match can score above 0, so only those are looked at (found is in text order);
        // with none above 0 the first sentence is taken, as it would be among sentences that all score 0.
        int bestStart = sentences.first();
        int bestEnd = sentences.next();
        float bestScore = 0;
        int seenEnd = -1;
        for (Found at : found) {
            if (at.start() < seenEnd || at.start() >= text.length()) {
                continue;
            }
            int end = sentences.following(at.start());
            int start = sentences.previous();
            seenEnd = end;
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
        if (bestEnd == BreakIterator.DONE) {
            bestEnd = text.length();
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
