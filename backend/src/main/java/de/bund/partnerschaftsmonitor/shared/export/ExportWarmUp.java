package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.warmup.WarmUp;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Writes a 2,000-row table as XLSX (POI's streaming writer) and CSV in both languages, through the exports' own path. */
@Singleton
class ExportWarmUp implements WarmUp {

    private static final ExportTable<Object[]> TABLE = ExportTable.of("agreements",
            Column.number("field.agreement.id", r -> r[0]),
            Column.text("field.agreement.titleDe", r -> r[1]),
            Column.text("field.agreement.status", r -> r[2]),
            Column.date("field.agreement.dateSigned", r -> r[3]),
            Column.dateTime("field.agreement.updatedAt", r -> r[4]));
    /** Four pages: enough for the JIT to compile the row loop and POI's cell writing, not only to load the classes. */
    private static final List<Object[]> ROWS = IntStream.range(0, 4 * Exporter.CHUNK)
            .mapToObj(i -> i % 2 == 0
                    ? new Object[] {(long) i, "Probe Ä " + i, Word.of("agreementStatus", "IN_FORCE"), LocalDate.of(2025, 3, 1), Instant.EPOCH}
                    : new Object[] {(long) i, "=Probe", null, null, null})
            .toList();

    @Override
    public String name() {
        return "XLSX/CSV export";
    }

    @Override
    public void run() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                try (SheetWriter writer = Exporter.writer(format, OutputStream.nullOutputStream(), "warm-up", locale)) {
                    Rows<Object[]> rows = (number, size) -> ROWS.subList(Math.min(number * size, ROWS.size()), Math.min((number + 1) * size, ROWS.size()));
                    Exporter.write(writer, TABLE, rows, rows.page(0, Exporter.CHUNK), locale);
                    writer.finish();
                }
            }
        }
    }
}
