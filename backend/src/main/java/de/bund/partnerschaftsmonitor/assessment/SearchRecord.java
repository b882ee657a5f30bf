package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** For a rating of 0: the instrument's documents and the keywords searched, and that nothing was found. */
@Serdeable
public record SearchRecord(
        @Nullable @Size(max = 50, message = "assessment.search.documents.tooMany") List<Long> documentIds,
        @Nullable @Size(max = 100, message = "criterion.keywords.tooMany") List<@NotBlank(message = "criterion.keyword.required")
                @Size(max = 200, message = "text.max200") String> keywords,
        boolean nothingFound) {

    SearchRecord normalised() {
        return new SearchRecord(documentIds == null ? List.of() : List.copyOf(documentIds),
                keywords == null ? List.of() : keywords.stream().map(String::strip).toList(), nothingFound);
    }
}
