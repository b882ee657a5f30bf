package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CriterionRepository extends CrudRepository<Criterion, Long> {

    List<Criterion> findByCatalogVersionIdOrderByDisplayOrder(Long catalogVersionId);

    Optional<Criterion> findByCatalogVersionIdAndCode(Long catalogVersionId, String code);

    @io.micronaut.data.annotation.Query("SELECT COALESCE(MAX(display_order), 0) FROM criteria WHERE catalog_version_id = :catalogVersionId")
    int maxDisplayOrder(Long catalogVersionId);
}
