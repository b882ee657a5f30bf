package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A document's metadata; its original and text are in document_contents, its structure in document_units. */
@MappedEntity("agreement_documents")
record AgreementDocument(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        long agreementId,
        String kind,
        String language,
        @Nullable String title,
        @Nullable LocalDate versionDate,
        @Nullable String source,
        String classification,
        String mediaType,
        @Nullable String fileName,
        long sizeBytes,
        String sha256,
        int textChars,
        @Nullable Long supersededBy,
        @Nullable Instant archivedAt,
        String uploadedBy,
        Instant uploadedAt) {

    AgreementDocument withArchivedAt(Instant when) {
        return new AgreementDocument(id, version, agreementId, kind, language, title, versionDate, source, classification, mediaType,
                fileName, sizeBytes, sha256, textChars, supersededBy, when, uploadedBy, uploadedAt);
    }

    AgreementDocument withSupersededBy(long by) {
        return new AgreementDocument(id, version, agreementId, kind, language, title, versionDate, source, classification, mediaType,
                fileName, sizeBytes, sha256, textChars, by, archivedAt, uploadedBy, uploadedAt);
    }
}
