package de.bund.partnerschaftsmonitor.seed;

import java.time.LocalDate;

/**
 * Where the demo seed stores the texts of the fictitious instruments, so that their ratings can link their evidence to
 * the passage (document and anchor). Implemented by the documents feature; without an implementation the demo ratings
 * are seeded without the link.
 */
public interface DemoDocumentSink {

    /** Stores a pasted text as a document of the instrument, parses its structure and returns the document's id. */
    long storeText(long agreementId, String kind, String language, LocalDate versionDate, String title, String source,
                   String classification, String text, String actor);
}
