package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.csv.Csv;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection, OWASP): a cell that begins
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as
 * text and do not display. Applied to every text cell of both formats, so a file saved again from Excel stays safe.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break. */
    static String csvField(String text, char separator) {
        return Csv.field(text, separator);
    }
}
