package de.bund.partnerschaftsmonitor.country;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A partner country with the number of (non-archived) instruments it has; {@code subregion} is the English subregion name.
 * {@code fictitious}: a demo country (demo seed only), never to be published or taken for a real partner.
 */
@Serdeable
@Introspected
public record CountrySummary(String iso2, @Nullable String iso3, @Nullable String numericCode, String nameDe, String nameEn,
                             Region region, @Nullable String subregion, @Nullable String subregionDe,
                             long instrumentCount, boolean fictitious) {
}
