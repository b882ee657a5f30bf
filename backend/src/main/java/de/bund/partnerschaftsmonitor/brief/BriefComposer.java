package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.brief.BriefContent.Criterion;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Deadline;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Instrument;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fits a brief's content onto one page with {@link BriefLayout}: what each list shows, what it leaves out, and the
 * numbered footnotes of what is shown (a footnote that does not fit leaves its entry without a marker, never a marker
 * without its note). Widths are in characters of the page's 9 pt condensed type; the renderer's page check backs them.
 */
final class BriefComposer {

    /**
     * The first height budget in tenths of a millimetre: A4's 261 mm between the page margins and a little more, since
     * the estimate below errs on the generous side; the renderer asks with less until the page does not overflow.
     */
    static final int PAGE = 2800;

    /** Characters per line: full width, and the columns of the tables. */
    static final int FULL = 105;
    static final int FOOTNOTE = 125;
    static final int CRITERION_NAME = 38;
    static final int CRITERION_INSTRUMENT = 48;
    static final int INSTRUMENT_TITLE = 64;
    static final int DEADLINE_INSTRUMENT = 60;
    static final int GAP_NAMES_PER_LINE = 3;

    // Heights in tenths of a millimetre, from the style sheet in BriefHtml (9 pt type, line height 1.25).
    private static final double LINE = 39.7;
    private static final double SMALL_LINE = 35.3;
    private static final int TITLE_BLOCK = 180;
    private static final int FIGURES = 145;
    private static final int HEADING = 92;
    private static final int TABLE_HEAD = 48;
    private static final int PARAGRAPH = 50;
    private static final int POINTER = 58;

    /** A table row of {@code lines} lines: padding and rule included; a footnote marker raises the line a little. */
    static int row(int lines, boolean marker) {
        return (int) Math.ceil(lines * LINE + 12 + (marker ? 5 : 0));
    }

    static int textLines(int lines) {
        return (int) Math.ceil(lines * LINE);
    }

    static int footnoteLines(int lines) {
        return (int) Math.ceil(lines * SMALL_LINE + 3);
    }

    private BriefComposer() {
    }

    /** A list as shown: its first entries and how many more there are. */
    record Cut<T>(List<T> shown, int more) {

        static <T> Cut<T> of(List<T> all, int shown) {
            return new Cut<>(List.copyOf(all.subList(0, shown)), all.size() - shown);
        }
    }

    /** An entry with the number of its footnote, if it has one on the page. */
    record Noted<T>(T item, @Nullable Integer note) {
    }

    record CountryPage(BriefContent content, List<Noted<Criterion>> criteria, int criteriaMore, Cut<String> redFlags,
                       Cut<String> gaps, Cut<Deadline> deadlines, List<Noted<Instrument>> inForce, int inForceMore,
                       List<Noted<Instrument>> other, int otherMore, Cut<String> footnotes) {
    }

    /** Clips the texts that could run over many lines: titles to two lines of their column, footnotes to two lines. */
    static BriefContent clipped(BriefContent c) {
        Function<String, String> title = t -> BriefLayout.clip(t, 2 * INSTRUMENT_TITLE);
        return new BriefContent(c.iso2(), c.country(), c.profile(), c.score(), c.coverage(),
                c.criteria().stream().map(x -> new Criterion(x.code(), BriefLayout.clip(x.name(), 2 * CRITERION_NAME), x.core(), x.level(),
                        x.instrument() == null ? null : BriefLayout.clip(x.instrument(), 2 * CRITERION_INSTRUMENT - 6),
                        x.source() == null ? null : BriefLayout.clip(x.source(), 2 * FOOTNOTE - 8))).toList(),
                c.gaps().stream().map(g -> BriefLayout.clip(g, 60)).toList(),
                c.redFlags().stream().map(f -> BriefLayout.clip(f, 2 * FULL)).toList(),
                c.deadlines().stream().map(d -> new Deadline(d.date(), d.kind(), BriefLayout.clip(d.instrument(), DEADLINE_INSTRUMENT), d.overdue())).toList(),
                c.inForce().stream().map(i -> instrument(i, title)).toList(), c.other().stream().map(i -> instrument(i, title)).toList(),
                c.evidenceAsOf(), c.dataAsOf(), c.marking(), c.scorecardUrl());
    }

    private static Instrument instrument(Instrument i, Function<String, String> title) {
        return new Instrument(title.apply(i.title()), i.kind(), i.status(), i.score(),
                i.source() == null ? null : BriefLayout.clip(i.source(), 2 * FOOTNOTE - 8));
    }

    /** The country's page for a budget of {@code units} (tenths of a millimetre); the content must have been {@link #clipped}. */
    static CountryPage country(BriefContent c, int units) {
        int lines = units;
        int fixed = TITLE_BLOCK + FIGURES + POINTER
                + HEADING + (c.redFlags().isEmpty() ? PARAGRAPH : 0)
                + HEADING + TABLE_HEAD
                + HEADING + (c.gaps().isEmpty() ? PARAGRAPH : 10)
                + HEADING + (c.deadlines().isEmpty() ? PARAGRAPH : TABLE_HEAD)
                + HEADING + (c.inForce().isEmpty() ? PARAGRAPH : TABLE_HEAD)
                + HEADING + (c.other().isEmpty() ? PARAGRAPH : TABLE_HEAD)
                + HEADING;
        // An entry that cites a source first also pays for its footnote, so that what is shown has room for its notes.
        java.util.Set<String> cited = new java.util.HashSet<>();
        Function<String, Integer> note = source -> source != null && cited.add(source) ? footnoteLines(BriefLayout.lines(source, FOOTNOTE)) : 0;
        List<Integer> criterionCosts = costs(c.criteria(), x -> criterionRow(x) + note.apply(x.source()));
        List<Integer> inForceCosts = costs(c.inForce(), i -> instrumentRow(i) + note.apply(i.source()));
        List<Integer> otherCosts = costs(c.other(), i -> instrumentRow(i) + note.apply(i.source()));
        List<BriefLayout.Section> sections = List.of(
                new BriefLayout.Section("redFlags", costs(c.redFlags(), f -> textLines(BriefLayout.lines(f, FULL))), 3, textLines(1)),
                new BriefLayout.Section("criteria", criterionCosts, (int) c.criteria().stream().filter(Criterion::core).count(), row(1, false)),
                new BriefLayout.Section("gaps", gapCosts(c.gaps().size()), c.gaps().size(), 0),
                new BriefLayout.Section("deadlines", costs(c.deadlines(), d -> row(1, false)), 3, row(1, false)),
                new BriefLayout.Section("inForce", inForceCosts, 3, row(1, false)),
                new BriefLayout.Section("other", otherCosts, 2, row(1, false)));
        BriefLayout.Fit fit = BriefLayout.fit(Math.max(0, lines - fixed), sections);

        List<Criterion> criteria = c.criteria().subList(0, fit.shown(1));
        List<Instrument> inForce = c.inForce().subList(0, fit.shown(4));
        List<Instrument> other = c.other().subList(0, fit.shown(5));
        // Footnotes of what is shown, in reading order, one number per distinct source.
        Map<String, Integer> numbers = new LinkedHashMap<>();
        criteria.forEach(x -> number(numbers, x.source()));
        inForce.forEach(i -> number(numbers, i.source()));
        other.forEach(i -> number(numbers, i.source()));
        List<String> notes = List.copyOf(numbers.keySet());
        // The notes were paid for with their entries; what the fit left over is added for the "… and N more sources" line.
        int left = Math.max(0, lines - fixed - fit.lines() + notes.stream().mapToInt(n -> footnoteLines(BriefLayout.lines(n, FOOTNOTE))).sum());
        int keep = BriefLayout.fit(left, List.of(new BriefLayout.Section("sources",
                costs(notes, n -> footnoteLines(BriefLayout.lines(n, FOOTNOTE))), 0, footnoteLines(1)))).shown(0);
        Cut<String> footnotes = Cut.of(notes, keep);

        return new CountryPage(c, noted(criteria, Criterion::source, numbers, keep), c.criteria().size() - criteria.size(),
                Cut.of(c.redFlags(), fit.shown(0)), Cut.of(c.gaps(), fit.shown(2)), Cut.of(c.deadlines(), fit.shown(3)),
                noted(inForce, Instrument::source, numbers, keep), c.inForce().size() - inForce.size(),
                noted(other, Instrument::source, numbers, keep), c.other().size() - other.size(), footnotes);
    }

    /** The comparison's criterion rows for a budget of {@code units}: all when they fit, else the core ones first. */
    static int comparisonCriteria(List<BriefContent> countries, int units) {
        BriefContent first = countries.get(0);
        int columns = countries.size();
        int width = (FULL - CRITERION_NAME) / columns;
        List<Integer> costs = new ArrayList<>();
        for (int i = 0; i < first.criteria().size(); i++) {
            int lines = BriefLayout.lines(first.criteria().get(i).name(), CRITERION_NAME);
            for (BriefContent c : countries) {
                Criterion x = c.criteria().get(i);
                lines = Math.max(lines, 1 + (x.instrument() == null ? 0 : BriefLayout.lines(x.instrument(), width)));
            }
            costs.add(row(lines, false));
        }
        // Title, the overview's eight rows (two lines at most each), both tables' heads, one pointer per country and one more.
        int fixed = TITLE_BLOCK + 2 * HEADING + 2 * TABLE_HEAD + 8 * row(2, false) + POINTER * (columns + 1);
        int core = (int) first.criteria().stream().filter(Criterion::core).count();
        return BriefLayout.fit(Math.max(0, units - fixed), List.of(new BriefLayout.Section("criteria", costs, core, row(1, false)))).shown(0);
    }

    /** Clips the comparison's cells to their narrower columns. */
    static BriefContent clippedForComparison(BriefContent c, int columns) {
        int width = (FULL - CRITERION_NAME) / columns;
        return new BriefContent(c.iso2(), c.country(), c.profile(), c.score(), c.coverage(),
                c.criteria().stream().map(x -> new Criterion(x.code(), BriefLayout.clip(x.name(), 2 * CRITERION_NAME), x.core(), x.level(),
                        x.instrument() == null ? null : BriefLayout.clip(x.instrument(), 2 * width - 2), x.source())).toList(),
                c.gaps(), c.redFlags(), c.deadlines().stream().map(d -> new Deadline(d.date(), d.kind(),
                        BriefLayout.clip(d.instrument(), 2 * width - 2), d.overdue())).toList(),
                c.inForce(), c.other(), c.evidenceAsOf(), c.dataAsOf(), c.marking(), c.scorecardUrl());
    }

    private static int criterionRow(Criterion x) {
        int lines = Math.max(BriefLayout.lines(x.name() + (x.core() ? " [Kern]" : ""), CRITERION_NAME),
                x.instrument() == null ? 1 : BriefLayout.lines(x.instrument() + " 00", CRITERION_INSTRUMENT));
        return row(lines, x.source() != null);
    }

    private static int instrumentRow(Instrument i) {
        return row(BriefLayout.lines(i.title() + " 00", INSTRUMENT_TITLE), i.source() != null);
    }

    private static List<Integer> gapCosts(int n) {
        List<Integer> costs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            costs.add(i % GAP_NAMES_PER_LINE == 0 ? textLines(1) : 0);
        }
        return costs;
    }

    private static <T> List<Integer> costs(List<T> items, Function<T, Integer> cost) {
        return items.stream().map(cost).toList();
    }

    private static void number(Map<String, Integer> numbers, @Nullable String source) {
        if (source != null && !numbers.containsKey(source)) {
            numbers.put(source, numbers.size() + 1);
        }
    }

    private static <T> List<Noted<T>> noted(List<T> items, Function<T, String> source, Map<String, Integer> numbers, int kept) {
        return items.stream().map(i -> {
            Integer n = source.apply(i) == null ? null : numbers.get(source.apply(i));
            return new Noted<>(i, n != null && n <= kept ? n : null);
        }).toList();
    }
}
