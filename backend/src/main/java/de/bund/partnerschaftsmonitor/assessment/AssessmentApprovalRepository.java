package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentApprovalRepository extends GenericRepository<AssessmentApproval, Long> {

    AssessmentApproval save(AssessmentApproval approval);

    Optional<AssessmentApproval> findById(Long id);

    List<AssessmentApproval> findByIdIn(Collection<Long> ids);
}
