package de.bund.partnerschaftsmonitor.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.bund.partnerschaftsmonitor.document.Classification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What the passage finder and the search page answer. Matched ranges are offsets into the text, never markup. */
final class SearchViews {

    private SearchViews() {
    }

    /** The marking every passage, snippet and quote of a VS-NfD document carries. */
    @Nullable
    static String marking(String classification) {
        return Classification.marking(classification);
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DocumentView(long id, @Nullable String title, String kind, String language, @Nullable LocalDate versionDate,
                        String classification, @Nullable String marking, @Nullable String source) {

        static DocumentView from(SearchRepository.DocumentInfo d) {
            return new DocumentView(d.id(), d.title(), d.kind(), d.language(), d.versionDate(), d.classification(),
                    SearchViews.marking(d.classification()), d.source());
        }
    }

    /**
     * A keyword that matched: in which language, the terms it was searched by (stems as the analyser made them; a
     * trailing … marks a prefix looked up inside compounds) and the words of the passage it found.
     */
    @Serdeable
    record MatchedTerm(String keyword, String language, List<String> searched, List<String> forms) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Passage(long documentId, String anchor, String reference, String text, List<MatchedTerm> matchedTerms, float score,
                   List<Snippet.Mark> marks, DocumentView document, @Nullable String marking, String link) {
    }

    /** The candidates for one criterion, with what was searched: the keywords and the documents. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Passages(long agreementId, String criterion, List<String> keywordsDe, List<String> keywordsEn,
                    List<DocumentView> documentsSearched, List<Passage> passages) {
    }

    /** A search-page hit: an instrument's title or summary, or a passage of one of its documents. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Hit(long agreementId, String countryIso2, @Nullable String agreementTitleDe, @Nullable String agreementTitleEn,
               @Nullable String agreementTitleOriginal, String part, @Nullable DocumentView document, @Nullable String anchor,
               @Nullable String reference, Snippet snippet, float score, @Nullable String marking, String link) {
    }

    static String link(long agreementId, @Nullable Long documentId, @Nullable String anchor) {
        if (documentId == null) {
            return "/instruments/" + agreementId;
        }
        return "/instruments/" + agreementId + "/documents/" + documentId + (anchor == null ? "" : "#" + anchor);
    }
}
