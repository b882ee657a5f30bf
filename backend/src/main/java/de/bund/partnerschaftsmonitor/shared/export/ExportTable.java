package de.bund.partnerschaftsmonitor.shared.export;

import java.util.List;

/**
 * What one screen's table exports: {@code name} identifies it in the audit trail and names its file
 * ({@code export.file.<name>}, e.g. "instrumente"), and its columns in the screen's order.
 */
public record ExportTable<T>(String name, List<Column<T>> columns) {

    @SafeVarargs
    public static <T> ExportTable<T> of(String name, Column<T>... columns) {
        return new ExportTable<>(name, List.of(columns));
    }
}
