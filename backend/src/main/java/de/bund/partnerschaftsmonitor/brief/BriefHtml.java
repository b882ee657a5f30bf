package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.brief.BriefComposer.CountryPage;
import de.bund.partnerschaftsmonitor.brief.BriefComposer.Cut;
import de.bund.partnerschaftsmonitor.brief.BriefComposer.Noted;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Criterion;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Deadline;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Instrument;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The brief as XHTML for openhtmltopdf: one A4 page, the classification marking in the running header and footer,
 * "Entwurf" across the page when unapproved ratings are included. Structure (headings, tables with header cells,
 * lists, the document's title and language) is what the PDF's tags are made from.
 */
final class BriefHtml {

    static final String CLASSIFIED = "VS – NUR FÜR DEN DIENSTGEBRAUCH";
    static final String OPEN = "OFFEN";

    private BriefHtml() {
    }

    static String marking(BriefContent.Marking m) {
        return m.classified() ? CLASSIFIED : OPEN;
    }

    static String title(BriefTexts t, BriefContent c) {
        return t.t("title") + " " + c.country() + " (" + c.iso2() + ")";
    }

    static String comparisonTitle(BriefTexts t, List<BriefContent> countries) {
        return t.t("compareTitle") + ": " + countries.stream().map(BriefContent::country).collect(Collectors.joining(", "));
    }

    static String country(CountryPage page, BriefTexts t, Instant generatedAt) {
        BriefContent c = page.content();
        StringBuilder b = new StringBuilder();
        open(b, t, title(t, c), c.marking(), generatedAt);
        b.append("<h1>").append(esc(t.t("title"))).append(": ").append(esc(c.country())).append(" <span class=\"iso\">(")
                .append(esc(c.iso2())).append(")</span></h1>\n");
        meta(b, t, c, generatedAt);

        b.append("<table class=\"figures\"><tr>");
        figure(b, c.score() == null ? t.t("notAssessed") : t.score(c.score()), c.score() == null ? "" : t.t("ofHundred"), t.t("score"));
        figure(b, t.percent(c.coverage()), "", t.t("coverage"));
        figure(b, String.valueOf(c.inForce().size()), "", t.t("inForceCount"));
        figure(b, String.valueOf(c.redFlags().size()), "", t.t("redFlagCount"));
        b.append("</tr></table>\n");

        h2(b, t.t("redFlags"));
        list(b, page.redFlags(), t, t.t("noRedFlags"), "flags");

        h2(b, t.t("criteria"));
        b.append("<table class=\"grid criteria\"><thead><tr><th scope=\"col\" class=\"c-name\">").append(esc(t.t("criterion")))
                .append("</th><th scope=\"col\" class=\"c-level\">").append(esc(t.t("level")))
                .append("</th><th scope=\"col\" class=\"c-instr\">").append(esc(t.t("instrument"))).append("</th></tr></thead><tbody>");
        List<Noted<Criterion>> rows = page.criteria();
        for (int i = 0; i < rows.size(); i++) {
            Criterion x = rows.get(i).item();
            boolean lastCore = x.core() && (i + 1 == rows.size() || !rows.get(i + 1).item().core());
            b.append("<tr").append(lastCore ? " class=\"last-core\"" : "").append("><th scope=\"row\" class=\"c-name")
                    .append(x.core() ? " core" : "").append("\">").append(esc(x.name()));
            if (x.core()) {
                b.append(" <span class=\"tag\">").append(esc(t.t("core"))).append("</span>");
            }
            b.append("</th><td class=\"c-level\">").append(esc(x.level())).append("</td><td class=\"c-instr\">")
                    .append(x.instrument() == null ? "–" : esc(x.instrument())).append(note(rows.get(i).note())).append("</td></tr>");
        }
        more(b, page.criteriaMore(), t, 3);
        b.append("</tbody></table>\n");

        h2(b, t.t("gaps"));
        if (page.gaps().shown().isEmpty() && page.gaps().more() == 0) {
            b.append("<p>").append(esc(t.t("noGaps"))).append("</p>\n");
        } else {
            b.append("<p class=\"gaps\">").append(page.gaps().shown().stream().map(BriefHtml::esc).collect(Collectors.joining(" · ")));
            if (page.gaps().more() > 0) {
                b.append(" ").append(esc(t.t("more", page.gaps().more())));
            }
            b.append("</p>\n");
        }

        h2(b, t.t("deadlines"));
        Cut<Deadline> deadlines = page.deadlines();
        if (deadlines.shown().isEmpty() && deadlines.more() == 0) {
            b.append("<p>").append(esc(t.t("noDeadlines"))).append("</p>\n");
        } else {
            b.append("<table class=\"grid deadlines\"><thead><tr><th scope=\"col\" class=\"d-date\">").append(esc(t.t("dateHead")))
                    .append("</th><th scope=\"col\" class=\"d-kind\">").append(esc(t.t("deadlineHead")))
                    .append("</th><th scope=\"col\">").append(esc(t.t("instrument"))).append("</th></tr></thead><tbody>");
            for (Deadline d : deadlines.shown()) {
                b.append("<tr><td class=\"d-date").append(d.overdue() ? " overdue" : "").append("\">").append(esc(d.date()))
                        .append(d.overdue() ? " (" + esc(t.t("overdue")) + ")" : "").append("</td><td>").append(esc(d.kind()))
                        .append("</td><td>").append(esc(d.instrument())).append("</td></tr>");
            }
            more(b, deadlines.more(), t, 3);
            b.append("</tbody></table>\n");
        }

        h2(b, t.t("inForce"));
        instruments(b, page.inForce(), page.inForceMore(), t, true, c.hasInstruments() ? t.t("noInstruments") : t.t("noInstrumentsAtAll"));
        h2(b, t.t("notInForce"));
        instruments(b, page.other(), page.otherMore(), t, false, t.t("noInstruments"));

        h2(b, t.t("sources"));
        Cut<String> notes = page.footnotes();
        if (notes.shown().isEmpty() && notes.more() == 0) {
            b.append("<p class=\"small\">").append(esc(t.t("noSources"))).append("</p>\n");
        } else {
            b.append("<ol class=\"notes\">");
            for (int i = 0; i < notes.shown().size(); i++) {
                b.append("<li><span class=\"n\">").append(i + 1).append("</span> ").append(esc(notes.shown().get(i))).append("</li>");
            }
            if (notes.more() > 0) {
                b.append("<li class=\"more\">").append(esc(t.t("moreSources", notes.more()))).append("</li>");
            }
            b.append("</ol>\n");
        }
        pointer(b, t, List.of(c));
        close(b);
        return b.toString();
    }

    static String comparison(List<BriefContent> countries, int criteriaShown, BriefTexts t, Instant generatedAt,
                             String comparisonUrl) {
        BriefContent.Marking marking = BriefContent.Marking.any(countries.stream().map(BriefContent::marking).toList());
        StringBuilder b = new StringBuilder();
        open(b, t, comparisonTitle(t, countries), marking, generatedAt);
        b.append("<h1>").append(esc(t.t("compareTitle"))).append("</h1>\n");
        b.append("<p class=\"meta\">").append(esc(t.t("profile"))).append(": ").append(esc(countries.get(0).profile())).append(" · ")
                .append(esc(t.t("generatedAt"))).append(": ").append(esc(t.dateTime(generatedAt))).append("<br/>")
                .append(esc(marking.includesDrafts() ? t.t("includesDrafts") : t.t("approvedOnly"))).append("</p>\n");

        String col = " style=\"width:" + (64 / countries.size()) + "%\"";
        h2(b, t.t("overview"));
        b.append("<table class=\"grid compare\"><thead><tr><th scope=\"col\" class=\"c-name\">").append(esc(t.t("country"))).append("</th>");
        for (BriefContent c : countries) {
            b.append("<th scope=\"col\"").append(col).append(">").append(esc(c.country())).append(" (").append(esc(c.iso2())).append(")</th>");
        }
        b.append("</tr></thead><tbody>");
        row(b, t.t("score"), countries, c -> c.score() == null ? t.t("notAssessed") : t.score(c.score()) + " " + t.t("ofHundred"), true);
        row(b, t.t("coverage"), countries, c -> t.percent(c.coverage()), false);
        row(b, t.t("inForceCount"), countries, c -> c.inForce().size() + (c.other().isEmpty() ? "" : " (+" + c.other().size() + " " + t.t("otherShort") + ")"), false);
        row(b, t.t("redFlagCount"), countries, c -> String.valueOf(c.redFlags().size()), false);
        row(b, t.t("gaps"), countries, c -> String.valueOf(c.gaps().size()), false);
        row(b, t.t("nextDeadline"), countries, c -> c.deadlines().isEmpty() ? t.t("none")
                : c.deadlines().get(0).date() + " · " + c.deadlines().get(0).kind() + (c.deadlines().get(0).overdue() ? " (" + t.t("overdue") + ")" : ""), false);
        row(b, t.t("evidenceAsOf"), countries, c -> t.date(c.evidenceAsOf()), false);
        row(b, t.t("dataAsOf"), countries, c -> t.dateTime(c.dataAsOf()), false);
        b.append("</tbody></table>\n");

        h2(b, t.t("criteria"));
        b.append("<table class=\"grid compare\"><thead><tr><th scope=\"col\" class=\"c-name\">").append(esc(t.t("criterion"))).append("</th>");
        for (BriefContent c : countries) {
            b.append("<th scope=\"col\"").append(col).append(">").append(esc(c.country())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        BriefContent first = countries.get(0);
        for (int i = 0; i < criteriaShown; i++) {
            Criterion x = first.criteria().get(i);
            boolean lastCore = x.core() && (i + 1 == criteriaShown || !first.criteria().get(i + 1).core());
            b.append("<tr").append(lastCore ? " class=\"last-core\"" : "").append("><th scope=\"row\" class=\"c-name")
                    .append(x.core() ? " core" : "").append("\">").append(esc(x.name()));
            if (x.core()) {
                b.append(" <span class=\"tag\">").append(esc(t.t("core"))).append("</span>");
            }
            b.append("</th>");
            for (BriefContent c : countries) {
                Criterion y = c.criteria().get(i);
                b.append("<td><strong>").append(esc(y.level())).append("</strong>");
                if (y.instrument() != null) {
                    b.append("<br/><span class=\"small\">").append(esc(y.instrument())).append("</span>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        more(b, first.criteria().size() - criteriaShown, t, countries.size() + 1);
        b.append("</tbody></table>\n");
        pointer(b, t, countries);
        b.append("<p class=\"pointer\">").append(esc(t.t("fullComparison"))).append(" <a href=\"").append(esc(comparisonUrl)).append("\">")
                .append(esc(comparisonUrl)).append("</a></p>\n");
        close(b);
        return b.toString();
    }

    private static void open(StringBuilder b, BriefTexts t, String title, BriefContent.Marking marking, Instant generatedAt) {
        String mark = marking(marking);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\" xml:lang=\"").append(t.lang())
                .append("\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(esc(mark)).append("\"/>")
                .append("<meta name=\"keywords\" content=\"").append(esc(t.t("keywords"))).append("\"/>")
                .append("<meta name=\"author\" content=\"Partnerschaftsmonitor\"/>")
                .append("<style>").append(css(t, marking.classified())).append("</style></head><body>\n");
        b.append("<div class=\"head\"><span class=\"mark").append(marking.classified() ? " vs" : "").append("\">").append(esc(mark))
                .append("</span><span class=\"app\">Partnerschaftsmonitor</span></div>\n");
        b.append("<div class=\"foot\"><span class=\"mark").append(marking.classified() ? " vs" : "").append("\">").append(esc(mark))
                .append("</span><span class=\"when\">").append(esc(t.t("generatedAt"))).append(": ").append(esc(t.dateTime(generatedAt)))
                .append("</span><span class=\"pageno\"></span></div>\n");
        if (marking.draft()) {
            b.append("<div class=\"watermark\">").append(esc(t.t("draft"))).append("</div>\n");
        }
    }

    private static void close(StringBuilder b) {
        b.append("</body></html>\n");
    }

    private static void meta(StringBuilder b, BriefTexts t, BriefContent c, Instant generatedAt) {
        b.append("<p class=\"meta\">").append(esc(t.t("subtitle"))).append(" · ").append(esc(t.t("profile"))).append(": ")
                .append(esc(c.profile())).append("<br/>").append(esc(t.t("evidenceAsOf"))).append(": ").append(esc(t.date(c.evidenceAsOf())))
                .append(" · ").append(esc(t.t("dataAsOf"))).append(": ").append(esc(t.dateTime(c.dataAsOf()))).append(" · ")
                .append(esc(c.marking().includesDrafts() ? t.t("includesDrafts") : t.t("approvedOnly"))).append("</p>\n");
    }

    private static void figure(StringBuilder b, String value, String unit, String label) {
        b.append("<td><span class=\"value\">").append(esc(value)).append("</span>");
        if (!unit.isEmpty()) {
            b.append(" <span class=\"unit\">").append(esc(unit)).append("</span>");
        }
        b.append("<br/><span class=\"label\">").append(esc(label)).append("</span></td>");
    }

    private static void h2(StringBuilder b, String text) {
        b.append("<h2>").append(esc(text)).append("</h2>\n");
    }

    private static void list(StringBuilder b, Cut<String> items, BriefTexts t, String none, String cls) {
        if (items.shown().isEmpty() && items.more() == 0) {
            b.append("<p>").append(esc(none)).append("</p>\n");
            return;
        }
        b.append("<ul class=\"").append(cls).append("\">");
        items.shown().forEach(i -> b.append("<li>").append(esc(i)).append("</li>"));
        if (items.more() > 0) {
            b.append("<li class=\"more\">").append(esc(t.t("more", items.more()))).append("</li>");
        }
        b.append("</ul>\n");
    }

    private static void instruments(StringBuilder b, List<Noted<Instrument>> items, int more, BriefTexts t, boolean inForce, String none) {
        if (items.isEmpty() && more == 0) {
            b.append("<p>").append(esc(none)).append("</p>\n");
            return;
        }
        b.append("<table class=\"grid instruments\"><thead><tr><th scope=\"col\" class=\"i-title\">").append(esc(t.t("instrument")))
                .append("</th><th scope=\"col\" class=\"i-kind\">").append(esc(t.t("type")))
                .append("</th><th scope=\"col\" class=\"i-status\">").append(esc(inForce ? t.t("instrumentScore") : t.t("status")))
                .append("</th></tr></thead><tbody>");
        for (Noted<Instrument> n : items) {
            Instrument i = n.item();
            b.append("<tr><td>").append(esc(i.title())).append(note(n.note())).append("</td><td>").append(esc(i.kind())).append("</td><td>")
                    .append(esc(inForce ? i.score() : i.status())).append("</td></tr>");
        }
        more(b, more, t, 3);
        b.append("</tbody></table>\n");
    }

    private static void more(StringBuilder b, int more, BriefTexts t, int columns) {
        if (more > 0) {
            b.append("<tr class=\"more\"><td colspan=\"").append(columns).append("\">").append(esc(t.t("more", more))).append(" – ")
                    .append(esc(t.t("seeScorecard"))).append("</td></tr>");
        }
    }

    private static void row(StringBuilder b, String label, List<BriefContent> countries, java.util.function.Function<BriefContent, String> value,
                            boolean strong) {
        b.append("<tr><th scope=\"row\" class=\"c-name\">").append(esc(label)).append("</th>");
        for (BriefContent c : countries) {
            b.append("<td>").append(strong ? "<strong>" : "").append(esc(value.apply(c))).append(strong ? "</strong>" : "").append("</td>");
        }
        b.append("</tr>");
    }

    private static void pointer(StringBuilder b, BriefTexts t, List<BriefContent> countries) {
        for (BriefContent c : countries) {
            b.append("<p class=\"pointer\">").append(esc(t.t("fullScorecard"))).append(countries.size() > 1 ? " " + esc(c.country()) : "")
                    .append(" <a href=\"").append(esc(c.scorecardUrl())).append("\">").append(esc(c.scorecardUrl())).append("</a></p>\n");
        }
    }

    private static String note(@Nullable Integer n) {
        return n == null ? "" : "<sup class=\"fn\">" + n + "</sup>";
    }

    static String esc(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 has no place for other control characters; they would break the document.
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String css(BriefTexts t, boolean classified) {
        String page = t.t("page").replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"");
        return """
                @page { size: A4; margin: 19mm 17mm 17mm 17mm;
                  @top-center { content: element(head); } @bottom-center { content: element(foot); } }
                * { font-family: 'DejaVu Sans Condensed'; }
                body { font-size: 9pt; line-height: 1.25; color: #1a1a1a; margin: 0; }
                .head { position: running(head); width: 100%; border-bottom: 0.6pt solid #1a1a1a; padding-bottom: 1.5mm; font-size: 8pt; }
                .foot { position: running(foot); width: 100%; border-top: 0.6pt solid #1a1a1a; padding-top: 1.5mm; font-size: 8pt; }
                .head .app { float: right; color: #444; }
                .foot .when { margin-left: 6mm; color: #444; }
                .foot .pageno { float: right; color: #444; }
                .foot .pageno::after { content: "%PAGE%"; }
                .mark { font-weight: bold; letter-spacing: 0.3pt; }
                .mark.vs { color: #b00020; }
                h1 { font-size: 16pt; font-weight: bold; margin: 0 0 1mm 0; color: #0b2a4a; }
                h1 .iso { font-weight: normal; color: #444; }
                h2 { font-size: 10.5pt; font-weight: bold; margin: 3mm 0 1mm 0; color: #0b2a4a; border-bottom: 0.5pt solid #9aa7b4;
                     padding-bottom: 0.3mm; page-break-after: avoid; }
                p { margin: 0 0 1mm 0; }
                .meta { color: #333; font-size: 8.5pt; margin-bottom: 2mm; }
                .small { font-size: 8pt; color: #333; }
                table { border-collapse: collapse; width: 100%; }
                table.figures td { width: 25%; border: 0.6pt solid #9aa7b4; background: #f1f4f7; padding: 1.5mm 2mm; vertical-align: top; }
                table.figures .value { font-size: 15pt; font-weight: bold; color: #0b2a4a; }
                table.figures .unit { font-size: 9pt; color: #333; }
                table.figures .label { font-size: 8pt; color: #333; }
                table.grid th, table.grid td { text-align: left; vertical-align: top; padding: 0.5mm 1.5mm; border-bottom: 0.4pt solid #c9d1d9; }
                table.grid thead th { font-size: 8pt; font-weight: bold; color: #333; border-bottom: 0.8pt solid #1a1a1a; }
                table.grid tbody th { font-weight: normal; }
                table.grid tbody th.core { font-weight: bold; }
                table.grid tr.last-core th, table.grid tr.last-core td { border-bottom: 0.9pt solid #1a1a1a; }
                table.grid tr.more td { color: #333; }
                .c-name { width: 38%; } .c-level { width: 16%; } .c-instr { width: 46%; }
                .i-title { width: 62%; } .i-kind { width: 18%; } .i-status { width: 20%; }
                .d-date { width: 22%; } .d-kind { width: 20%; }
                .overdue { color: #b00020; font-weight: bold; }
                .tag { font-size: 7.5pt; font-weight: normal; color: #0b2a4a; border: 0.4pt solid #0b2a4a; padding: 0 0.8mm; }
                ul { margin: 0; padding-left: 4mm; }
                ul.flags li { color: #7a0015; }
                li.more { color: #333; list-style: none; }
                ol.notes { margin: 0; padding: 0; list-style: none; font-size: 8pt; color: #333; }
                ol.notes li { margin: 0 0 0.3mm 0; }
                ol.notes .n { font-weight: bold; }
                sup.fn { font-size: 6.5pt; vertical-align: super; color: #0b2a4a; }
                .pointer { margin-top: 2mm; font-size: 8.5pt; }
                a { color: #0b2a4a; }
                .watermark { position: absolute; top: 105mm; left: -10mm; width: 196mm; text-align: center; font-size: 96pt;
                             font-weight: bold; color: #e4e4e4; transform: rotate(-35deg); z-index: -1; }
                """.replace("%PAGE%", page);
    }
}
