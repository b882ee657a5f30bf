package de.bund.partnerschaftsmonitor.feedback;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedbackRepository extends GenericRepository<Feedback, Long> {

    Feedback save(Feedback feedback);

    Feedback update(Feedback feedback);

    Optional<Feedback> findById(Long id);

    Page<Feedback> findAllOrderByIdDesc(Pageable pageable);

    Page<Feedback> findByHandledAtIsNullOrderByIdDesc(Pageable pageable);

    Page<Feedback> findByHandledAtIsNotNullOrderByIdDesc(Pageable pageable);
}
