package de.bund.partnerschaftsmonitor.shared.cache;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Computed read views (lists, details, scorecards, the ranking), kept until the next committed write.
 *
 * <p>Every entry carries the epoch it was computed in. The epoch moves on after each write this instance commits
 * ({@link #markChanged()}, called by the audit trail, so by every write) and whenever the database's write counter
 * ({@code data_generation}) has moved, which is checked at most once per poll interval. So a view is never older than
 * this instance's last commit, and at most one poll interval older than another instance's. The epoch is read before
 * the view is computed, so a view computed while a write commits is thrown away on the next read.
 */
@Singleton
public class ReadCache {

    /** Softly held: a bound in entries is not one in bytes, so under memory pressure the collector may drop views. */
    private record Entry(long epoch, SoftReference<Object> value) {
    }

    private final GenerationRepository generations;
    private final TransactionOperations<Connection> transactions;
    private final long pollNanos;
    private final boolean enabled;
    private final AtomicLong epoch = new AtomicLong();
    private final ReentrantLock pollLock = new ReentrantLock();
    private volatile long seenGeneration = Long.MIN_VALUE;
    private volatile long polledAt = System.nanoTime() - Long.MAX_VALUE / 2;
    private final Map<String, Entry> entries;
    private final ConcurrentHashMap<String, FutureTask<Object>> inFlight = new ConcurrentHashMap<>();

    ReadCache(GenerationRepository generations, TransactionOperations<Connection> transactions,
              @Value("${pm.read-cache.poll-interval:500ms}") Duration pollInterval,
              @Value("${pm.read-cache.max-entries:5000}") int maxEntries) {
        this.generations = generations;
        this.transactions = transactions;
        this.pollNanos = pollInterval.toNanos();
        this.enabled = maxEntries > 0;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * A key of the view's name and parameters. Valid parameters never contain the separator, so two parameter lists can
     * only share a key if both hold one, and then both are rejected by validation before anything is cached.
     */
    public static String key(String view, Object... parameters) {
        StringBuilder key = new StringBuilder(view);
        for (Object p : parameters) {
            key.append('\u001f').append(p);
        }
        return key.toString();
    }

    /**
     * The cached view for {@code key}, or the loader's, which is then kept; a loader's exception is not cached. Readers
     * that miss the same key in the same epoch wait for one computation instead of all running it. With
     * {@code max-entries} 0 the cache is off: every read computes its view.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        if (!enabled) {
            return loader.get();
        }
        long now = currentEpoch();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        Object kept = entry != null && entry.epoch() == now ? entry.value().get() : null;
        if (kept != null) {
            return (T) kept;
        }
        String flight = now + "\u001f" + key;
        FutureTask<Object> task = new FutureTask<>(loader::get);
        FutureTask<Object> running = inFlight.putIfAbsent(flight, task);
        if (running == null) {
            running = task;
            try {
                task.run();
            } finally {
                inFlight.remove(flight, task);
            }
        }
        T value = (T) await(running);
        synchronized (entries) {
            entries.put(key, new Entry(now, new SoftReference<>(value)));
        }
        return value;
    }

    private static Object await(FutureTask<Object> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a view", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Call inside a writing transaction: raises the database's write counter just before the commit (the last lock the
     * transaction takes, so it cannot deadlock with the others) and ends this instance's epoch after it.
     */
    public void markChanged() {
        transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("markChanged() needs a transaction"))
                .registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        generations.bump();
                    }

                    @Override
                    public void afterCommit() {
                        epoch.incrementAndGet();
                    }
                });
    }

    /**
     * The current epoch: it moves after each write this instance commits and, within a poll interval, after any other
     * instance's. Derived stores (the search index) compare it with the epoch they last caught up in.
     */
    public long epoch() {
        return currentEpoch();
    }

    /** One reader polls; the others go on with the epoch they have rather than queue behind a slow database. */
    private long currentEpoch() {
        if (System.nanoTime() - polledAt >= pollNanos && pollLock.tryLock()) {
            try {
                long generation = generations.current();
                if (generation != seenGeneration) {
                    seenGeneration = generation;
                    epoch.incrementAndGet();
                }
                polledAt = System.nanoTime();
            } finally {
                pollLock.unlock();
            }
        }
        return epoch.get();
    }
}
