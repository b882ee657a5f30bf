package de.bund.partnerschaftsmonitor.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;

@MappedEntity("audit_events")
record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        @DateCreated @Nullable Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        @TypeDef(type = DataType.JSON) @Nullable Map<String, AuditService.Change> changes) {
}
