package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;

/** What an upload brings, as received: metadata still unchecked, and either a file or pasted text. */
record DocumentUpload(@Nullable String kind, @Nullable String language, @Nullable String versionDate, @Nullable String source,
                      @Nullable String classification, @Nullable String title,
                      @Nullable byte[] file, @Nullable String fileName, @Nullable String text) {
}
