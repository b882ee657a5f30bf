package de.bund.partnerschaftsmonitor.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A part of a text with the ranges a search matched, relative to {@code text}. Offsets, never markup: clients mark the
 * ranges themselves, so a stored text can never inject HTML.
 */
@Serdeable
public record Snippet(String text, List<Mark> marks) {

    /** A matched range {@code [start, end)} in UTF-16 code units. */
    @Serdeable
    public record Mark(int start, int end) {
    }
}
