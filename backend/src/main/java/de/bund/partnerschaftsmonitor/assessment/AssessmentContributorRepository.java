package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentContributorRepository extends GenericRepository<AssessmentContributor, Long> {

    AssessmentContributor save(AssessmentContributor contributor);

    boolean existsByAssessmentIdAndUsername(Long assessmentId, String username);

    List<AssessmentContributor> findByAssessmentId(Long assessmentId);

    void deleteByAssessmentId(Long assessmentId);
}
