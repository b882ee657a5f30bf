package de.bund.partnerschaftsmonitor.agreement;

import java.util.Set;

/**
 * Published inside the writing transaction whenever an instrument is created, changed, archived or
 * restored, so that derived data (country scores) is refreshed atomically with the change.
 *
 * @param countries the partner countries affected: old and new when the country changed
 */
public record AgreementChanged(long agreementId, Set<String> countries) {
}
