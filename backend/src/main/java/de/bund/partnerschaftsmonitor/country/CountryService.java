package de.bund.partnerschaftsmonitor.country;

import de.bund.partnerschaftsmonitor.audit.AuditService;
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
    private final AuditService audit;
    // ISO 3166-1 reference data comes with the migrations and never changes while the application runs: read once. Only
    // the demo seed adds a (fictitious) country; a code not found is read again, so that another instance's seed shows up.
    private volatile Map<String, CountryReference> reference;

    CountryService(CountryRepository countries, AuditService audit) {
        this.countries = countries;
        this.audit = audit;
    }

    /** What other features show of a country (names, region, whether it is a fictitious demo country), without a database round trip. */
    public record CountryReference(String iso2, @Nullable String numericCode, String nameDe, String nameEn, Region region,
                                   boolean fictitious) {
    }

    private Map<String, CountryReference> all() {
        Map<String, CountryReference> r = reference;
        if (r == null) {
            r = countries.findAll().stream().collect(Collectors.toUnmodifiableMap(Country::iso2,
                    c -> new CountryReference(c.iso2(), c.numericCode(), c.nameDe(), c.nameEn(), c.region(), c.fictitious())));
            reference = r;
        }
        return r;
    }

    private Optional<CountryReference> lookUp(String iso2) {
        CountryReference found = all().get(iso2);
        if (found == null && iso2.matches("[A-Z]{2}")) {
            reference = null;
            found = all().get(iso2);
        }
        return Optional.ofNullable(found);
    }

    /**
     * Adds the demo seed's fictitious partner country (a user-assigned ISO 3166 code such as QM), flagged fictitious; audited.
     * Refuses a code that is taken, so that no real country can become fictitious.
     */
    @Transactional
    public CountryReference addFictitious(String iso2, String iso3, String nameDe, String nameEn, Region region, String actor) {
        if (lookUp(iso2).isPresent()) {
            throw new IllegalStateException("Country code already taken: " + iso2);
        }
        countries.insertFictitious(iso2, iso3, nameDe, nameEn, region.name());
        reference = null;
        audit.record(actor, "CREATE", "country", iso2, null, countries.summary(iso2).orElseThrow());
        return lookUp(iso2).orElseThrow();
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
        return iso2 != null && lookUp(iso2).isPresent();
    }

    public Optional<CountryReference> reference(String iso2) {
        return iso2 == null ? Optional.empty() : lookUp(iso2);
    }

    public Optional<CountrySummary> find(String iso2) {
        return countries.summary(iso2);
    }

    public List<CountrySummary> list(Region region, boolean withInstruments) {
        return countries.summaries(region == null ? null : region.name(), withInstruments);
    }
}
