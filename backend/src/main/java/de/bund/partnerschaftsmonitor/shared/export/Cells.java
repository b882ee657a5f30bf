package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.web.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a column's raw value into what a cell holds: words instead of codes, dates as dates, safe text. */
final class Cells {

    private Cells() {
    }

    static Object resolve(Object raw, Column.CellType type, Locale locale) {
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case NUMBER -> raw instanceof Number ? raw : null;
            case DATE -> raw instanceof LocalDate ? raw : null;
            case DATETIME -> raw instanceof Instant i ? LocalDateTime.ofInstant(i, Exporter.ZONE) : null;
            case TEXT -> CellText.neutralise(text(raw, locale));
        };
    }

    static String text(Object raw, Locale locale) {
        if (raw instanceof Collection<?> items) {
            return items.stream().map(i -> text(i, locale)).collect(Collectors.joining(", "));
        }
        if (raw instanceof Enum<?> e) {
            return Words.word(e, locale);
        }
        if (raw instanceof Localized l) {
            return l.text().apply(locale);
        }
        if (raw instanceof Word w) {
            return Words.word(w.group(), w.code(), locale);
        }
        if (raw instanceof Bilingual b) {
            String preferred = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? b.en() : b.de();
            return preferred == null || preferred.isBlank() ? (b.de() == null ? (b.en() == null ? "" : b.en()) : b.de()) : preferred;
        }
        if (raw instanceof Boolean b) {
            return Messages.text(b ? "value.boolean.true" : "value.boolean.false", locale);
        }
        return raw.toString();
    }
}
