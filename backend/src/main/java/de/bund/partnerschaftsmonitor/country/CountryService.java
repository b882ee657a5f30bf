package de.bund.partnerschaftsmonitor.country;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The country feature's face to other features. */
@Singleton
public class CountryService {

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public boolean exists(String iso2) {
        return iso2 != null && countries.existsById(iso2);
    }

    public Optional<CountrySummary> find(String iso2) {
        return countries.summary(iso2);
    }

    public List<CountrySummary> list(Region region, boolean withInstruments) {
        return countries.summaries(region == null ? null : region.name(), withInstruments);
    }
}
