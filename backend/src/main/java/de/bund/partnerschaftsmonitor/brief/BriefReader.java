package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.brief.BriefContent.Criterion;
import de.bund.partnerschaftsmonitor.brief.BriefContent.Instrument;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardService;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.BestLevel;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.CountryScorecard;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.InstrumentSummary;
import de.bund.partnerschaftsmonitor.scorecard.Scoring;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what a brief says, from the scorecard service and the brief's own queries, each brief in one read-only transaction. */
@Singleton
class BriefReader {

    private final ScorecardService scorecards;
    private final CatalogService catalogs;
    private final CountryService countries;
    private final BriefRepository repository;

    BriefReader(ScorecardService scorecards, CatalogService catalogs, CountryService countries, BriefRepository repository) {
        this.scorecards = scorecards;
        this.catalogs = catalogs;
        this.countries = countries;
        this.repository = repository;
    }

    /** Every country of the comparison read in one transaction, so that the columns show one state of the data. */
    @Transactional(readOnly = true)
    List<BriefContent> comparisonContent(List<String> iso2s, BriefTexts t, @Nullable String profile, boolean includeDrafts, String baseUrl,
                                         LocalDate today) {
        for (String iso2 : iso2s) {
            if (!countries.exists(iso2)) {
                throw InvalidInputException.of("countries", "filter.country.unknown");
            }
        }
        return iso2s.stream().map(c -> BriefComposer.clippedForComparison(content(c, t, profile, includeDrafts, baseUrl, today), iso2s.size())).toList();
    }

    /** A country's brief content in one read-only transaction; 404 for an unknown country, 400 for an unknown profile. */
    @Transactional(readOnly = true)
    BriefContent content(String iso2, BriefTexts t, @Nullable String profile, boolean includeDrafts, String baseUrl, LocalDate today) {
        CountryScorecard card = scorecards.countryScorecard(iso2, profile, includeDrafts);
        Catalog catalog = catalogs.current();
        Map<String, Catalog.CriterionView> criteria = catalog.active().stream()
                .collect(Collectors.toMap(Catalog.CriterionView::id, Function.identity()));
        Map<Long, BriefRepository.InstrumentRow> rows = repository.instruments(iso2).stream()
                .collect(Collectors.toMap(BriefRepository.InstrumentRow::id, Function.identity()));
        Map<Long, BriefRepository.SourceRow> firstSource = new LinkedHashMap<>();
        repository.sources(iso2).forEach(s -> firstSource.putIfAbsent(s.agreementId(), s));
        Function<Long, String> title = id -> {
            BriefRepository.InstrumentRow r = rows.get(id);
            return r == null ? "" : t.title(r.titleDe(), r.titleEn(), r.titleOriginal());
        };

        List<Criterion> lines = new ArrayList<>();
        LocalDate evidenceAsOf = null;
        for (BestLevel b : card.criteria()) {
            String name = name(criteria.get(b.criterionId()), b.criterionId(), t);
            String instrument = b.agreementId() == null || b.status() == Scoring.Status.NOT_ASSESSED ? null : title.apply(b.agreementId());
            lines.add(new Criterion(b.criterionId(), name, b.core(), level(b, t), instrument, source(b, instrument, t)));
            if (b.evidence() != null && b.evidence().asOf() != null && (evidenceAsOf == null || b.evidence().asOf().isAfter(evidenceAsOf))) {
                evidenceAsOf = b.evidence().asOf();
            }
        }
        List<String> gaps = card.gaps().stream().map(code -> name(criteria.get(code), code, t)).toList();
        List<String> flags = card.redFlags().stream().map(f -> t.orElse("flag" + f.code(), f.message())).toList();
        List<Instrument> inForce = card.instruments().stream().map(i -> instrument(i, title, firstSource, t)).toList();
        List<Instrument> other = card.instrumentsNotInForce().stream().map(i -> instrument(i, title, firstSource, t)).toList();
        List<BriefContent.Deadline> deadlines = BriefDeadlines.next(rows.values().stream()
                        .sorted(Comparator.comparingLong(BriefRepository.InstrumentRow::id))
                        .map(r -> new BriefDeadlines.Dates(r.id(), t.title(r.titleDe(), r.titleEn(), r.titleOriginal()), r.status(),
                                r.nextReviewDue(), r.dateEnd())).toList(), today)
                .stream().map(d -> new BriefContent.Deadline(t.date(d.date()), t.t("deadline" + d.kind().name()), d.title(), d.overdue()))
                .toList();
        BriefContent.Marking marking = new BriefContent.Marking(repository.classifiedEvidence(iso2, includeDrafts),
                includeDrafts && repository.unapprovedRatings(iso2), includeDrafts);
        String country = t.german() ? card.country().nameDe() : card.country().nameEn();
        String url = baseUrl + "/countries/" + iso2 + "/scorecard" + query(Map.of(), profile, includeDrafts);
        return new BriefContent(iso2, country, t.orElse("profile_" + card.profile(), card.profile()), card.score(), card.coverage(),
                lines, gaps, flags, deadlines, inForce, other, evidenceAsOf, repository.lastChange(iso2), marking, url);
    }

    private static String name(@Nullable Catalog.CriterionView c, String code, BriefTexts t) {
        if (c == null) {
            return code;
        }
        String first = t.german() ? c.nameDe() : c.nameEn();
        return first != null ? first : c.nameEn();
    }

    private static String level(BestLevel b, BriefTexts t) {
        return switch (b.status()) {
            case ASSESSED -> t.t("levelOf", b.level(), b.max());
            case NOT_APPLICABLE -> t.t("notApplicable");
            case NOT_ASSESSED -> t.t("notAssessed");
        };
    }

    /** The footnote of a best level's evidence: instrument, provision, source and its date. */
    @Nullable
    private static String source(BestLevel b, @Nullable String instrument, BriefTexts t) {
        ScorecardViews.Evidence e = b.evidence();
        if (e == null || (e.source() == null && e.reference() == null)) {
            return null;
        }
        String where = Arrays.asList(instrument == null ? null : BriefLayout.clip(instrument, 70), e.reference()).stream()
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        String text = where + (e.source() == null ? "" : (where.isEmpty() ? "" : ": ") + BriefLayout.clipUrl(e.source(), 110));
        return e.asOf() == null ? text : text + " (" + t.t("evidenceAsOf") + " " + t.date(e.asOf()) + ")";
    }

    private static Instrument instrument(InstrumentSummary i, Function<Long, String> title, Map<Long, BriefRepository.SourceRow> sources,
                                         BriefTexts t) {
        BriefRepository.SourceRow s = sources.get(i.id());
        String source = null;
        if (s != null) {
            source = (s.title() == null ? "" : BriefLayout.clip(s.title(), 80) + ": ") + BriefLayout.clipUrl(s.url(), 110)
                    + (s.accessedOn() == null ? "" : " (" + t.t("accessed") + " " + t.date(s.accessedOn()) + ")");
        }
        return new Instrument(title.apply(i.id()), i.type() == null ? "–" : t.t("type" + i.type()), t.t("status" + i.status()),
                i.score() == null ? t.t("notAssessed") : t.score(i.score()), source);
    }

    static String query(Map<String, String> params, @Nullable String profile, boolean includeDrafts) {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (profile != null && !profile.isBlank()) {
            all.put("profile", profile);
        }
        if (includeDrafts) {
            all.put("includeDrafts", "true");
        }
        return all.isEmpty() ? "" : "?" + all.entrySet().stream()
                // Commas stay readable: the app's own URLs list countries as countries=IN,MA.
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }
}
