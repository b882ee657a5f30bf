package de.bund.partnerschaftsmonitor.brief;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a country's brief says before it is fitted onto the page: every list complete, every text in the brief's
 * language. Built from the country scorecard, so the numbers are the scorecard's.
 */
record BriefContent(String iso2, String country, String profile, @Nullable Double score, double coverage,
                    List<Criterion> criteria, List<String> gaps, List<String> redFlags, List<Deadline> deadlines,
                    List<Instrument> inForce, List<Instrument> other, @Nullable LocalDate evidenceAsOf, @Nullable Instant dataAsOf,
                    Marking marking, String scorecardUrl) {

    /** What the header, footer and watermark say: classified evidence included, unapproved ratings included. */
    record Marking(boolean classified, boolean draft, boolean includesDrafts) {

        static Marking any(List<Marking> markings) {
            return new Marking(markings.stream().anyMatch(Marking::classified), markings.stream().anyMatch(Marking::draft),
                    markings.stream().anyMatch(Marking::includesDrafts));
        }
    }

    /** A criterion's best level; {@code source} is the footnote text of its evidence. */
    record Criterion(String code, String name, boolean core, String level, @Nullable String instrument, @Nullable String source) {
    }

    record Instrument(String title, String kind, String status, String score, @Nullable String source) {
    }

    record Deadline(String date, String kind, String instrument, boolean overdue) {
    }

    boolean hasInstruments() {
        return !inForce.isEmpty() || !other.isEmpty();
    }
}
