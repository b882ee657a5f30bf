package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one-page country brief and the comparison brief: the country scorecard as the scorecard service computes it,
 * with the instruments' deadlines and sources, marked as classified or draft where its ratings call for it, fitted
 * onto one A4 page and rendered as a tagged PDF. Every download is recorded in the audit trail.
 */
@Singleton
public class BriefService {

    private final BriefReader reader;
    private final AuditService audit;
    private final Clock clock;

    BriefService(BriefReader reader, AuditService audit) {
        this.reader = reader;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** A rendered brief and what the audit trail records of it. */
    public record Pdf(byte[] bytes, String fileName, boolean classified, boolean draft) {
    }

    /** The brief's language: the {@code lang} parameter, else the request's language. */
    static String lang(@Nullable String lang, Locale requestLocale) {
        if (lang == null || lang.isBlank()) {
            return "en".equals(requestLocale.getLanguage()) ? "en" : "de";
        }
        if (!lang.matches(BriefTexts.PATTERN)) {
            throw InvalidInputException.of("lang", "brief.lang.unknown");
        }
        return lang;
    }

    /** 2 or 3 distinct country codes from {@code IN,MA}. */
    static List<String> countryList(@Nullable String countries) {
        if (countries == null || countries.isBlank()) {
            throw InvalidInputException.of("countries", "brief.countries.count");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String c : countries.split(",")) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw InvalidInputException.of("countries", "filter.country.unknown");
            }
            codes.add(code);
        }
        if (codes.size() < 2 || codes.size() > 3) {
            throw InvalidInputException.of("countries", "brief.countries.count");
        }
        return List.copyOf(codes);
    }

    public Pdf country(String iso2, String lang, @Nullable String profile, boolean includeDrafts, String baseUrl, String actor) {
        BriefTexts t = BriefTexts.of(lang);
        BriefContent content = BriefComposer.clipped(reader.content(iso2, t, profile, includeDrafts, baseUrl, today()));
        Instant now = clock.instant();
        byte[] pdf = BriefPdf.onePage(BriefComposer.PAGE, lines -> BriefHtml.country(BriefComposer.country(content, lines), t, now));
        String file = (t.german() ? "laenderkurzbericht-" : "country-brief-") + content.iso2() + "-" + today() + ".pdf";
        record(actor, "DOWNLOAD_BRIEF", "country", content.iso2(), lang, content.profile(), includeDrafts, content.marking(), file);
        return new Pdf(pdf, file, content.marking().classified(), content.marking().draft());
    }

    public Pdf comparison(List<String> iso2s, String lang, @Nullable String profile, boolean includeDrafts, String baseUrl, String actor) {
        BriefTexts t = BriefTexts.of(lang);
        List<BriefContent> contents = reader.comparisonContent(iso2s, t, profile, includeDrafts, baseUrl, today());
        Instant now = clock.instant();
        String codes = String.join(",", iso2s);
        String url = baseUrl + "/compare" + BriefReader.query(Map.of("countries", codes), profile, includeDrafts);
        byte[] pdf = BriefPdf.onePage(BriefComposer.PAGE,
                lines -> BriefHtml.comparison(contents, BriefComposer.comparisonCriteria(contents, lines), t, now, url));
        BriefContent.Marking marking = BriefContent.Marking.any(contents.stream().map(BriefContent::marking).toList());
        String file = (t.german() ? "laendervergleich-" : "country-comparison-") + String.join("-", iso2s) + "-" + today() + ".pdf";
        record(actor, "DOWNLOAD_BRIEF", "comparison", codes, lang, contents.get(0).profile(), includeDrafts, marking, file);
        return new Pdf(pdf, file, marking.classified(), marking.draft());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BriefTexts.ZONE));
    }

    private void record(String actor, String action, String entity, String id, String lang, String profile, boolean includeDrafts,
                        BriefContent.Marking marking, String file) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file);
        details.put("lang", lang);
        details.put("profile", profile);
        details.put("includeDrafts", includeDrafts);
        details.put("classification", marking.classified() ? "VS_NFD" : "OFFEN");
        details.put("draft", marking.draft());
        audit.recordRead(actor, action, entity, id, details);
    }
}
