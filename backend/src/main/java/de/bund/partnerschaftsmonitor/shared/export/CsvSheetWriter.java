package de.bund.partnerschaftsmonitor.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * UTF-8 with a byte-order mark (so Excel reads umlauts), CRLF line ends (RFC 4180). German files are separated by
 * {@code ;} with a decimal comma, as German Excel expects; English ones by {@code ,} with a decimal point. Dates are
 * ISO 8601 ({@code 2026-12-01}, {@code 2026-12-01 14:30}), which Excel reads as dates in both languages.
 */
final class CsvSheetWriter implements SheetWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;
    private final char separator;
    private final DecimalFormat numbers;

    CsvSheetWriter(OutputStream stream, Locale locale) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        this.separator = separator(locale);
        this.numbers = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        out.write('\uFEFF');
    }

    static char separator(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
    }

    @Override
    public void header(List<String> labels) throws IOException {
        line(List.copyOf(labels));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line(values);
    }

    private void line(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(CellText.csvField(format(values.get(i)), separator));
        }
        out.write("\r\n");
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n instanceof Long || n instanceof Integer ? n.toString() : numbers.format(n.doubleValue());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        return value.toString();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
