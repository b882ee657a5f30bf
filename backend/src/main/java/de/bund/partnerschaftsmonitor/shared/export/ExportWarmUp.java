package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.warmup.WarmUp;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes a two-row table as XLSX (POI's streaming writer) and CSV in both languages, through the exports' own path. */
@Singleton
class ExportWarmUp implements WarmUp {

    private static final ExportTable<Object[]> TABLE = ExportTable.of("agreements",
            Column.number("field.agreement.id", r -> r[0]),
            Column.text("field.agreement.titleDe", r -> r[1]),
            Column.text("field.agreement.status", r -> r[2]),
            Column.date("field.agreement.dateSigned", r -> r[3]),
            Column.dateTime("field.agreement.updatedAt", r -> r[4]));
    private static final List<Object[]> ROWS = List.of(
            new Object[] {1L, "Probe Ä", Word.of("agreementStatus", "IN_FORCE"), LocalDate.of(2025, 3, 1), Instant.EPOCH},
            new Object[] {2L, "=Probe", null, null, null});

    @Override
    public String name() {
        return "XLSX/CSV export";
    }

    @Override
    public void run() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                try (SheetWriter writer = Exporter.writer(format, OutputStream.nullOutputStream(), "warm-up", locale)) {
                    Exporter.write(writer, TABLE, Rows.of(ROWS), ROWS, locale);
                    writer.finish();
                }
            }
        }
    }
}
