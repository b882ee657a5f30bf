package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The marks come from the terms the query was built from: stems, phrases at their positions, and word parts. */
class HighlightsTest {

    private static List<String> marked(List<Sought> sought, String text, String language) throws IOException {
        return Highlights.marks(found(sought, text, language)).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** The matches in {@code text}, indexed as the app indexes it, among other texts (so postings must skip to it). */
    private static List<Highlights.Found> found(List<Sought> sought, String text, String language) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.INDEX))) {
            for (String t : List.of("Ein anderer Text über Datenschutz und Aufsicht.", text, "Another text on data protection and oversight.")) {
                Document d = new Document();
                SearchIndex.addFields(d, t == text ? language : t.startsWith("Ein") ? "de" : "en", t);
                writer.addDocument(d);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new Highlights.Marker(sought).find(new IndexSearcher(reader), new int[] {1}, List.of(text)).get(0);
            }
        }
    }

    private static Sought keyword(String k, String language) {
        return Sought.keyword(k, language).orElseThrow();
    }

    @Test
    void shouldMarkStemsAndCompoundsThatContainAGermanKeyword() throws IOException {
        String text = "Die Datenschutzbestimmungen gelten. Der Datenschutz des Kinderdatenschutzes bleibt unberührt; Daten werden geschützt.";
        assertThat(marked(List.of(keyword("Datenschutz", "de")), text, "de"))
                .containsExactly("Datenschutzbestimmungen", "Datenschutz", "Kinderdatenschutzes");
    }

    @Test
    void shouldMarkAPhraseOnlyWhereItsTermsStandInOrderEvenAcrossAStopWordGap() throws IOException {
        String text = "Personenbezogene Daten werden verarbeitet. Daten, die personenbezogen sind, nicht immer.";
        assertThat(marked(List.of(keyword("personenbezogene Daten", "de")), text, "de")).containsExactly("Personenbezogene Daten");
        String gap = "The protection of data is ensured; data and protection are words.";
        assertThat(marked(List.of(keyword("protection of data", "en")), gap, "en")).containsExactly("protection of data");
    }

    @Test
    void shouldLeaveAGermanKeywordOutOfAnEnglishTextUnlessAWordContainsIt() throws IOException {
        assertThat(marked(List.of(keyword("Aufsicht", "de")), "The Aufsichtsrat and the supervisory authority.", "en"))
                .containsExactly("Aufsichtsrat");
        assertThat(marked(List.of(keyword("oversight", "en")), "Oversight and oversights, but not overseen.", "en"))
                .containsExactly("Oversight", "oversights");
    }

    @Test
    void shouldMarkWordPartsWhereUmlautsAndSharpSAreSpelledOut() throws IOException {
        String text = "Das Rueckuebernahmeabkommen gilt, die Rückübernahmeverfahren auch. Im Strassenbau und Straßenverkehr nicht.";
        assertThat(marked(List.of(keyword("Rückübernahme", "de")), text, "de")).containsExactly("Rueckuebernahmeabkommen", "Rückübernahmeverfahren");
        assertThat(marked(List.of(keyword("Straße", "de")), text, "de")).containsExactly("Strassenbau", "Straßenverkehr");
    }

    @Test
    void shouldMarkAPhraseOnlyWhereEachTermIsItsOwnEvenWhenOtherSoughtTermsStandBetween() throws IOException {
        String text = "Schutz personenbezogener Aufsicht Daten; personenbezogene Daten.";
        assertThat(marked(List.of(keyword("personenbezogene Daten", "de"), keyword("Aufsicht", "de")), text, "de"))
                .containsExactly("Aufsicht", "personenbezogene Daten");
    }

    @Test
    void shouldSnippetTheSentenceWithMostOfTheQueryAndFallBackToTheStart() throws IOException {
        List<Sought> words = Sought.words("Aufsicht Rückübernahme");
        String text = "Die Aufsicht tagt. Die Rückübernahme und ihre Aufsichtsbehörde werden geprüft. Schluss.";
        Snippet s = Highlights.snippet(found(words, text, "de"), text);
        assertThat(s.text()).isEqualTo("… Die Rückübernahme und ihre Aufsichtsbehörde werden geprüft. …");
        assertThat(s.marks()).extracting(m -> s.text().substring(m.start(), m.end())).containsExactly("Rückübernahme", "Aufsichtsbehörde");
        Snippet none = Highlights.snippet(List.of(), "Kein Treffer hier.");
        assertThat(none.text()).isEqualTo("Kein Treffer hier.");
        assertThat(none.marks()).isEmpty();
    }

    @Test
    void shouldMarkTheWordsOfAPieceBetweenWhiteSpaceThatHoldsAPart() throws IOException {
        String text = "Die Datenschutz-Grundverordnung (Datenschutzbestimmungen) gilt; datenschutzrechtlich/Datenschutz.\nEnde: Daten schützen.";
        assertThat(marked(List.of(keyword("Datenschutz", "de")), text, "de"))
                .containsExactly("Datenschutz", "Datenschutzbestimmungen", "datenschutzrechtlich", "Datenschutz");
        assertThat(marked(List.of(keyword("Straße", "de")), "Die Straßenverkehrs-Ordnung und die STRASSE.", "de"))
                .containsExactly("Straßenverkehrs", "STRASSE");
    }

    @Test
    void shouldSnippetTheFirstOfEquallyGoodSentencesAndTheFirstSentenceWhenNoSentenceHoldsAWholeMatch() {
        String text = "Erster Satz ohne Treffer. Die Aufsicht tagt. Die Aufsicht prüft. Letzter Satz.";
        int first = text.indexOf("Aufsicht");
        int second = text.indexOf("Aufsicht", first + 1);
        Snippet tie = Highlights.snippet(List.of(new Highlights.Found(0, first, first + 8, 1f), new Highlights.Found(0, second, second + 8, 1f)), text);
        assertThat(tie.text()).isEqualTo("… Die Aufsicht tagt. …");
        int across = text.indexOf("tagt.");
        Snippet none = Highlights.snippet(List.of(new Highlights.Found(0, across, across + 9, 1f)), text);
        assertThat(none.text()).as("a match across two sentences scores in neither").isEqualTo("Erster Satz ohne Treffer. …");
        assertThat(none.marks()).isEmpty();
    }

    @Test
    void shouldSaySearchedTermsAsTheUserIsToldThem() throws IOException {
        assertThat(keyword("Datenschutz", "de").searched()).containsExactly("datenschutz", "datenschutz…");
        assertThat(keyword("data protection", "en").searched()).containsExactly("data", "protect");
    }
}
