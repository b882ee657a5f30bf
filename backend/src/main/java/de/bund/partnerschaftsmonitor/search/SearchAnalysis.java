package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a text is indexed in and how each is analysed.
 * <ul>
 * <li>{@link #DE}: Lucene's GermanAnalyzer — lower case, German stop words, umlaut/ß normalisation and the light
 * stemmer, so inflected forms meet ({@code Rückübernahmeabkommens} and {@code Rückübernahmeabkommen} share a stem).</li>
 * <li>{@link #SUB}: compounds — lower case and German normalisation, each word with all its suffixes (see
 * {@link SuffixFilter}); a German query word, lightly stemmed, is looked up as a prefix there, so {@code Datenschutz}
 * finds {@code Datenschutzbestimmungen} and {@code Aufsicht} finds {@code Aufsichtsbehörde}.</li>
 * <li>{@link #EN}: Lucene's EnglishAnalyzer — possessives, English stop words and the Porter stemmer. Porter maps
 * {@code oversees}/{@code overseeing} to {@code overse} and {@code oversight}/{@code oversights} to {@code oversight};
 * {@code overseen} stays {@code overseen}, so {@code oversight} does not find {@code overseen}: only what the stemmer
 * joins is joined, nothing is guessed.</li>
 * <li>{@link #SUB} is also kept for English and other texts, so free-text search finds word parts there too.</li>
 * <li>{@link #STD}: other languages (French, Italian …) — the standard analyser, lower case only.</li>
 * </ul>
 * Changing any of this must raise {@link #VERSION}: the index is then rebuilt from the database.
 */
final class SearchAnalysis {

    static final String VERSION = "analysis-2";

    static final String DE = "text_de";
    static final String EN = "text_en";
    static final String SUB = "text_sub";
    static final String STD = "text_std";

    private static final Analyzer GERMAN = new GermanAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer STANDARD = new StandardAnalyzer();

    private static final Analyzer SUFFIXES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new SuffixFilter(new GermanNormalizationFilter(new LowerCaseFilter(source))));
        }
    };

    /** The query side of {@link #SUB}: a German word normalised and lightly stemmed, so inflected queries still match. */
    private static final Analyzer GERMAN_STEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source))));
        }
    };

    /**
     * Field prefixes of an agreement's one document for ranking the list ({@link SearchIndex}): {@link #META} holds its
     * titles, summaries and names, {@link #WHOLE} the passages of its current documents, each analysed as the field
     * without the prefix. Their values are kept {@link #GAP} positions apart, so a phrase never spans two passages.
     */
    static final String META = "m_";
    static final String WHOLE = "w_";
    private static final int GAP = 100;

    private static final Map<String, Analyzer> BY_FIELD = Map.of(DE, GERMAN, EN, ENGLISH, SUB, SUFFIXES, STD, STANDARD);

    static final Analyzer INDEX = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return BY_FIELD.getOrDefault(unprefixed(fieldName), STANDARD);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return unprefixed(fieldName).equals(fieldName) ? 0 : GAP;
        }
    };

    private static String unprefixed(String field) {
        return field.startsWith(META) || field.startsWith(WHOLE) ? field.substring(2) : field;
    }

    private SearchAnalysis() {
    }

    /** The fields a text in this ISO 639-1 language is indexed in. */
    static List<String> fieldsFor(String language) {
        return switch (language) {
            case "de" -> List.of(DE, SUB);
            case "en" -> List.of(EN, SUB);
            default -> List.of(STD, SUB);
        };
    }

    static List<String> terms(String field, String text) {
        return tokens(INDEX, field, text);
    }

    /** A term of a text where it stands: its position and its range {@code [start, end)} in the text. */
    record Token(String term, int position, int start, int end) {
    }

    /**
     * The text as {@code field} indexes it, token by token. For {@link #SUB} the whole words only (lower case, German
     * normalisation), without their suffixes: a word part is found in them with {@link String#contains}.
     */
    static List<Token> analysed(String field, String text) {
        return analyse(SUB.equals(field) ? NORMALISED : INDEX, field, text);
    }

    /** Receives a text's tokens one by one; {@code term} is only valid during the call. */
    interface TokenSink {
        void token(char[] term, int length, int position, int start, int end);
    }

    /** The text's whole words as {@link #SUB} holds them, without making a token of each: for marking many texts. */
    static void scanWords(String text, TokenSink sink) {
        scan(NORMALISED, SUB, text, sink);
    }

    private static List<Token> analyse(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        scan(analyzer, field, text, (term, length, position, start, end) -> out.add(new Token(new String(term, 0, length), position, start, end)));
        return out;
    }

    private static void scan(Analyzer analyzer, String field, String text, TokenSink sink) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                sink.token(term.buffer(), term.length(), position, offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrase {@code text} makes in {@code field}: its terms and their positions relative to the first. */
    static Optional<Sought.Phrase> phrase(String field, String text) {
        List<Token> tokens = analysed(field, text);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int first = tokens.get(0).position();
        return Optional.of(new Sought.Phrase(field, tokens.stream().map(Token::term).toList(),
                tokens.stream().map(t -> t.position() - first).toList()));
    }

    /** The prefixes a German query word is looked up by in {@link #SUB}; short words would match too much inside others. */
    static List<String> compoundPrefixes(String text) {
        return tokens(GERMAN_STEM, SUB, text).stream().filter(t -> t.length() >= SuffixFilter.MIN + 1).toList();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        return analyse(analyzer, field, text).stream().map(Token::term).toList();
    }

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    /** The words of a query as typed, lower-cased. */
    static List<String> words(String text) {
        return tokens(WORDS, "words", text);
    }

    /** {@link #SUB}'s analysis without the suffixes: the whole words, lower case, German-normalised. */
    private static final Analyzer NORMALISED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
        }
    };

    /**
     * A text lower-cased and German-normalised in one piece, and for each of its characters the place in the text it
     * came from. Every word of the text stands in it as {@link #SUB} holds the word: the normalisation's state starts
     * afresh after each character that is not one of its letters, and words of these languages are not written together
     * without one. So a word part that is not in it is in no word of the text.
     *
     * @param text   the normalised text
     * @param source for each character of {@code text}, its index in the original
     */
    record Normalised(String text, int[] source) {
    }

    /**
     * {@link LowerCaseFilter} then {@link GermanNormalizationFilter}, as {@link #NORMALISED} applies them to each word,
     * over the whole text in one pass. The filter deletes in place (an {@code e} after a vowel shifts the rest of the
     * buffer), which on a whole text took a fifth of the passage finder's time; this writes forward once.
     */
    static Normalised normalise(String text) {
        int length = text.length();
        char[] out = new char[length + 16];
        int[] source = new int[out.length];
        int n = 0;
        int state = N;
        for (int i = 0; i < length; i++) {
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
                source = java.util.Arrays.copyOf(source, out.length);
            }
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    n += Character.toChars(Character.toLowerCase(cp), out, n);
                    source[n - 2] = i;
                    source[n - 1] = i++;
                    state = N;
                    continue;
                }
            } else {
                c = Character.toLowerCase(c);
            }
            switch (c) {
                case 'a', 'o' -> state = U;
                case 'u' -> state = state == N ? U : V;
                case 'e' -> {
                    boolean drop = state == U;
                    state = V;
                    if (drop) {
                        continue;
                    }
                }
                case 'i', 'q', 'y' -> state = V;
                case '\u00e4' -> { c = 'a'; state = V; }
                case '\u00f6' -> { c = 'o'; state = V; }
                case '\u00fc' -> { c = 'u'; state = V; }
                case '\u00df' -> {
                    out[n] = 's';
                    source[n++] = i;
                    state = N;
                    c = 's';
                }
                default -> state = N;
            }
            out[n] = c;
            source[n++] = i;
        }
        return new Normalised(new String(out, 0, n), java.util.Arrays.copyOf(source, n));
    }

    // GermanNormalizationFilter's states: after no vowel, after a vowel, after a/o/u (an e then drops).
    private static final int N = 0;
    private static final int V = 1;
    private static final int U = 2;

    /** A word as {@link #SUB} holds it whole: lower case, German-normalised. */
    static String normalised(String word) {
        List<String> t = tokens(NORMALISED, SUB, word);
        return t.isEmpty() ? "" : t.get(0);
    }

    /** Prefixes for free-text search: also four-letter words, as a substring search would find them. */
    static List<String> wordPrefixes(String word) {
        List<String> out = new ArrayList<>(tokens(GERMAN_STEM, SUB, word).stream().filter(t -> t.length() >= SuffixFilter.MIN).toList());
        String whole = normalised(word);
        if (whole.length() >= SuffixFilter.MIN && !out.contains(whole)) {
            out.add(whole);
        }
        return out;
    }
}
