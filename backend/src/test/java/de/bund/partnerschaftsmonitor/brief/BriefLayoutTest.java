package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.brief.BriefContent.Criterion;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Instrument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page budget and the deadlines, without the application: pure functions. */
class BriefLayoutTest {

    private static BriefLayout.Section section(int entries, int cost, int min) {
        return new BriefLayout.Section("s", Collections.nCopies(entries, cost), min);
    }

    @Test
    void shouldShowEverythingWhenItFits() {
        BriefLayout.Fit fit = BriefLayout.fit(20, List.of(section(4, 1, 2), section(3, 2, 1)));
        assertThat(fit.shown()).containsExactly(4, 3);
        assertThat(fit.lines()).isEqualTo(10);
    }

    @Test
    void shouldCutLongListsAndCountTheLineThatSaysHowManyMore() {
        // 10 lines: first list keeps its minimum of 2 and grows in turn with the second; each cut list costs one line more.
        BriefLayout.Fit fit = BriefLayout.fit(10, List.of(section(20, 1, 2), section(20, 1, 2)));
        assertThat(fit.shown()).containsExactly(4, 4);
        assertThat(fit.lines()).isEqualTo(10);
    }

    @Test
    void shouldGiveLaterMinimumsWayWhenEvenTheyDoNotFit() {
        BriefLayout.Fit fit = BriefLayout.fit(5, List.of(section(4, 1, 4), section(5, 1, 3)));
        assertThat(fit.shown()).containsExactly(4, 0);
        assertThat(fit.lines()).isEqualTo(5);
    }

    @Test
    void shouldNeverExceedTheBudget() {
        // From the three "… and N more" lines on, which the three lists take at least.
        for (int lines = 3; lines < 40; lines++) {
            BriefLayout.Fit fit = BriefLayout.fit(lines, List.of(section(7, 2, 3), section(30, 1, 3), section(9, 3, 2)));
            assertThat(fit.lines()).as("budget %d", lines).isLessThanOrEqualTo(lines);
        }
    }

    @Test
    void shouldLetAListThatFitsExactlyDropItsMoreLine() {
        // 3 entries of 1 line: showing all three takes 3 lines, showing two takes 2 + 1 ("… and 1 more").
        assertThat(BriefLayout.fit(3, List.of(section(3, 1, 0))).shown()).containsExactly(3);
    }

    @Test
    void shouldClipAtAWordAndKeepBothEndsOfAnAddress() {
        assertThat(BriefLayout.clip("Abkommen über die Zusammenarbeit im Bereich Migration", 30)).isEqualTo("Abkommen über die…");
        assertThat(BriefLayout.clip("kurz", 30)).isEqualTo("kurz");
        String url = "https://www.example.org/" + "a".repeat(200) + "/abkommen.pdf";
        String clipped = BriefLayout.clipUrl(url, 60);
        assertThat(clipped).hasSize(60).startsWith("https://www.example.org/").endsWith("abkommen.pdf").contains("…");
        assertThat(BriefLayout.lines("x".repeat(105), 105)).isEqualTo(1);
        assertThat(BriefLayout.lines("x".repeat(106), 105)).isEqualTo(2);
    }

    @Test
    void shouldListReviewsAlsoWhenOverdueAndEndDatesAheadInDateOrder() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<BriefDeadlines.Deadline> next = BriefDeadlines.next(List.of(
                new BriefDeadlines.Dates(1, "A", "IN_FORCE", LocalDate.of(2027, 3, 1), LocalDate.of(2026, 6, 30)),
                new BriefDeadlines.Dates(2, "B", "IN_FORCE", LocalDate.of(2026, 10, 1), LocalDate.of(2028, 1, 1)),
                new BriefDeadlines.Dates(3, "C", "EXPIRED", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                new BriefDeadlines.Dates(4, "D", "NEGOTIATING", null, null)), today);
        assertThat(next).extracting(BriefDeadlines.Deadline::agreementId, BriefDeadlines.Deadline::kind, BriefDeadlines.Deadline::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, BriefDeadlines.Kind.REVIEW, true),
                        org.assertj.core.groups.Tuple.tuple(1L, BriefDeadlines.Kind.REVIEW, false),
                        org.assertj.core.groups.Tuple.tuple(2L, BriefDeadlines.Kind.END, false));
    }

    @Test
    void shouldGiveEveryMarkerItsNoteAndEveryNoteItsEntryAtEveryHeight() {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            criteria.add(new Criterion("C" + i, "Kriterium " + i, i < 4, "2 von 3", "Abkommen " + i, "Quelle " + i + " " + "x".repeat(200)));
        }
        List<Instrument> instruments = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            instruments.add(new Instrument("Instrument " + i + " " + "y".repeat(150), "Vertrag", "In Kraft", "50", "https://example.org/" + i));
        }
        BriefContent content = BriefComposer.clipped(new BriefContent("XX", "Land", "Ausgewogen", 50.0, 0.5, criteria, List.of("Kriterium 5"),
                List.of(), List.of(), instruments, instruments, null, null, new BriefContent.Marking(false, false, false), "http://x/"));
        BriefComposer.CountryPage page = BriefComposer.country(content, BriefComposer.PAGE);

        assertThat(page.criteria()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.inForceMore()).isPositive();
        assertThat(page.otherMore()).isPositive();
        // At every height: each marker has its note on the page, and each note on the page belongs to an entry shown.
        for (int units = 600; units <= BriefComposer.PAGE; units += 100) {
            BriefComposer.CountryPage p = BriefComposer.country(content, units);
            int kept = p.footnotes().shown().size();
            java.util.Set<Integer> markers = new java.util.TreeSet<>();
            p.criteria().forEach(n -> { if (n.note() != null) markers.add(n.note()); });
            p.inForce().forEach(n -> { if (n.note() != null) markers.add(n.note()); });
            p.other().forEach(n -> { if (n.note() != null) markers.add(n.note()); });
            assertThat(markers).as("height %d", units).allSatisfy(m -> assertThat(m).isBetween(1, kept));
            assertThat(markers).as("height %d", units).hasSize(kept);
        }
        assertThat(page.footnotes().shown()).isNotEmpty();
        // A page with fewer lines shows fewer entries, never more.
        BriefComposer.CountryPage smaller = BriefComposer.country(content, BriefComposer.PAGE - 300);
        assertThat(smaller.inForce().size() + smaller.other().size() + smaller.criteria().size())
                .isLessThan(page.inForce().size() + page.other().size() + page.criteria().size());
    }
}
