package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Emits every token and each of its suffixes of at least {@link #MIN} characters at the same position and with the
 * whole token's offsets. A prefix query on these terms then finds a word anywhere inside a German compound
 * ({@code datenschutz} in {@code kinderdatenschutzbestimmungen}), and the highlighter marks the whole compound.
 */
final class SuffixFilter extends TokenFilter {

    static final int MIN = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] word;
    private int length;
    private int next;
    private State state;

    SuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (word != null && length - next >= MIN) {
            restoreState(state);
            term.copyBuffer(word, next, length - next);
            position.setPositionIncrement(0);
            next++;
            return true;
        }
        word = null;
        if (!input.incrementToken()) {
            return false;
        }
        length = term.length();
        if (length > MIN) {
            word = java.util.Arrays.copyOf(term.buffer(), length);
            next = 1;
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
        state = null;
    }
}
