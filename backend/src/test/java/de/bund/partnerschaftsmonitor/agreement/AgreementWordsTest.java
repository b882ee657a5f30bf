package de.bund.partnerschaftsmonitor.agreement;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The words files use (exports, import template and headings, open-data codebook: one source) are the UI's words: a changed label in the UI fails here. */
class AgreementWordsTest {

    static final List<String> FIELDS = List.of("id", "version", "externalRef", "countryIso2", "type", "titleDe", "titleEn", "titleOriginal",
            "summaryDe", "summaryEn", "partyLevel", "partyState", "leadMinistry", "involvedMinistries", "responsibleDesk", "status",
            "dateSigned", "dateInForce", "dateEnd", "nextReviewDue", "components", "textPublic", "digitalDataClauses", "predecessorId",
            "sourceField", "sourceUrl", "sourceTitle", "sourceAccessedOn", "title", "summary", "predecessor", "successors", "sources",
            "archived", "createdAt", "updatedAt");

    @Test
    void shouldUseTheLabelsAndWordsOfTheUiInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            String ts = Files.readString(Path.of("..", "frontend", "src", "config", "locales", locale.getLanguage() + ".ts"));
            String fieldSection = ts.substring(ts.indexOf("\n  field: {"), ts.indexOf("\n  changeField: {"));
            for (String field : FIELDS) {
                assertThat(fieldSection).as("%s label of %s", locale, field).contains(field + ": '" + AgreementWords.label(field, locale) + "'");
            }
            for (List<? extends Enum<?>> values : List.of(List.of(AgreementType.values()), List.of(AgreementStatus.values()),
                    List.of(Component.values()), List.of(PartyLevel.values()))) {
                for (Enum<?> v : values) {
                    assertThat(ts).as("%s word of %s", locale, v).contains(v.name() + ": '" + AgreementWords.word(v, locale) + "'");
                }
            }
        }
    }
}
