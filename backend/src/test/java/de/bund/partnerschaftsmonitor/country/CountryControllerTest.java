package de.bund.partnerschaftsmonitor.country;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class CountryControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void shouldListEveryIsoCountryWithGermanAndEnglishNames() {
        List<Map<String, Object>> countries = client.toBlocking().retrieve(HttpRequest.GET("/api/countries"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
        assertThat(countries).anySatisfy(c -> {
            assertThat(c).containsEntry("iso2", "DE").containsEntry("nameDe", "Deutschland").containsEntry("nameEn", "Germany")
                    .containsEntry("region", "EUROPE");
        });
    }

    @Test
    void shouldServeTheSubregionInGermanBesideEnglish() {
        List<Map<String, Object>> countries = client.toBlocking().retrieve(HttpRequest.GET("/api/countries"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(countries).filteredOn(c -> c.get("subregion") != null).hasSizeGreaterThan(240)
                .allSatisfy(c -> assertThat((String) c.get("subregionDe")).as("German subregion of %s", c.get("iso2"))
                        .isNotBlank().isNotEqualTo(c.get("subregion")));
        assertThat(countries).filteredOn(c -> "MA".equals(c.get("iso2"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("subregion", "Northern Africa").containsEntry("subregionDe", "Nordafrika"));
        Map<String, Object> kenya = client.toBlocking().retrieve(HttpRequest.GET("/api/countries/KE"), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> country = (Map<String, Object>) kenya.get("country");
        assertThat(country).containsEntry("subregion", "Eastern Africa").containsEntry("subregionDe", "Ostafrika");
    }

    @Test
    void shouldCountTheSeededInstrumentsOfKenya() {
        Map<String, Object> kenya = client.toBlocking().retrieve(HttpRequest.GET("/api/countries/KE"), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> country = (Map<String, Object>) kenya.get("country");
        assertThat(country).containsEntry("nameDe", "Kenia");
        assertThat(((Number) country.get("instrumentCount")).longValue()).isEqualTo(((List<?>) kenya.get("instruments")).size()).isPositive();
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownCountry() {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/api/countries/QQ")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(404);
                    assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
                });
    }
}
