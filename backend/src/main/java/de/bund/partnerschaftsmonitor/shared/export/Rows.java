package de.bund.partnerschaftsmonitor.shared.export;

import java.util.List;

/**
 * Where an export's rows come from, one page at a time, so that a large table never sits in memory whole. Sources
 * call the same service method as the JSON list, so the filters, the sort and the reader's rights are the screen's.
 */
@FunctionalInterface
public interface Rows<T> {

    /** Page {@code number} (from 0) of {@code size} rows; a shorter page is the last. */
    List<T> page(int number, int size);

    /** A table that is one unpaged list already (countries, the ranking, a scorecard). */
    static <T> Rows<T> of(List<T> all) {
        return (number, size) -> number == 0 ? all : List.of();
    }
}
