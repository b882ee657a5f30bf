package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SeedLoaderTest implements DatabaseTest {

    @Inject
    SeedLoader seed;

    @Inject
    Sql sql;

    @Test
    void shouldLoadNothingTheSecondTime() {
        long agreements = sql.count("SELECT COUNT(*) FROM agreements");
        long audit = sql.count("SELECT COUNT(*) FROM audit_events");

        assertThat(seed.load()).isZero();

        assertThat(sql.count("SELECT COUNT(*) FROM agreements")).isEqualTo(agreements);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events")).isEqualTo(audit);
    }

    @Test
    void shouldKeepASourceUrlWithEverySeededInstrument() {
        // Seeded real instruments (the seed's form of reference, not Musterland's, which has no public source by design).
        assertThat(sql.count("SELECT COUNT(*) FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE a.external_ref REGEXP '^[A-Z]{2}-[A-Z]{2}-' AND c.fictitious = FALSE"
                + " AND NOT EXISTS (SELECT 1 FROM agreement_sources s WHERE s.agreement_id = a.id)")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM agreement_sources s JOIN agreements a ON a.id = s.agreement_id"
                + " WHERE a.external_ref = 'DE-KE-2024' AND s.field = 'dateSigned' AND s.url LIKE 'https://www.bmi.bund.de/%'")).isEqualTo(1);
    }

    @Test
    void shouldLeaveUnconfirmedFieldsEmpty() {
        // The reference data has no confirmed entry-into-force date for Uzbekistan: unknown stays unknown.
        assertThat(sql.count("SELECT COUNT(*) FROM agreements WHERE external_ref = 'DE-UZ-2024' AND date_in_force IS NULL AND status = 'SIGNED'"))
                .isEqualTo(1);
    }
}
