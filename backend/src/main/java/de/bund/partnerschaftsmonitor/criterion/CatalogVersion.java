package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

@MappedEntity("catalog_versions")
record CatalogVersion(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        String label,
        CatalogStatus status,
        @Nullable Long basedOnId,
        @Nullable Instant publishedAt,
        String createdBy,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    CatalogVersion published(Instant when) {
        return new CatalogVersion(id, version, label, CatalogStatus.PUBLISHED, basedOnId, when, createdBy, createdAt, updatedAt);
    }

    CatalogVersion touched() {
        return new CatalogVersion(id, version, label, status, basedOnId, publishedAt, createdBy, createdAt, updatedAt);
    }
}
