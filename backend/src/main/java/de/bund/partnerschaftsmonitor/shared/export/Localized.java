package de.bund.partnerschaftsmonitor.shared.export;

import java.util.Locale;
import java.util.function.Function;

/** A cell's text made in the reader's language when the file is written (exports may stream off the request thread). */
public record Localized(Function<Locale, String> text) {
}
