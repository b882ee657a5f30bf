package de.bund.partnerschaftsmonitor.criterion;

/** Fired inside the publishing transaction: scores depend on the current catalogue. */
public record CatalogPublished(long catalogVersionId) {
}
