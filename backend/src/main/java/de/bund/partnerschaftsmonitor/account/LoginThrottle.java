package de.bund.partnerschaftsmonitor.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory counters for what the accounts table cannot hold: failures per client address, and
 * failures for user names that do not exist (so that they lock exactly like real ones and the answer
 * does not reveal which names exist). Per instance; the per-account lock in the table is shared.
 */
@Singleton
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byUnknownName = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${pm.security.max-failed-logins:5}") int maxPerName,
                  @Value("${pm.security.max-failed-logins-per-ip:30}") int maxPerAddress,
                  @Value("${pm.security.lock-minutes:15}") int lockMinutes) {
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean addressBlocked(String address, Instant now) {
        return recent(byAddress, address, now) >= maxPerAddress;
    }

    boolean unknownNameBlocked(String username, Instant now) {
        return recent(byUnknownName, key(username), now) >= maxPerName;
    }

    void failedFromAddress(String address, Instant now) {
        add(byAddress, address, now);
    }

    void failedForUnknownName(String username, Instant now) {
        add(byUnknownName, key(username), now);
    }

    void clearAddress(String address) {
        byAddress.remove(address);
    }

    private int recent(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> map, String key, Instant now) {
        if (map.size() > MAX_TRACKED) {
            map.clear(); // a flood of distinct keys must not exhaust memory
        }
        Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
