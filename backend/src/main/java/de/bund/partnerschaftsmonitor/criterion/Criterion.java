package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

@MappedEntity("criteria")
record Criterion(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        Long catalogVersionId,
        String code,
        String groupCode,
        boolean core,
        int displayOrder,
        String nameEn,
        @Nullable String nameDe,
        String questionEn,
        @Nullable String questionDe,
        @MappedProperty("level0") String level0,
        @MappedProperty("level1") String level1,
        @MappedProperty("level2") String level2,
        @MappedProperty("level3") String level3,
        @MappedProperty("level0_de") @Nullable String level0De,
        @MappedProperty("level1_de") @Nullable String level1De,
        @MappedProperty("level2_de") @Nullable String level2De,
        @MappedProperty("level3_de") @Nullable String level3De,
        @TypeDef(type = DataType.JSON) @Nullable List<LegalReference> legalReferences,
        @TypeDef(type = DataType.JSON) @Nullable List<String> keywordsDe,
        @TypeDef(type = DataType.JSON) @Nullable List<String> keywordsEn,
        boolean retired,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
