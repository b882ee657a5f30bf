package de.bund.partnerschaftsmonitor.shared.security;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * Attempts per subject within a window, kept in the database (migration V67) so that every instance on it counts the
 * same attempts: a limit cannot be dodged by reaching another instance, and a restart does not reset it. A counter
 * counts from the first attempt of its window; the first attempt after the window has passed starts a new one. Each
 * change is one statement, so that concurrent attempts on several instances are all counted.
 */
@Singleton
public class AttemptCounters {

    private final AttemptCounterRepository repository;

    AttemptCounters(AttemptCounterRepository repository) {
        this.repository = repository;
    }

    /** Attempts of {@code subject} in the window that is still open at {@code now}; 0 when it has passed. */
    public int count(String kind, String subject, Duration window, Instant now) {
        return repository.findAttempts(kind, subject, now.minus(window)).orElse(0);
    }

    public void add(String kind, String subject, Duration window, Instant now) {
        repository.add(kind, subject, now, now.minus(window));
    }

    public void clear(String kind, String subject) {
        repository.clear(kind, subject);
    }

    /** Drops counters whose window has passed, so that a flood of distinct subjects does not pile up. */
    public int prune(String kind, Duration window, Instant now) {
        return repository.prune(kind, now.minus(window));
    }
}
