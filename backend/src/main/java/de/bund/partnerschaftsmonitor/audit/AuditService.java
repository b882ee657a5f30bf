package de.bund.partnerschaftsmonitor.audit;

import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Appends who changed what, with old and new values, inside the caller's transaction. */
@Singleton
public class AuditService {

    // "fictitious" follows from the country (demo seed), nobody changes it: not a change to show in every instrument's history.
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt", "fictitious");

    private final AuditRepository repository;
    private final JsonMapper json;
    // Lazy: the cache needs the transaction manager, which the security beans that use this service are resolved before.
    private final BeanProvider<ReadCache> readCache;

    AuditService(AuditRepository repository, JsonMapper json, BeanProvider<ReadCache> readCache) {
        this.repository = repository;
        this.json = json;
        this.readCache = readCache;
    }

    @Serdeable
    public record Change(@Nullable Object old, @Nullable Object value) {
    }

    @Serdeable
    public record Entry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                        Map<String, Change> changes) {
    }

    /** Records a change; {@code before} or {@code after} is null for creation or removal. Every write calls this, so it also ends cached views. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, @Nullable Object before, @Nullable Object after) {
        Map<String, Object> old = toMap(before);
        Map<String, Object> now = toMap(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!IGNORED.contains(key) && !Objects.equals(old.get(key), now.get(key))) {
                changes.put(key, new Change(old.get(key), now.get(key)));
            }
        }
        repository.save(new AuditEvent(null, null, actor, action, entityType, String.valueOf(entityId), changes));
        readCache.get().markChanged();
    }

    /**
     * Records something a person read or took away (an export, a brief) with what it covered. Nothing changed, so cached
     * views stay valid.
     */
    @Transactional
    public void recordRead(String actor, String action, String entityType, Object entityId, Map<String, Object> details) {
        Map<String, Change> changes = new LinkedHashMap<>();
        new java.util.TreeMap<>(details).forEach((key, value) -> changes.put(key, new Change(null, value)));
        repository.save(new AuditEvent(null, null, actor, action, entityType, String.valueOf(entityId), changes));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String entityType, Object entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, String.valueOf(entityId)).stream()
                .map(AuditService::entry)
                .toList();
    }

    /** For the audit API: filters are optional; {@code to} is exclusive. */
    @Transactional(readOnly = true)
    public Page<Entry> search(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
                              @Nullable Instant from, @Nullable Instant to, Pageable pageable) {
        return repository.search(entityType, entityId, actor, from, to, Pageable.from(pageable.getNumber(), pageable.getSize()))
                .map(AuditService::entry);
    }

    private static Entry entry(AuditEvent e) {
        return new Entry(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.changes() == null ? Map.of() : e.changes());
    }

    private Map<String, Object> toMap(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return json.readValue(json.writeValueAsBytes(value), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
