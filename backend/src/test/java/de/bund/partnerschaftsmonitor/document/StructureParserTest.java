package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.document.StructureParser.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StructureParserTest {

    static final String GERMAN = """
            Abkommen zwischen der Bundesrepublik Deutschland und Musterland
            Die Vertragsparteien -
            in dem Wunsch, die Zusammenarbeit zu vertiefen -
            sind wie folgt übereingekommen:

            Artikel 1
            Gegenstand
            Dieses Abkommen regelt die Zusammenarbeit.

            Artikel 7
            Datenschutz
            (1) Personenbezogene Daten werden nur zu dem Zweck verarbeitet, zu dem sie übermittelt wurden.
            (2) Die Vertragsparteien sehen eine unabhängige Aufsicht vor.
            Dabei gilt:
            1. erstens,
            2. zweitens.
            (3) Artikel 1 gilt entsprechend.

            Anlage 1
            Liste der Behörden
            Bundesamt für Migration und Flüchtlinge
            """;

    @Test
    void shouldSplitAGermanTreatyIntoPreambleArticlesParagraphsAndAnnexes() {
        List<Unit> units = StructureParser.parse(GERMAN, "de");

        assertThat(units).extracting(Unit::anchor).containsExactly(
                "preamble", "art_1", "art_7", "art_7__para_1", "art_7__para_2", "art_7__para_3", "annex_1");
        assertThat(units).extracting(Unit::label).containsExactly(
                "Präambel", "Art. 1", "Art. 7", "Art. 7 Abs. 1", "Art. 7 Abs. 2", "Art. 7 Abs. 3", "Anlage 1");
        assertThat(units).extracting(Unit::kind).containsExactly(
                "PREAMBLE", "ARTICLE", "ARTICLE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "ANNEX");
        assertThat(units.get(2).heading()).isEqualTo("Datenschutz");
        assertThat(units.get(3).parentAnchor()).isEqualTo("art_7");
        assertThat(units.get(1).parentAnchor()).isNull();
        // The numbered list inside paragraph 2 stays its text; "Artikel 1 gilt ..." is a sentence, not a heading.
        assertThat(units.get(4).text()).endsWith("1. erstens,\n2. zweitens.");
        assertThat(units.get(5).text()).isEqualTo("(3) Artikel 1 gilt entsprechend.");
        assertThat(units.get(6).heading()).isEqualTo("Liste der Behörden");
        assertEveryCharacterKept(GERMAN, units);
    }

    @Test
    void shouldReadEnglishArticlesWithInlineHeadingsAndRomanAnnexes() {
        String text = """
                Memorandum of Understanding
                The Participants, recognising the importance of legal migration,
                have reached the following understanding:
                Article 1 – Purpose
                This Memorandum sets out the cooperation.
                Article 7 Data protection
                1. Personal data shall be processed only for the purposes stated.
                2. Each Participant shall ensure independent oversight.
                ANNEX I
                Contact points
                """;
        List<Unit> units = StructureParser.parse(text, "en");

        assertThat(units).extracting(Unit::anchor).containsExactly("preamble", "art_1", "art_7", "art_7__para_1", "art_7__para_2", "annex_1");
        assertThat(units).extracting(Unit::label).containsExactly("Preamble", "Article 1", "Article 7", "Article 7(1)", "Article 7(2)", "Annex I");
        assertThat(units.get(1).heading()).isEqualTo("Purpose");
        assertThat(units.get(2).heading()).isEqualTo("Data protection");
        assertThat(units.get(5).heading()).isEqualTo("Contact points");
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldReadFrenchArticlesIncludingArticlePremier() {
        String text = """
                Accord entre la République fédérale d'Allemagne et le Musterland
                Article premier
                Objet
                Le présent accord fixe le cadre de la coopération.
                Article 2
                Protection des données
                1. Les données à caractère personnel ne sont traitées qu'aux fins prévues.
                2. Une autorité de contrôle indépendante veille au respect du présent article.
                Annexe
                Liste des autorités
                """;
        List<Unit> units = StructureParser.parse(text, "fr");

        assertThat(units).extracting(Unit::anchor).containsExactly("preamble", "art_1", "art_2", "art_2__para_1", "art_2__para_2", "annex_1");
        assertThat(units).extracting(Unit::label).containsExactly("Préambule", "Article 1", "Article 2",
                "Article 2, paragraphe 1", "Article 2, paragraphe 2", "Annexe");
        assertThat(units.get(2).heading()).isEqualTo("Protection des données");
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldReadItalianArticlesAndAllegati() {
        String text = """
                Articolo 1
                Oggetto
                (1) Il presente accordo disciplina la cooperazione.
                (2) Le Parti cooperano in buona fede.
                Articolo 2
                Protezione dei dati
                I dati personali sono trattati in conformità con la legge.
                Allegato 2
                Elenco delle autorità
                """;
        List<Unit> units = StructureParser.parse(text, "it");

        assertThat(units).extracting(Unit::anchor).containsExactly("art_1", "art_1__para_1", "art_1__para_2", "art_2", "annex_2");
        assertThat(units).extracting(Unit::label).containsExactly("Articolo 1", "Articolo 1, paragrafo 1", "Articolo 1, paragrafo 2",
                "Articolo 2", "Allegato 2");
        assertThat(units.get(3).text()).contains("I dati personali");
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldReadSectionSignsAndAbbreviatedArticles() {
        String text = """
                § 1 Geltungsbereich
                (1) Diese Vereinbarung gilt für alle Beteiligten.
                § 2
                (1) Erstens.
                Art. 3 Schlussbestimmungen
                Diese Vereinbarung tritt mit Unterzeichnung in Kraft.
                """;
        List<Unit> units = StructureParser.parse(text, "de");

        assertThat(units).extracting(Unit::anchor).containsExactly("art_1", "art_1__para_1", "art_2", "art_2__para_1", "art_3");
        assertThat(units).extracting(Unit::label).containsExactly("§ 1", "§ 1 Abs. 1", "§ 2", "§ 2 Abs. 1", "Art. 3");
        assertThat(units.get(0).heading()).isEqualTo("Geltungsbereich");
        assertThat(units.get(2).heading()).isNull();
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldKeepAnArticleNumberOnlyOnceSoThatAnchorsStayUnique() {
        String text = """
                Artikel 1
                Text eins.
                Artikel 1
                Zitierter Text.
                """;
        List<Unit> units = StructureParser.parse(text, "de");

        assertThat(units).extracting(Unit::anchor).containsExactly("art_1");
        assertThat(units.get(0).text()).contains("Zitierter Text.");
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldSplitTextWithoutStructureIntoBlocksAndLoseNothing() {
        String text = "Pressemitteilung\nDeutschland und Musterland vereinbaren eine Partnerschaft.\n\n\nWeitere Schritte folgen.\n";
        List<Unit> units = StructureParser.parse(text, "de");

        assertThat(units).extracting(Unit::anchor).containsExactly("text_1", "text_2");
        assertThat(units).extracting(Unit::kind).containsOnly("TEXT");
        assertThat(units).extracting(Unit::label).containsExactly("Abschnitt 1", "Abschnitt 2");
        assertEveryCharacterKept(text, units);
    }

    @Test
    void shouldGiveNoUnitForAnEmptyText() {
        assertThat(StructureParser.parse("  \n \n", "de")).isEmpty();
    }

    @Test
    void shouldTreatRunningTextThatStartsWithAnArticleAsText() {
        // A wrapped PDF line that begins with a citation, in lower case, is not a new article.
        String text = "Artikel 1\nDie Parteien arbeiten zusammen; dabei gilt\nArtikel 5 des Abkommens von 2020 weiter\n";
        List<Unit> units = StructureParser.parse(text, "de");

        assertThat(units).extracting(Unit::anchor).containsExactly("art_1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Art. 7 Abs. 2;art_7__para_2",
            "Artikel 7 Absatz 2;art_7__para_2",
            "Article 7(2);art_7__para_2",
            "Article 7;art_7",
            "Articolo 7, paragrafo 2;art_7__para_2",
            "Article 7, paragraphe 2;art_7__para_2",
            "§ 7 Abs. 2;art_7__para_2",
            "Art. 12a;art_12a",
            "Article IV;art_4",
            "Anlage 1;annex_1",
            "Annex II;annex_2"})
    void shouldTurnCitationsIntoAnchors(String citation, String anchor) {
        assertThat(StructureParser.anchorOf(citation)).contains(anchor);
    }

    @Test
    void shouldFindNoAnchorInPlainWords() {
        assertThat(StructureParser.anchorOf("Datenschutz")).isEmpty();
    }

    /** The units' texts joined hold every non-space character of the input, in order. */
    static void assertEveryCharacterKept(String input, List<Unit> units) {
        String joined = units.stream().map(Unit::text).collect(Collectors.joining("\n"));
        assertThat(joined.replaceAll("\\s+", "")).isEqualTo(input.replaceAll("\\s+", ""));
    }
}
