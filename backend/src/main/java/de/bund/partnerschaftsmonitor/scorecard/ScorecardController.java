package de.bund.partnerschaftsmonitor.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.Locale;

/** Scores are numbers 0–100; null means nothing is known yet (never 0). {@code profile} defaults to the default profile. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ScorecardController {

    private final ScorecardService service;

    ScorecardController(ScorecardService service) {
        this.service = service;
    }

    @Get("/agreements/{id}/score")
    ScorecardViews.InstrumentScore score(long id, @QueryValue @Nullable String profile) {
        return service.instrumentScore(id, profile);
    }

    @Get("/agreements/{id}/score/history")
    List<ScorecardViews.HistoryPoint> scoreHistory(long id, @QueryValue @Nullable String profile) {
        return service.instrumentHistory(id, profile);
    }

    @Get("/countries/{iso2}/scorecard")
    ScorecardViews.CountryScorecard scorecard(String iso2, @QueryValue @Nullable String profile) {
        return service.countryScorecard(iso2.toUpperCase(Locale.ROOT), profile);
    }

    @Get("/countries/{iso2}/scorecard/history")
    List<ScorecardViews.HistoryPoint> scorecardHistory(String iso2, @QueryValue @Nullable String profile) {
        return service.countryHistory(iso2.toUpperCase(Locale.ROOT), profile);
    }

    /** All countries with instruments (about 200 at most, so unpaged), ranked by score, unknown last. */
    @Get("/scorecards")
    List<ScorecardViews.RankingEntry> ranking(@QueryValue @Nullable String region, @QueryValue @Nullable String type,
                                              @QueryValue @Nullable String profile) {
        return service.ranking(region, type, profile);
    }
}
