package de.bund.partnerschaftsmonitor.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void shouldBlockAnAddressAfterTooManyFailuresUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle(5, 3, 15);
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.addressBlocked("10.0.0.1", now)).isFalse();
            throttle.failedFromAddress("10.0.0.1", now);
        }
        assertThat(throttle.addressBlocked("10.0.0.1", now)).isTrue();
        assertThat(throttle.addressBlocked("10.0.0.2", now)).isFalse();
        assertThat(throttle.addressBlocked("10.0.0.1", now.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void shouldTreatUnknownNamesCaseInsensitively() {
        LoginThrottle throttle = new LoginThrottle(2, 100, 15);
        Instant now = Instant.now();
        throttle.failedForUnknownName("Ghost", now);
        throttle.failedForUnknownName("ghost ", now);
        assertThat(throttle.unknownNameBlocked("GHOST", now)).isTrue();
    }
}
