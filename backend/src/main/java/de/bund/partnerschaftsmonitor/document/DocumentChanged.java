package de.bund.partnerschaftsmonitor.document;

/**
 * Published inside the writing transaction whenever a document is stored, superseded or archived, so that derived
 * data (a search index) can follow the committed change.
 */
public record DocumentChanged(long documentId, long agreementId) {
}
