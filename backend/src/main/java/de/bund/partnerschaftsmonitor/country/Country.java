package de.bund.partnerschaftsmonitor.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** ISO 3166-1 reference data, loaded by migration; not edited in the application. */
@MappedEntity("countries")
record Country(
        @Id String iso2,
        @Nullable String iso3,
        @MappedProperty("numeric_code") @Nullable String numericCode,
        String nameDe,
        String nameEn,
        Region region,
        @Nullable String subregion,
        @Nullable String subregionDe,
        boolean fictitious) {
}
