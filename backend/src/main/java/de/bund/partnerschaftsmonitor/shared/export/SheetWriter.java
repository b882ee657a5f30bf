package de.bund.partnerschaftsmonitor.shared.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table row by row to the response as it goes. Values arrive resolved: {@code String} (already
 * neutralised), {@code Number}, {@code LocalDate}, {@code LocalDateTime} or {@code null}.
 */
interface SheetWriter extends AutoCloseable {

    void header(List<String> labels) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Completes the file; {@link #close()} alone only releases resources. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
