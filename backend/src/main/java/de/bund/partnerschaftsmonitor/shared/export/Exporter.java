package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * The one export mechanism behind every table: writes a table's rows as CSV or XLSX to the response while it reads
 * them page by page, names the file after the table and the day, and records the export in the audit trail.
 */
@Singleton
public class Exporter {

    /** Rows read per query: few round trips, little memory. */
    static final int CHUNK = 500;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Logger LOG = LoggerFactory.getLogger(Exporter.class);
    private static final List<String> NOT_FILTERS = List.of("format", "lang");

    private final AuditService audit;
    private final ExecutorService executor;

    Exporter(AuditService audit, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.audit = audit;
        this.executor = executor;
    }

    /**
     * Answers a list request: with the JSON body from {@code json}, or, when {@code ?format=} or {@code Accept} asks
     * for a file, with the whole list as CSV or XLSX. The controller method stays the one route of its list, so its
     * binding, validation and access rule are the export's too.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <B, T> MutableHttpResponse<B> answer(HttpRequest<?> request, @Nullable String format, Supplier<B> json, ExportTable<T> table,
                                         Rows<T> rows) {
        return answer(request, format, json, () -> table, rows);
    }

    /** The same for a table made per request (e.g. with the catalogue's criterion names): made only when a file is asked for. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <B, T> MutableHttpResponse<B> answer(HttpRequest<?> request, @Nullable String format, Supplier<B> json,
                                                Supplier<ExportTable<T>> table, Rows<T> rows) {
        Optional<ExportFormat> file = ExportFormat.wanted(format, request);
        if (file.isEmpty()) {
            return HttpResponse.ok(json.get());
        }
        return (MutableHttpResponse) export(request, file.get(), table.get(), rows);
    }

    /**
     * Answers the export. The first page is read before the answer starts, so bad filters still get a problem;
     * the rest streams from another thread through a pipe.
     */
    private <T> MutableHttpResponse<StreamedFile> export(HttpRequest<?> request, ExportFormat chosen, ExportTable<T> table, Rows<T> rows) {
        Locale locale = locale(request);
        List<T> first = rows.page(0, CHUNK);
        String actor = Actors.name(request.getUserPrincipal().orElse(null));
        String filters = filters(request);
        String fileStem = Messages.text("export.file." + table.name(), locale);
        PipedInputStream in = new PipedInputStream(64 * 1024);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor.execute(() -> {
            long count = 0;
            boolean complete = false;
            try (SheetWriter writer = writer(chosen, out, fileStem, locale)) {
                count = write(writer, table, rows, first, locale);
                writer.finish();
                complete = true;
            } catch (IOException | RuntimeException e) {
                // The reader went away or a later page failed: the file ends early, the trail says so.
                LOG.warn("Export of {} ended early: {}", table.name(), e.toString());
            } finally {
                recordQuietly(actor, table.name(), chosen, filters, count, complete);
            }
        });
        String fileName = fileStem + "-" + LocalDate.now(ZONE) + "." + chosen.extension();
        return HttpResponse.ok(new StreamedFile(in, chosen.mediaType()))
                .contentType(chosen == ExportFormat.CSV ? chosen.mediaType() + ";charset=UTF-8" : chosen.mediaType().toString())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }

    /** Writes the header and every page; returns the number of rows. */
    static <T> long write(SheetWriter writer, ExportTable<T> table, Rows<T> rows, List<T> first, Locale locale) throws IOException {
        writer.header(table.columns().stream().map(c -> Messages.text(c.labelKey(), locale)).toList());
        long count = 0;
        List<T> page = first;
        int number = 0;
        while (true) {
            for (T row : page) {
                List<Object> values = new ArrayList<>(table.columns().size());
                for (Column<T> column : table.columns()) {
                    values.add(Cells.resolve(column.value().apply(row), column.type(), locale));
                }
                writer.row(values);
                count++;
            }
            if (page.size() < CHUNK) {
                return count;
            }
            page = rows.page(++number, CHUNK);
        }
    }

    static SheetWriter writer(ExportFormat format, OutputStream out, String sheetName, Locale locale) throws IOException {
        return format == ExportFormat.CSV ? new CsvSheetWriter(out, locale) : new XlsxSheetWriter(out, sheetName, locale);
    }

    private void recordQuietly(String actor, String table, ExportFormat format, String filters, long count, boolean complete) {
        try {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("format", format.extension());
            details.put("filters", filters);
            details.put("rows", count);
            details.put("complete", complete);
            audit.recordRead(actor, "EXPORT", "export", table, details);
        } catch (RuntimeException e) {
            LOG.error("Could not record the export of {} by {} in the audit trail", table, actor, e);
        }
    }

    /** {@code lang=de|en} (links) before {@code Accept-Language}; German otherwise. */
    static Locale locale(HttpRequest<?> request) {
        String lang = request.getParameters().get("lang");
        if ("en".equalsIgnoreCase(lang)) {
            return Locale.ENGLISH;
        }
        if ("de".equalsIgnoreCase(lang)) {
            return Locale.GERMAN;
        }
        return Messages.locale(request);
    }

    /** The list the export reproduces: its path and the query without format and language. */
    private static String filters(HttpRequest<?> request) {
        String path = request.getPath();
        String query = request.getParameters().asMap().entrySet().stream()
                .filter(e -> !NOT_FILTERS.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + String.join(",", (Collection<String>) e.getValue()))
                .sorted()
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
