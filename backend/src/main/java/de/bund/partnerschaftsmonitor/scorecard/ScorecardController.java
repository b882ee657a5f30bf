package de.bund.partnerschaftsmonitor.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import de.bund.partnerschaftsmonitor.shared.export.Bilingual;
import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;
import de.bund.partnerschaftsmonitor.shared.export.Exporter;
import de.bund.partnerschaftsmonitor.shared.export.Rows;
import de.bund.partnerschaftsmonitor.shared.export.Word;
import io.micronaut.http.HttpRequest;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.security.Principal;
import java.util.List;
import java.util.function.Function;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import java.util.Locale;

/**
 * Scores are numbers 0–100; null means nothing is known yet (never 0). {@code profile} defaults to the default profile.
 * Scores count approved ratings (their last approved snapshot) unless {@code includeDrafts=true}.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ScorecardController {

    /** The ranking as a file; the core levels, one column per criterion on screen, are one column "code: level". */
    static final ExportTable<ScorecardViews.RankingEntry> RANKING = ExportTable.of("ranking",
            Column.number("field.ranking.rank", ScorecardViews.RankingEntry::rank),
            Column.text("field.ranking.country", e -> new Bilingual(e.nameDe(), e.nameEn())),
            Column.text("field.ranking.region", e -> Word.of("region", e.region())),
            Column.number("field.ranking.score", ScorecardViews.RankingEntry::score),
            Column.number("field.ranking.coverage", ScorecardViews.RankingEntry::coverage),
            Column.number("field.ranking.redFlagCount", ScorecardViews.RankingEntry::redFlagCount),
            Column.text("field.ranking.coreLevels", e -> e.coreLevels().entrySet().stream()
                    .map(l -> l.getKey() + ": " + (l.getValue() == null ? "–" : l.getValue())).toList()),
            Column.number("field.ranking.instrumentCount", ScorecardViews.RankingEntry::instrumentCount),
            Column.text("field.ranking.includesDrafts", ScorecardViews.RankingEntry::includesDrafts));

    /** A scorecard's criteria: best level, providing instrument and evidence, as the criteria table shows them. */
    /** The criteria table as a file: each criterion by its name, as on the screen, and by its code. */
    static ExportTable<ScorecardViews.BestLevel> criteria(Function<String, Object> names) {
        return ExportTable.of("scorecard",
            Column.text("field.scorecard.criterion", l -> names.apply(l.criterionId())),
            Column.text("field.scorecard.criterionCode", ScorecardViews.BestLevel::criterionId),
            Column.text("field.scorecard.core", ScorecardViews.BestLevel::core),
            Column.text("field.scorecard.status", l -> Word.of("ratingStatus", l.status().name())),
            Column.number("field.scorecard.level", ScorecardViews.BestLevel::level),
            Column.number("field.scorecard.max", ScorecardViews.BestLevel::max),
            Column.text("field.scorecard.providedBy", ScorecardViews.BestLevel::agreementTitle),
            Column.text("field.scorecard.reference", l -> l.evidence() == null ? null : l.evidence().reference()),
            Column.text("field.scorecard.quote", l -> l.evidence() == null ? null : l.evidence().quote()),
            Column.text("field.scorecard.marking", l -> l.evidence() == null ? null : l.evidence().marking()),
            Column.text("field.scorecard.source", l -> l.evidence() == null ? null : l.evidence().source()),
            Column.date("field.scorecard.asOf", l -> l.evidence() == null ? null : l.evidence().asOf()),
            Column.text("field.scorecard.confidence", l -> Word.of("confidence", l.confidence())),
            Column.text("field.scorecard.notApplicableReason", ScorecardViews.BestLevel::notApplicableReason),
            Column.text("field.scorecard.gap", ScorecardViews.BestLevel::gap));
    }

    private final ScorecardService service;
    private final ReadCache readCache;
    private final Exporter exporter;
    private final CatalogService catalogs;

    ScorecardController(ScorecardService service, ReadCache readCache, Exporter exporter, CatalogService catalogs) {
        this.service = service;
        this.readCache = readCache;
        this.exporter = exporter;
        this.catalogs = catalogs;
    }

    @Get("/agreements/{id}/score")
    ScorecardViews.InstrumentScore score(long id, @QueryValue @Nullable String profile, @QueryValue @Nullable Boolean includeDrafts) {
        boolean drafts = Boolean.TRUE.equals(includeDrafts);
        return readCache.get(ReadCache.key("score", id, profile, drafts), () -> service.instrumentScore(id, profile, drafts))
                .localized(Messages.current());
    }

    @Get("/agreements/{id}/score/history")
    List<ScorecardViews.HistoryPoint> scoreHistory(long id, @QueryValue @Nullable String profile) {
        return service.instrumentHistory(id, profile);
    }

    /** The scorecard; as a file ({@code format}, {@code Accept}) its criteria table. */
    @Get("/countries/{iso2}/scorecard")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<ScorecardViews.CountryScorecard> scorecard(String iso2, @QueryValue @Nullable String profile,
                                                            @QueryValue @Nullable Boolean includeDrafts,
                                                            @QueryValue @Nullable String format, HttpRequest<?> request) {
        String code = iso2.toUpperCase(Locale.ROOT);
        boolean drafts = Boolean.TRUE.equals(includeDrafts);
        ScorecardViews.CountryScorecard card = readCache.get(ReadCache.key("scorecard", code, profile, drafts),
                () -> service.countryScorecard(code, profile, drafts)).localized(Messages.current());
        return exporter.answer(request, format, () -> card, () -> criteria(catalogs.criterionNames(card.catalogVersionId())), Rows.of(card.criteria()));
    }

    @Get("/countries/{iso2}/scorecard/history")
    List<ScorecardViews.HistoryPoint> scorecardHistory(String iso2, @QueryValue @Nullable String profile) {
        return service.countryHistory(iso2.toUpperCase(Locale.ROOT), profile);
    }

    /** Recomputes every country's maintained score (administrators; e.g. after ratings were loaded in bulk). */
    @Post("/scorecards/recompute")
    ScorecardViews.Recomputed recompute(@Nullable Principal principal) {
        return service.recomputeAll(Actors.name(principal));
    }

    /**
     * All countries with instruments (about 200 at most, so unpaged), ranked by score, unknown last. Approved ratings only
     * unless {@code includeDrafts=true}; each entry and the {@code X-Includes-Drafts} header say which.
     */
    @Get("/scorecards")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<List<ScorecardViews.RankingEntry>> ranking(@QueryValue @Nullable String region, @QueryValue @Nullable String type,
                                                            @QueryValue @Nullable String profile,
                                                            @QueryValue @Nullable Boolean includeDrafts,
                                                            @QueryValue @Nullable String format, HttpRequest<?> request) {
        boolean drafts = Boolean.TRUE.equals(includeDrafts);
        List<ScorecardViews.RankingEntry> ranking = readCache.get(ReadCache.key("ranking", region, type, profile, drafts),
                () -> service.ranking(region, type, profile, drafts));
        return exporter.answer(request, format, () -> ranking, RANKING, Rows.of(ranking)).header("X-Includes-Drafts", String.valueOf(drafts));
    }
}
