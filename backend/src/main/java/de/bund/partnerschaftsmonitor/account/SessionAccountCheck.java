package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.security.AccountSessions;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account behind a session, looked up on every request. The database holds the truth (shared by all instances);
 * each instance keeps what it read for {@code PM_SESSION_CHECK} (default 2 s) at most, and forgets an account at once
 * when it changes it itself. So sign-out, disabling and role changes take effect at once on the instance that made
 * them and within that time on the others.
 */
@Singleton
public class SessionAccountCheck implements AccountSessions {

    private static final int MAX_CACHED = 10_000;

    /** What the check needs of an account; {@code null} in the cache: no such account. */
    record State(boolean enabled, Set<String> roles, @Nullable Instant signedOutBefore) {
    }

    private record Cached(@Nullable State state, long loadedAt) {
    }

    private final AccountService accounts;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SessionAccountCheck(AccountService accounts, @Value("${pm.security.session-check:2s}") Duration ttl) {
        this.accounts = accounts;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Optional<Set<String>> rolesNow(String username, Instant signedInAt) {
        State state = state(username);
        if (state == null || !state.enabled()
                || (state.signedOutBefore() != null && signedInAt.isBefore(state.signedOutBefore()))) {
            return Optional.empty();
        }
        return Optional.of(state.roles());
    }

    @Override
    public void signOut(String username) {
        accounts.signOut(username, Instant.now());
        forget(username);
    }

    @Override
    public boolean signInExternal(String username, List<String> roles) {
        boolean enabled = accounts.syncExternal(username, roles);
        forget(username);
        return enabled;
    }

    /** After a change made on this instance, so that it applies to the very next request. */
    public void forget(String username) {
        cache.remove(username);
    }

    @Nullable
    private State state(String username) {
        long now = System.nanoTime();
        Cached cached = cache.get(username);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.state();
        }
        State state = accounts.sessionState(username).orElse(null);
        if (ttlNanos > 0) {
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(username, new Cached(state, now));
        }
        return state;
    }
}
