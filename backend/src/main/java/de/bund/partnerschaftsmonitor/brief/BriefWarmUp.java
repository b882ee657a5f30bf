package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.shared.warmup.WarmUp;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Renders a one-page brief of a made-up country (openhtmltopdf, PDFBox, the embedded fonts) through the briefs' own path. */
@Singleton
class BriefWarmUp implements WarmUp {

    @Override
    public String name() {
        return "PDF brief";
    }

    @Override
    public void run() {
        BriefTexts t = BriefTexts.of("de");
        BriefContent content = BriefComposer.clipped(new BriefContent("XX", "Probeland", "Ausgewogen", 50.0, 0.5,
                List.of(new BriefContent.Criterion("DP-BASE", "Datenschutz", true, "2", "Probeabkommen", "Quelle")),
                List.of("Lücke"), List.of(), List.of(new BriefContent.Deadline("2026-01-01", "Überprüfung", "Probeabkommen", false)),
                List.of(new BriefContent.Instrument("Probeabkommen", "MoU", "In Kraft", "50", "Quelle")), List.of(),
                LocalDate.of(2025, 1, 1), Instant.EPOCH, new BriefContent.Marking(false, false, false), "http://localhost/"));
        BriefPdf.onePage(BriefComposer.PAGE, lines -> BriefHtml.country(BriefComposer.country(content, lines), t, Instant.EPOCH));
    }
}
