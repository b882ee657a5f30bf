package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a treaty text into preamble, articles, paragraphs and annexes (German, English, French, Italian forms).
 * Pure: no I/O, no state between calls. Anchors follow Akoma Ntoso's style ({@code preamble}, {@code art_7},
 * {@code art_7__para_2}, {@code annex_1}); labels are citations in the document's language.
 * <p>
 * Nothing is lost: every line of the input belongs to exactly one unit, in reading order, marker and heading lines
 * included, so the units' texts joined are the input text (up to blank lines). What cannot be read as structure
 * stays text of the unit before it; a text without any structure becomes blocks split at blank lines.
 */
public final class StructureParser {

    /** One piece of the structure; {@code text} is the unit's own lines verbatim (not its children's). */
    public record Unit(String anchor, @Nullable String parentAnchor, String kind, String label,
                       @Nullable String heading, String text) {
    }

    static final int MAX_HEADING = 160;

    // "Artikel 7", "Art. 7", "ARTICLE 7 – Purpose", "Article premier", "Articolo 7", "§ 7", "Article IV".
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:(?<word>artikel|article|articolo|art\\.?)\\s*|(?<para>§)\\s*)"
                    + "(?<num>\\d{1,3}\\s?[a-z]?|premier|1er|[ivxlc]{1,6})(?![\\p{L}\\d(])"
                    + "\\s*(?:[.:\\u2013\\u2014-]\\s*)?(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "Anlage 1", "Anhang I", "ANNEX A", "Annexe", "Allegato 2", "Appendix".
    private static final Pattern ANNEX = Pattern.compile(
            "^(?<word>anlage|anhang|annexe|annex|allegato|appendix)(?![\\p{L}])(?:\\s+(?<num>\\d{1,3}|[ivxlc]{1,6}|[a-z])(?![\\p{L}\\d]))?"
                    + "\\s*(?:[.:\\u2013\\u2014-]\\s*)?(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARA_BRACKET = Pattern.compile("^\\((\\d{1,3})\\)\\s*\\S.*$");
    private static final Pattern PARA_DOT = Pattern.compile("^(\\d{1,3})\\.\\s+\\S.*$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$", Pattern.CASE_INSENSITIVE);

    private StructureParser() {
    }

    public static List<Unit> parse(String text, String language) {
        Builder b = new Builder(Labels.of(language));
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1)) {
            b.line(raw.strip());
        }
        return b.finish();
    }

    /**
     * The anchor a citation points to: {@code Art. 7 Abs. 2}, {@code Article 7(2)}, {@code Articolo 7, paragrafo 2},
     * {@code § 7 Abs. 2}, {@code Article 7, paragraphe 2} → {@code art_7__para_2}; {@code Anlage 1} → {@code annex_1}.
     */
    public static Optional<String> anchorOf(String citation) {
        String c = citation.strip();
        Matcher m = Pattern.compile("^(?:artikel|article|articolo|art\\.?|§)\\s*(\\d{1,3}\\s?[a-z]?|premier|1er|[ivxlc]{1,6})(?![\\p{L}\\d])"
                        + "(?:\\s*(?:\\((\\d{1,3})\\)|,?\\s*(?:abs\\.?|absatz|para\\.?|paragraph|paragraphe|paragrafo|par\\.?|co\\.|comma)\\s*(\\d{1,3})))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(c);
        if (m.find()) {
            String art = "art_" + number(m.group(1));
            String para = m.group(2) != null ? m.group(2) : m.group(3);
            return Optional.of(para == null ? art : art + "__para_" + Integer.parseInt(para));
        }
        Matcher a = ANNEX.matcher(c);
        if (a.matches() && a.group("num") != null) {
            return Optional.of("annex_" + number(a.group("num")));
        }
        return Optional.empty();
    }

    /** "7" → 7, "7 a" → 7a, "IV" → 4, "premier" → 1, "B" → b. */
    static String number(String raw) {
        String n = raw.replace(" ", "").toLowerCase(Locale.ROOT);
        if (n.equals("premier") || n.equals("1er")) {
            return "1";
        }
        if (n.matches("\\d+[a-z]?")) {
            return n.replaceFirst("^0+(?=\\d)", "");
        }
        if (ROMAN.matcher(n).matches() && n.length() > 1 || n.equals("i") || n.equals("v") || n.equals("x")) {
            return String.valueOf(roman(n));
        }
        return n;
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (Character.toLowerCase(s.charAt(i))) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /** A heading line is short and does not read as a sentence (which would be running text citing an article). */
    static boolean headingLike(String rest) {
        String r = rest.strip();
        return r.isEmpty() || r.length() <= MAX_HEADING && !r.matches("(?s).*[.;:,]$")
                && !Character.isLowerCase(r.codePointAt(0));
    }

    /** Citation words of one language; languages other than German, French and Italian cite the English way. */
    record Labels(String preamble, String text, String article, String paraFormat, String paraFormatSection) {

        static Labels of(String language) {
            return switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
                case "de" -> new Labels("Präambel", "Abschnitt", "Art. %s", "Art. %s Abs. %s", "§ %s Abs. %s");
                case "fr" -> new Labels("Préambule", "Section", "Article %s", "Article %s, paragraphe %s", "§ %s, alinéa %s");
                case "it" -> new Labels("Preambolo", "Sezione", "Articolo %s", "Articolo %s, paragrafo %s", "§ %s, comma %s");
                default -> new Labels("Preamble", "Section", "Article %s", "Article %s(%s)", "§ %s(%s)");
            };
        }
    }

    private static final class Builder {
        private final Labels labels;
        private final List<Unit> units = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();
        private final List<String> lines = new ArrayList<>();
        // The unit being collected.
        private String kind = "PREAMBLE";
        private String anchor = "preamble";
        private String parent;
        private String label;
        private String heading;
        private boolean headingOpen;
        // The article paragraphs belong to, and how they are numbered.
        private String article;
        private String articleNumber;
        private boolean sectionSign;
        private Character paraStyle;
        private int lastPara;
        private boolean inAnnex;
        private int annexCount;
        private boolean structured;

        Builder(Labels labels) {
            this.labels = labels;
            this.label = labels.preamble();
        }

        void line(String line) {
            if (line.isEmpty()) {
                lines.add(line);
                return;
            }
            if (headingOpen) {
                headingOpen = false;
                if (headingLike(line) && !PARA_BRACKET.matcher(line).matches() && !PARA_DOT.matcher(line).matches()
                        && !ARTICLE.matcher(line).matches() && !ANNEX.matcher(line).matches()) {
                    heading = line;
                    lines.add(line);
                    return;
                }
            }
            if (startAnnex(line) || !inAnnex && (startArticle(line) || startParagraph(line))) {
                return;
            }
            lines.add(line);
        }

        private boolean startArticle(String line) {
            Matcher m = ARTICLE.matcher(line);
            if (!m.matches() || !headingLike(m.group("rest"))) {
                return false;
            }
            String num = number(m.group("num"));
            String a = "art_" + num;
            if (anchors.contains(a)) {
                return false;
            }
            boolean section = m.group("para") != null;
            String rest = m.group("rest").strip();
            begin("ARTICLE", a, null, section ? "§ " + num : labels.article().formatted(num), rest.isEmpty() ? null : rest, line);
            headingOpen = rest.isEmpty();
            article = a;
            articleNumber = num;
            sectionSign = section;
            paraStyle = null;
            lastPara = 0;
            return true;
        }

        private boolean startParagraph(String line) {
            if (article == null) {
                return false;
            }
            Matcher bracket = PARA_BRACKET.matcher(line);
            Matcher dot = PARA_DOT.matcher(line);
            char style;
            int n;
            if (bracket.matches()) {
                style = '(';
                n = Integer.parseInt(bracket.group(1));
            } else if (dot.matches()) {
                style = '.';
                n = Integer.parseInt(dot.group(1));
            } else {
                return false;
            }
            // Only the next number in the article's own style: "1." inside paragraph (2) is a list item, not a paragraph.
            if (paraStyle != null && paraStyle != style || n != lastPara + 1) {
                return false;
            }
            paraStyle = style;
            lastPara = n;
            String label = sectionSign ? labels.paraFormatSection().formatted(articleNumber, n)
                    : labels.paraFormat().formatted(articleNumber, n);
            begin("PARAGRAPH", article + "__para_" + n, article, label, null, line);
            return true;
        }

        private boolean startAnnex(String line) {
            Matcher m = ANNEX.matcher(line);
            if (!m.matches() || !headingLike(m.group("rest"))) {
                return false;
            }
            // "Anhang" alone, or with a number; a bare word followed by text is a sentence ("Annex to this agreement").
            String rest = m.group("rest").strip();
            if (m.group("num") == null && !rest.isEmpty()) {
                return false;
            }
            String num = m.group("num") == null ? String.valueOf(annexCount + 1) : number(m.group("num"));
            String a = "annex_" + num;
            if (anchors.contains(a)) {
                return false;
            }
            annexCount++;
            String word = Character.toUpperCase(m.group("word").charAt(0)) + m.group("word").substring(1).toLowerCase(Locale.ROOT);
            String label = m.group("num") == null ? word : word + " " + m.group("num").toUpperCase(Locale.ROOT);
            begin("ANNEX", a, null, label, rest.isEmpty() ? null : rest, line);
            headingOpen = rest.isEmpty();
            inAnnex = true;
            article = null;
            return true;
        }

        private void begin(String nextKind, String nextAnchor, String nextParent, String nextLabel, String nextHeading, String firstLine) {
            flush();
            structured = true;
            kind = nextKind;
            anchor = nextAnchor;
            parent = nextParent;
            label = nextLabel;
            heading = nextHeading;
            headingOpen = false;
            anchors.add(nextAnchor);
            lines.add(firstLine);
        }

        private void flush() {
            String body = trimBlankLines(lines);
            lines.clear();
            // An empty preamble is left out; every other unit has at least its marker line.
            if (!body.isEmpty()) {
                units.add(new Unit(anchor, parent, kind, label, heading, body));
            }
        }

        List<Unit> finish() {
            if (!structured) {
                return blocks(String.join("\n", lines));
            }
            flush();
            return List.copyOf(units);
        }

        /** Unstructured text: one unit per block between blank lines. */
        private List<Unit> blocks(String all) {
            List<Unit> out = new ArrayList<>();
            int i = 0;
            for (String block : all.split("\\n\\s*\\n")) {
                String body = block.strip();
                if (!body.isEmpty()) {
                    i++;
                    out.add(new Unit("text_" + i, null, "TEXT", labels.text() + " " + i, null, body));
                }
            }
            return List.copyOf(out);
        }

        private static String trimBlankLines(List<String> lines) {
            int from = 0;
            int to = lines.size();
            while (from < to && lines.get(from).isEmpty()) {
                from++;
            }
            while (to > from && lines.get(to - 1).isEmpty()) {
                to--;
            }
            // Runs of blank lines shrink to one: extraction leaves many.
            StringBuilder sb = new StringBuilder();
            boolean blank = false;
            for (String l : lines.subList(from, to)) {
                if (l.isEmpty()) {
                    blank = true;
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append(blank ? "\n\n" : "\n");
                }
                blank = false;
                sb.append(l);
            }
            return sb.toString();
        }
    }
}
