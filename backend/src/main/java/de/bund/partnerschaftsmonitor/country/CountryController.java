package de.bund.partnerschaftsmonitor.country;

import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import de.bund.partnerschaftsmonitor.agreement.AgreementListItem;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Controller("/api/countries")
@ExecuteOn(TaskExecutors.BLOCKING)
class CountryController {

    private final CountryService countries;
    private final AgreementService agreements;
    private final ReadCache readCache;

    CountryController(CountryService countries, AgreementService agreements, ReadCache readCache) {
        this.countries = countries;
        this.agreements = agreements;
        this.readCache = readCache;
    }

    @Serdeable
    record CountryDetail(CountrySummary country, List<AgreementListItem> instruments) {
    }

    /** All ISO 3166-1 countries (250 rows, so unpaged) with their instrument counts. */
    @Get
    List<CountrySummary> list(@QueryValue @Nullable Region region, @QueryValue(defaultValue = "false") boolean withInstruments) {
        return readCache.get(ReadCache.key("countries", region, withInstruments), () -> countries.list(region, withInstruments));
    }

    @Get("/{iso2}")
    CountryDetail get(String iso2) {
        String code = iso2.toUpperCase(java.util.Locale.ROOT);
        CountrySummary country = readCache.get(ReadCache.key("country", code), () -> countries.find(code))
                .orElseThrow(() -> new NotFoundException("country.notFound"));
        return new CountryDetail(country, agreements.listByCountry(code));
    }
}
