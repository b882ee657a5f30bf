package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentRepository extends CrudRepository<Assessment, Long> {

    Optional<Assessment> findByAgreementIdAndCriterionCode(Long agreementId, String criterionCode);

    List<Assessment> findByAgreementId(Long agreementId);
}
