package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.document.DocumentService;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/** The demo texts go through the documents feature like a pasted text: same checks, structure, audit and index. */
@Singleton
class DocumentServiceSink implements DemoDocumentSink {

    private final DocumentService documents;

    DocumentServiceSink(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public long storeText(long agreementId, String kind, String language, LocalDate versionDate, String title, String source,
                          String classification, String text, String actor) {
        return documents.storeText(agreementId, kind, language, versionDate, title, source, classification, text, actor);
    }
}
