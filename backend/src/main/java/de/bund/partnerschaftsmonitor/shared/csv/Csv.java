package de.bund.partnerschaftsmonitor.shared.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 text tables: quoted cells may hold the delimiter, quotes (doubled) and line breaks. Small enough
 * to own, so that reading and writing follow exactly the same rules (the import reads what the template writes).
 */
public final class Csv {

    /** The byte-order mark Excel needs to read UTF-8 (umlauts) correctly. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** Comma or semicolon, whichever the header line (outside quotes) holds more of; comma on a tie. */
    public static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The records of {@code text}, at most {@code limit} of them (the caller learns of more by getting
     * {@code limit} records back). A quote left open at the end is {@link IllegalArgumentException}.
     */
    public static List<List<String>> parse(String text, char delimiter, int limit) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int i = text.startsWith(BOM) ? 1 : 0;
        for (; i < text.length() && records.size() < limit; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                cellStarted = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if ((cellStarted || !cell.isEmpty() || !record.isEmpty()) && records.size() < limit) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** One record, cells quoted where they must be; ends with CRLF as RFC 4180 asks. */
    public static String line(List<String> cells, char delimiter) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(field(cells.get(i) == null ? "" : cells.get(i), delimiter));
        }
        return out.append("\r\n").toString();
    }

    /** One field (RFC 4180): quoted when it holds the delimiter, a quote or a line break. */
    public static String field(String text, char delimiter) {
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
