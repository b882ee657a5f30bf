package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAddresses;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.security.AttemptCounters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in counters on the real database: subjects of this test only, so that the rest of the suite cannot interfere. */
@MicronautTest(transactional = false)
class LoginThrottleTest implements DatabaseTest {

    @Inject
    AttemptCounters counters;

    @Inject
    Sql sql;

    @Test
    void shouldBlockAnAddressAfterTooManyFailuresUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle(counters, 5, 3, 15);
        String address = TestAddresses.fresh();
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.addressBlocked(address, now)).isFalse();
            throttle.failedFromAddress(address, now);
        }
        assertThat(throttle.addressBlocked(address, now)).isTrue();
        assertThat(throttle.addressBlocked(address + "1", now)).isFalse();
        assertThat(throttle.addressBlocked(address, now.plus(Duration.ofMinutes(16)))).isFalse();
        // The first failure after the window starts a new count.
        throttle.failedFromAddress(address, now.plus(Duration.ofMinutes(16)));
        assertThat(throttle.addressBlocked(address, now.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(sql.count("SELECT attempts FROM attempt_counters WHERE kind = 'login-address' AND subject = ?", address)).isEqualTo(1);
    }

    @Test
    void shouldTreatUnknownNamesCaseInsensitively() {
        LoginThrottle throttle = new LoginThrottle(counters, 2, 100, 15);
        String name = "Ghost." + UUID.randomUUID();
        Instant now = Instant.now();
        throttle.failedForUnknownName(name, now);
        throttle.failedForUnknownName(name.toLowerCase() + " ", now);
        assertThat(throttle.unknownNameBlocked(name.toUpperCase(), now)).isTrue();
    }

    @Test
    void shouldDropCountersWhoseWindowHasPassed() {
        String address = TestAddresses.fresh();
        Instant long_ago = Instant.now().minus(Duration.ofHours(2));
        counters.add(LoginThrottle.BY_ADDRESS, address, Duration.ofMinutes(15), long_ago);
        new LoginThrottle(counters, 5, 3, 15).prune();
        assertThat(sql.count("SELECT COUNT(*) FROM attempt_counters WHERE kind = 'login-address' AND subject = ?", address)).isZero();
    }
}
