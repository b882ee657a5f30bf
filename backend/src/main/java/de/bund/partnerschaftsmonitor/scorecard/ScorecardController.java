package de.bund.partnerschaftsmonitor.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.Locale;

/**
 * Scores are numbers 0–100; null means nothing is known yet (never 0). {@code profile} defaults to the default profile.
 * Scores count approved ratings (their last approved snapshot) unless {@code includeDrafts=true}.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ScorecardController {

    private final ScorecardService service;
    private final ReadCache readCache;

    ScorecardController(ScorecardService service, ReadCache readCache) {
        this.service = service;
        this.readCache = readCache;
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

    @Get("/countries/{iso2}/scorecard")
    ScorecardViews.CountryScorecard scorecard(String iso2, @QueryValue @Nullable String profile,
                                              @QueryValue @Nullable Boolean includeDrafts) {
        String code = iso2.toUpperCase(Locale.ROOT);
        boolean drafts = Boolean.TRUE.equals(includeDrafts);
        return readCache.get(ReadCache.key("scorecard", code, profile, drafts), () -> service.countryScorecard(code, profile, drafts))
                .localized(Messages.current());
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
    HttpResponse<List<ScorecardViews.RankingEntry>> ranking(@QueryValue @Nullable String region, @QueryValue @Nullable String type,
                                                            @QueryValue @Nullable String profile,
                                                            @QueryValue @Nullable Boolean includeDrafts) {
        boolean drafts = Boolean.TRUE.equals(includeDrafts);
        List<ScorecardViews.RankingEntry> ranking = readCache.get(ReadCache.key("ranking", region, type, profile, drafts),
                () -> service.ranking(region, type, profile, drafts));
        return HttpResponse.ok(ranking).header("X-Includes-Drafts", String.valueOf(drafts));
    }
}
