package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass normalisation of a whole text gives what Lucene's filters give, and says where each character came from. */
class NormaliseTest {

    private static final Analyzer LUCENE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
        }
    };

    private static String lucene(String text) throws IOException {
        try (TokenStream ts = LUCENE.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return out;
        }
    }

    @Test
    void shouldNormaliseAsLucenesFiltersDo() throws IOException {
        List<String> texts = List.of("Rückübernahme", "Rueckuebernahme", "Straße und STRASSE", "Quelle, Aue, Boeing, Poet",
                "Maßnahmen ẞ Grüße", "Ein Text 𝔘𝔢 mit 😀 Zeichen", "Ääöüß-Aeoeue 12ue", "");
        for (String t : texts) {
            assertThat(SearchAnalysis.normalise(t).text()).as(t).isEqualTo(lucene(t));
        }
        Random random = new Random(7);
        String alphabet = "aeiouqyäöüßAEIOUÄÖÜẞxz -.1é";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(SearchAnalysis.normalise(b.toString()).text()).as(b.toString()).isEqualTo(lucene(b.toString()));
        }
    }

    @Test
    void shouldTellWhereEachCharacterCameFrom() {
        String text = "Die Maßnahme der Aufsichtsbehörde";
        SearchAnalysis.Normalised n = SearchAnalysis.normalise(text);
        int at = n.text().indexOf("aufsichtsbehorde");
        assertThat(at).isPositive();
        assertThat(n.source()[at]).isEqualTo(text.indexOf("Aufsicht"));
        assertThat(n.source()[n.text().indexOf("ss")]).isEqualTo(text.indexOf('ß'));
        assertThat(n.source()[n.text().indexOf("ss") + 1]).isEqualTo(text.indexOf('ß'));
        assertThat(n.source()).hasSize(n.text().length());
    }
}
