package de.bund.partnerschaftsmonitor.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CountryRepository extends GenericRepository<Country, String> {

    String SUMMARY = """
            SELECT c.iso2, c.iso3, c.numeric_code, c.name_de, c.name_en, c.region, c.subregion, c.subregion_de,
                   COUNT(a.id) AS instrument_count, c.fictitious
              FROM countries c
              LEFT JOIN agreements a ON a.country_iso2 = c.iso2 AND a.archived_at IS NULL
            """;

    List<Country> findAll();

    @Query("SELECT iso2 FROM countries WHERE iso2 IN (:codes) ORDER BY iso2 FOR UPDATE")
    List<String> lock(Collection<String> codes);

    @Query("SELECT iso2 FROM countries ORDER BY iso2 FOR UPDATE")
    List<String> lockAll();

    @Query(SUMMARY + """
             WHERE (:region IS NULL OR c.region = :region)
             GROUP BY c.iso2, c.iso3, c.numeric_code, c.name_de, c.name_en, c.region, c.subregion, c.subregion_de, c.fictitious
            HAVING (:withInstruments = FALSE OR COUNT(a.id) > 0)
             ORDER BY c.name_de
            """)
    List<CountrySummary> summaries(@Nullable String region, boolean withInstruments);

    @Query(SUMMARY + """
             WHERE c.iso2 = :iso2
             GROUP BY c.iso2, c.iso3, c.numeric_code, c.name_de, c.name_en, c.region, c.subregion, c.subregion_de, c.fictitious
            """)
    Optional<CountrySummary> summary(String iso2);

    /** Only for the demo seed's fictitious country; real countries come with the migrations. */
    @Query("""
            INSERT INTO countries (iso2, iso3, numeric_code, name_de, name_en, region, subregion, subregion_de, fictitious)
            VALUES (:iso2, :iso3, NULL, :nameDe, :nameEn, :region, NULL, NULL, TRUE)
            """)
    void insertFictitious(String iso2, String iso3, String nameDe, String nameEn, String region);
}
