package de.bund.partnerschaftsmonitor.audit;

import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;
import de.bund.partnerschaftsmonitor.shared.export.Word;

import de.bund.partnerschaftsmonitor.shared.export.Localized;
import de.bund.partnerschaftsmonitor.shared.export.Words;
import de.bund.partnerschaftsmonitor.shared.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The audit log and an instrument's history as files: both show audit entries, with the screens' headings. */
public final class AuditExports {

    public static final ExportTable<AuditService.Entry> HISTORY = ExportTable.of("history",
            Column.dateTime("field.history.occurredAt", AuditService.Entry::occurredAt),
            Column.text("field.history.actor", AuditService.Entry::actor),
            Column.text("field.history.action", e -> Word.of("action", e.action())),
            Column.text("field.history.changes", AuditExports::changes));

    static final ExportTable<AuditService.Entry> LOG = ExportTable.of("audit",
            Column.dateTime("field.audit.occurredAt", AuditService.Entry::occurredAt),
            Column.text("field.audit.actor", AuditService.Entry::actor),
            Column.text("field.audit.action", e -> Word.of("action", e.action())),
            Column.text("field.audit.entity", e -> Word.of("entityType", e.entityType())),
            Column.text("field.audit.entityId", AuditService.Entry::entityId),
            Column.text("field.audit.changes", AuditExports::changes));

    private AuditExports() {
    }

    /** The value groups of enum-valued audited fields, as in {@code value.<group>.<CODE>}. */
    private static final Map<String, String> ENUMS = Map.of("type", "agreementType", "partyLevel", "partyLevel",
            "components", "component", "confidence", "confidence");
    private static final Map<String, String> STATUS = Map.of("agreement", "agreementStatus", "assessment", "ratingStatus");

    /** {@code field: old → new}, one change after the other, in words as the screens list them (labels, values, dates). */
    static Localized changes(AuditService.Entry entry) {
        return new Localized(locale -> entry.changes().entrySet().stream()
                .map(c -> label(entry.entityType(), c.getKey(), locale) + ": " + value(entry.entityType(), c.getKey(), c.getValue().old(), locale)
                        + " → " + value(entry.entityType(), c.getKey(), c.getValue().value(), locale))
                .collect(Collectors.joining("; ")));
    }

    /** The screen's label where the files have one ({@code field.<entityType>.<field>}), else the field's name. */
    private static String label(String entityType, String field, Locale locale) {
        for (String key : List.of("field." + entityType + "." + field, "field.review." + field)) {
            if (Messages.exists(key)) {
                return Messages.text(key, locale);
            }
        }
        return field;
    }

    private static String value(String entityType, String field, Object value, Locale locale) {
        if (value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return "–";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(i -> value(entityType, field, i, locale)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + ": " + value(entityType, String.valueOf(e.getKey()), e.getValue(), locale))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return Messages.text(b ? "value.boolean.true" : "value.boolean.false", locale);
        }
        String text = String.valueOf(value);
        String group = "status".equals(field) ? STATUS.get(entityType) : ENUMS.get(field);
        if (group != null) {
            return Words.word(group, text, locale);
        }
        if (DATE.matcher(text).matches()) {
            return LocalDate.parse(text).format(DateTimeFormatter.ofPattern(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "dd/MM/yyyy" : "dd.MM.yyyy"));
        }
        return text;
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
}
