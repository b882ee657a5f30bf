package de.bund.partnerschaftsmonitor.shared.export;

import io.micronaut.core.annotation.Nullable;

/** A value the screen shows in the reader's language (a country's name, a title); the other one when that is empty. */
public record Bilingual(@Nullable String de, @Nullable String en) {
}
