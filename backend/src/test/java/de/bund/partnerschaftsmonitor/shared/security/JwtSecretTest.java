package de.bund.partnerschaftsmonitor.shared.security;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JwtSecretTest {

    @Test
    void shouldSignWithExactlyTheConfiguredSecretSoThatSessionsSurviveRestarts() {
        String secret = "a-shared-secret-of-at-least-32-characters";
        assertThat(JwtSecret.properties(Map.of("PM_JWT_SECRET", secret)::get)).containsExactly(Map.entry(JwtSecret.PROPERTY, secret));
    }

    @Test
    void shouldMakeANewRandomKeyAtEachStartWithoutOne() {
        Object first = JwtSecret.properties(name -> null).get(JwtSecret.PROPERTY);
        Object second = JwtSecret.properties(name -> "  ").get(JwtSecret.PROPERTY);
        assertThat(first).asString().hasSizeGreaterThanOrEqualTo(64);
        assertThat(first).isNotEqualTo(second);
    }
}
