package de.bund.partnerschaftsmonitor.country;

import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import de.bund.partnerschaftsmonitor.agreement.AgreementListItem;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import de.bund.partnerschaftsmonitor.shared.export.Bilingual;
import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;
import de.bund.partnerschaftsmonitor.shared.export.Exporter;
import de.bund.partnerschaftsmonitor.shared.export.Rows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
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
    private final Exporter exporter;

    /** The countries list as a file, with the screen's columns. */
    static final ExportTable<CountrySummary> EXPORT = ExportTable.of("countries",
            Column.text("field.country.name", c -> new Bilingual(c.nameDe(), c.nameEn())),
            Column.text("field.country.iso2", CountrySummary::iso2),
            Column.text("field.country.region", CountrySummary::region),
            Column.number("field.country.instrumentCount", CountrySummary::instrumentCount));

    CountryController(CountryService countries, AgreementService agreements, ReadCache readCache, Exporter exporter) {
        this.countries = countries;
        this.agreements = agreements;
        this.readCache = readCache;
        this.exporter = exporter;
    }

    @Serdeable
    record CountryDetail(CountrySummary country, List<AgreementListItem> instruments) {
    }

    /** All ISO 3166-1 countries (250 rows, so unpaged) with their instrument counts; also as a file. */
    @Get
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<List<CountrySummary>> list(@QueryValue @Nullable Region region, @QueryValue(defaultValue = "false") boolean withInstruments,
                                            @QueryValue @Nullable String format, HttpRequest<?> request) {
        List<CountrySummary> list = readCache.get(ReadCache.key("countries", region, withInstruments), () -> countries.list(region, withInstruments));
        return exporter.answer(request, format, () -> list, EXPORT, Rows.of(list));
    }

    @Get("/{iso2}")
    CountryDetail get(String iso2) {
        String code = iso2.toUpperCase(java.util.Locale.ROOT);
        CountrySummary country = readCache.get(ReadCache.key("country", code), () -> countries.find(code))
                .orElseThrow(() -> new NotFoundException("country.notFound"));
        return new CountryDetail(country, agreements.listByCountry(code));
    }
}
