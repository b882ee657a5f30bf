package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.security.AttemptCounters;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counters for what the accounts table cannot hold: failures per client address, and failures for user names that do
 * not exist (so that they lock exactly like real ones and the answer does not reveal which names exist). They live in
 * the database like the per-account lock, so that all instances on it count together.
 */
@Singleton
class LoginThrottle {

    static final String BY_ADDRESS = "login-address";
    static final String BY_UNKNOWN_NAME = "login-name";
    private static final int MAX_SUBJECT = 120;

    private final AttemptCounters counters;
    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(AttemptCounters counters,
                  @Value("${pm.security.max-failed-logins:5}") int maxPerName,
                  @Value("${pm.security.max-failed-logins-per-ip:30}") int maxPerAddress,
                  @Value("${pm.security.lock-minutes:15}") int lockMinutes) {
        this.counters = counters;
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean addressBlocked(String address, Instant now) {
        return counters.count(BY_ADDRESS, subject(address), window, now) >= maxPerAddress;
    }

    boolean unknownNameBlocked(String username, Instant now) {
        return counters.count(BY_UNKNOWN_NAME, key(username), window, now) >= maxPerName;
    }

    void failedFromAddress(String address, Instant now) {
        counters.add(BY_ADDRESS, subject(address), window, now);
    }

    void failedForUnknownName(String username, Instant now) {
        counters.add(BY_UNKNOWN_NAME, key(username), window, now);
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void prune() {
        Instant now = Instant.now();
        counters.prune(BY_ADDRESS, window, now);
        counters.prune(BY_UNKNOWN_NAME, window, now);
    }

    private static String key(String username) {
        return subject(username.trim().toLowerCase(Locale.ROOT));
    }

    private static String subject(String value) {
        return value.length() > MAX_SUBJECT ? value.substring(0, MAX_SUBJECT) : value;
    }
}
