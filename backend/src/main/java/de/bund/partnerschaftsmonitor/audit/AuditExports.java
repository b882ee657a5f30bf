package de.bund.partnerschaftsmonitor.audit;

import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;
import de.bund.partnerschaftsmonitor.shared.export.Word;

import java.util.Map;
import java.util.stream.Collectors;

/** The audit log and an instrument's history as files: both show audit entries, with the screens' headings. */
public final class AuditExports {

    public static final ExportTable<AuditService.Entry> HISTORY = ExportTable.of("history",
            Column.dateTime("field.history.occurredAt", AuditService.Entry::occurredAt),
            Column.text("field.history.actor", AuditService.Entry::actor),
            Column.text("field.history.action", e -> Word.of("action", e.action())),
            Column.text("field.history.changes", e -> changes(e.changes())));

    static final ExportTable<AuditService.Entry> LOG = ExportTable.of("audit",
            Column.dateTime("field.audit.occurredAt", AuditService.Entry::occurredAt),
            Column.text("field.audit.actor", AuditService.Entry::actor),
            Column.text("field.audit.action", e -> Word.of("action", e.action())),
            Column.text("field.audit.entity", e -> Word.of("entityType", e.entityType())),
            Column.text("field.audit.entityId", AuditService.Entry::entityId),
            Column.text("field.audit.changes", e -> changes(e.changes())));

    private AuditExports() {
    }

    /** {@code field: old → new}, one change after the other, as the screens list them. */
    static String changes(Map<String, AuditService.Change> changes) {
        return changes.entrySet().stream()
                .map(c -> c.getKey() + ": " + value(c.getValue().old()) + " → " + value(c.getValue().value()))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
