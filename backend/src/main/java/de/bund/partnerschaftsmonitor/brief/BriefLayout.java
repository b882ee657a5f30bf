package de.bund.partnerschaftsmonitor.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * The page budget of a brief, free of rendering: which entries of each list fit on one A4 page.
 *
 * <p>The page holds a number of units (lines, or tenths of a millimetre); every list asks for its entries' units in
 * priority order. Each list first
 * gets its minimum, then the lists take one more entry each in turn (in priority order) while lines are left. A list
 * that is cut costs one more line for "… and N more". The renderer checks the real page count and, should the estimate
 * ever be too generous, asks again with fewer lines, so the budget decides what is left out and the PDF has one page.
 */
final class BriefLayout {

    private BriefLayout() {
    }

    /** A list's entries by their cost, with how many it shows at least and what its "… and N more" line costs. */
    record Section(String key, List<Integer> costs, int min, int moreCost) {

        Section(String key, List<Integer> costs, int min) {
            this(key, costs, min, 1);
        }
    }

    /** How many entries of each section are shown (same order as asked), and the lines that takes. */
    record Fit(List<Integer> shown, int lines) {

        int shown(int section) {
            return shown.get(section);
        }
    }

    /**
     * Fits sections into {@code lines}; the minimums of later sections give way first when even they do not fit. A list
     * that has entries takes at least its "… and N more" line, so a budget below those lines is exceeded by them.
     */
    static Fit fit(int lines, List<Section> sections) {
        int n = sections.size();
        int[] shown = new int[n];
        for (int i = 0; i < n; i++) {
            shown[i] = Math.min(sections.get(i).min(), sections.get(i).costs().size());
        }
        for (int i = n - 1; i >= 0 && used(sections, shown) > lines; i--) {
            while (shown[i] > 0 && used(sections, shown) > lines) {
                shown[i]--;
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < n; i++) {
                if (shown[i] < sections.get(i).costs().size()) {
                    shown[i]++;
                    if (used(sections, shown) <= lines) {
                        grew = true;
                    } else {
                        shown[i]--;
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int s : shown) {
            out.add(s);
        }
        return new Fit(List.copyOf(out), used(sections, shown));
    }

    private static int used(List<Section> sections, int[] shown) {
        int lines = 0;
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> costs = sections.get(i).costs();
            for (int j = 0; j < shown[i]; j++) {
                lines += costs.get(j);
            }
            if (shown[i] < costs.size()) {
                lines += sections.get(i).moreCost(); // "… and N more"
            }
        }
        return lines;
    }

    /** Lines a text takes in a column of {@code charsPerLine} characters (at least one). */
    static int lines(String text, int charsPerLine) {
        return text == null || text.isEmpty() ? 1 : (text.length() + charsPerLine - 1) / charsPerLine;
    }

    /** A long text cut at a word boundary to at most {@code max} characters, ending in "…". */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** An address shown as a footnote: long ones keep their start and end, so they stay recognisable. */
    static String clipUrl(String url, int max) {
        if (url == null || url.length() <= max) {
            return url;
        }
        int head = max * 2 / 3;
        return url.substring(0, head) + "…" + url.substring(url.length() - (max - head - 1));
    }
}
