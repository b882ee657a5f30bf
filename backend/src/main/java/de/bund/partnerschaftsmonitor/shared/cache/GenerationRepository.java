package de.bund.partnerschaftsmonitor.shared.cache;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/** The single-row counter of committed writes (migration V40). */
@Singleton
class GenerationRepository {

    private final JdbcOperations jdbc;

    GenerationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    long current() {
        return jdbc.prepareStatement("SELECT generation FROM data_generation WHERE id = 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** In the caller's transaction, as its last statement: the row lock is then held only for the commit itself. */
    void bump() {
        jdbc.prepareStatement("UPDATE data_generation SET generation = generation + 1 WHERE id = 1", ps -> ps.executeUpdate());
    }
}
