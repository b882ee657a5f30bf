package de.bund.partnerschaftsmonitor.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.time.Instant;
import java.util.List;

/** Insert and read only: there is deliberately no update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId);

    long countByEntityTypeAndEntityId(String entityType, String entityId);

    /** The trail, newest first; each filter applies only when given. */
    @Query(value = """
            SELECT * FROM audit_events
             WHERE (:entityType IS NULL OR entity_type = :entityType)
               AND (:entityId IS NULL OR entity_id = :entityId)
               AND (:actor IS NULL OR actor = :actor)
               AND (:from IS NULL OR occurred_at >= :from)
               AND (:to IS NULL OR occurred_at < :to)
             ORDER BY id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM audit_events
             WHERE (:entityType IS NULL OR entity_type = :entityType)
               AND (:entityId IS NULL OR entity_id = :entityId)
               AND (:actor IS NULL OR actor = :actor)
               AND (:from IS NULL OR occurred_at >= :from)
               AND (:to IS NULL OR occurred_at < :to)""")
    Page<AuditEvent> search(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
                            @Nullable Instant from, @Nullable Instant to, Pageable pageable);
}
