package de.bund.partnerschaftsmonitor.country;

import jakarta.inject.Singleton;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** The country feature's face to other features. */
@Singleton
public class CountryService {

    private final CountryRepository countries;
    // ISO 3166-1 reference data comes with the migrations and never changes while the application runs: read once.
    private volatile Map<String, CountryReference> reference;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    /** What other features show of a country (names, region), without a database round trip. */
    public record CountryReference(String iso2, @Nullable String numericCode, String nameDe, String nameEn, Region region) {
    }

    private Map<String, CountryReference> all() {
        Map<String, CountryReference> r = reference;
        if (r == null) {
            r = countries.findAll().stream().collect(Collectors.toUnmodifiableMap(Country::iso2,
                    c -> new CountryReference(c.iso2(), c.numericCode(), c.nameDe(), c.nameEn(), c.region())));
            reference = r;
        }
        return r;
    }

    /**
     * A country's write lock: every transaction that changes an instrument or a rating of the country takes it first,
     * before any other row lock (in iso2 order when it needs several), so that writers queue instead of deadlocking.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForWrite(Collection<String> iso2) {
        List<String> codes = iso2.stream().filter(Objects::nonNull).distinct().toList();
        if (!codes.isEmpty()) {
            countries.lock(codes);
        }
    }

    /** Every country's write lock, in the same order, for work on all countries at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockAllForWrite() {
        countries.lockAll();
    }

    public boolean exists(String iso2) {
        return iso2 != null && all().containsKey(iso2);
    }

    public Optional<CountryReference> reference(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : all().get(iso2));
    }

    public Optional<CountrySummary> find(String iso2) {
        return countries.summary(iso2);
    }

    public List<CountrySummary> list(Region region, boolean withInstruments) {
        return countries.summaries(region == null ? null : region.name(), withInstruments);
    }
}
