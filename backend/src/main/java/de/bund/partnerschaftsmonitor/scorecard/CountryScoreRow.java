package de.bund.partnerschaftsmonitor.scorecard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Key of the maintained {@code country_scores} table; the repository reads and writes it with SQL. */
@MappedEntity("country_scores")
record CountryScoreRow(@Id String countryIso2, String profileCode) {
}
