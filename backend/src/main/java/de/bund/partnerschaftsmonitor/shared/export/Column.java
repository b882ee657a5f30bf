package de.bund.partnerschaftsmonitor.shared.export;

import java.util.function.Function;

/**
 * One column of an exported table: the message key of its heading (the same words as the screen's heading), how to
 * read its value from a row, and what kind of cell it is.
 *
 * <p>Values: {@code null} is an empty cell; an enum or a {@link Word} becomes its word in the user's language
 * ({@code value.<group>.<CODE>}); a collection becomes its items joined by ", "; a boolean becomes Ja/Nein.
 */
public record Column<T>(String labelKey, Function<T, Object> value, CellType type) {

    public enum CellType { TEXT, NUMBER, DATE, DATETIME }

    public static <T> Column<T> text(String labelKey, Function<T, Object> value) {
        return new Column<>(labelKey, value, CellType.TEXT);
    }

    public static <T> Column<T> number(String labelKey, Function<T, Object> value) {
        return new Column<>(labelKey, value, CellType.NUMBER);
    }

    /** A {@link java.time.LocalDate}. */
    public static <T> Column<T> date(String labelKey, Function<T, Object> value) {
        return new Column<>(labelKey, value, CellType.DATE);
    }

    /** An {@link java.time.Instant}, shown in German time. */
    public static <T> Column<T> dateTime(String labelKey, Function<T, Object> value) {
        return new Column<>(labelKey, value, CellType.DATETIME);
    }
}
