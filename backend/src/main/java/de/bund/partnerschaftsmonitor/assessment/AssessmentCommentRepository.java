package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentCommentRepository extends GenericRepository<AssessmentComment, Long> {

    AssessmentComment save(AssessmentComment comment);

    List<AssessmentComment> findByAssessmentIdOrderById(Long assessmentId);
}
