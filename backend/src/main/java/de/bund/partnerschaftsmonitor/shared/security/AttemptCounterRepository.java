package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The counters table of migration V67; {@link AttemptCounters} says what the values mean. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AttemptCounterRepository extends GenericRepository<AttemptCounterRepository.Row, String> {

    /** Only for the repository's entity type; the counters are read and written by the queries below. */
    @io.micronaut.data.annotation.MappedEntity("attempt_counters")
    record Row(@io.micronaut.data.annotation.Id String kind, String subject, int attempts, Instant windowStart) {
    }

    @Query("SELECT attempts FROM attempt_counters WHERE kind = :kind AND subject = :subject AND window_start >= :since")
    Optional<Integer> findAttempts(String kind, String subject, Instant since);

    // Assignments apply left to right: attempts is decided on the old window_start, then window_start moves on.
    @Query("""
            INSERT INTO attempt_counters (kind, subject, attempts, window_start) VALUES (:kind, :subject, 1, :now)
            ON DUPLICATE KEY UPDATE attempts = IF(window_start < :expired, 1, attempts + 1),
                                    window_start = IF(window_start < :expired, :now, window_start)""")
    void add(String kind, String subject, Instant now, Instant expired);

    @Query("DELETE FROM attempt_counters WHERE kind = :kind AND subject = :subject")
    void clear(String kind, String subject);

    @Query("DELETE FROM attempt_counters WHERE kind = :kind AND window_start < :before")
    int prune(String kind, Instant before);
}
