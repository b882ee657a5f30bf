package de.bund.partnerschaftsmonitor.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The marks come from the terms the query was built from: stems, phrases at their positions, and word parts. */
class HighlightsTest {

    private static List<String> marked(List<Sought> sought, String text, String language) {
        return Highlights.marks(Highlights.find(sought, text, language)).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static Sought keyword(String k, String language) {
        return Sought.keyword(k, language).orElseThrow();
    }

    @Test
    void shouldMarkStemsAndCompoundsThatContainAGermanKeyword() {
        String text = "Die Datenschutzbestimmungen gelten. Der Datenschutz des Kinderdatenschutzes bleibt unberührt; Daten werden geschützt.";
        assertThat(marked(List.of(keyword("Datenschutz", "de")), text, "de"))
                .containsExactly("Datenschutzbestimmungen", "Datenschutz", "Kinderdatenschutzes");
    }

    @Test
    void shouldMarkAPhraseOnlyWhereItsTermsStandInOrderEvenAcrossAStopWordGap() {
        String text = "Personenbezogene Daten werden verarbeitet. Daten, die personenbezogen sind, nicht immer.";
        assertThat(marked(List.of(keyword("personenbezogene Daten", "de")), text, "de")).containsExactly("Personenbezogene Daten");
        String gap = "The protection of data is ensured; data and protection are words.";
        assertThat(marked(List.of(keyword("protection of data", "en")), gap, "en")).containsExactly("protection of data");
    }

    @Test
    void shouldLeaveAGermanKeywordOutOfAnEnglishTextUnlessAWordContainsIt() {
        assertThat(marked(List.of(keyword("Aufsicht", "de")), "The Aufsichtsrat and the supervisory authority.", "en"))
                .containsExactly("Aufsichtsrat");
        assertThat(marked(List.of(keyword("oversight", "en")), "Oversight and oversights, but not overseen.", "en"))
                .containsExactly("Oversight", "oversights");
    }

    @Test
    void shouldSnippetTheSentenceWithMostOfTheQueryAndFallBackToTheStart() {
        List<Sought> words = Sought.words("Aufsicht Rückübernahme");
        String text = "Die Aufsicht tagt. Die Rückübernahme und ihre Aufsichtsbehörde werden geprüft. Schluss.";
        Snippet s = Highlights.snippet(Highlights.find(words, text, "de"), text);
        assertThat(s.text()).isEqualTo("… Die Rückübernahme und ihre Aufsichtsbehörde werden geprüft. …");
        assertThat(s.marks()).extracting(m -> s.text().substring(m.start(), m.end())).containsExactly("Rückübernahme", "Aufsichtsbehörde");
        Snippet none = Highlights.snippet(List.of(), "Kein Treffer hier.");
        assertThat(none.text()).isEqualTo("Kein Treffer hier.");
        assertThat(none.marks()).isEmpty();
    }

    @Test
    void shouldSaySearchedTermsAsTheUserIsToldThem() {
        assertThat(keyword("Datenschutz", "de").searched()).containsExactly("datenschutz", "datenschutz…");
        assertThat(keyword("data protection", "en").searched()).containsExactly("data", "protect");
    }
}
