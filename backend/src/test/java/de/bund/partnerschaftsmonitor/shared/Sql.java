package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the real database, to check what a request did or did not store. */
@Singleton
public class Sql {

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A write behind the application's back, e.g. to damage a maintained table that a repair must restore. Like every
     * such write it raises the write counter, so that read caches drop their views (see ReadCache).
     */
    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement bump = c.prepareStatement("UPDATE data_generation SET generation = generation + 1 WHERE id = 1")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int rows = ps.executeUpdate();
            bump.executeUpdate();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own, e.g. to hold locks in a transaction beside the application's; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
