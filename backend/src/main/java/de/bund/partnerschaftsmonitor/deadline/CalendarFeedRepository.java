package de.bund.partnerschaftsmonitor.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Calendar feeds by user name and token hash, and the account a feed reads for. */
@Singleton
class CalendarFeedRepository {

    record Feed(long id, String username, List<String> roles, Instant createdAt) {
    }

    /** {@code accountRoles} empty and {@code enabled} true when no accounts row exists (single sign-on). */
    record Reader(boolean enabled, @Nullable String desk, List<String> accountRoles, boolean stored) {
    }

    private final DeadlineRepository rows;

    CalendarFeedRepository(DeadlineRepository rows) {
        this.rows = rows;
    }

    private static final String COLUMNS = "SELECT id, username, roles, created_at FROM calendar_feeds WHERE ";

    @Transactional(readOnly = true)
    Optional<Feed> findByTokenHash(String hash) {
        return one(COLUMNS + "token_hash = ?", hash);
    }

    @Transactional(readOnly = true)
    Optional<Feed> findByUsername(String username) {
        return one(COLUMNS + "username = ?", username);
    }

    /** False when the person has a feed already (two first calls at once: one wins). */
    @Transactional
    boolean insert(String username, String tokenHash, List<String> roles) {
        return rows.update("INSERT IGNORE INTO calendar_feeds (username, token_hash, roles) VALUES (?, ?, ?)",
                username, tokenHash, String.join(",", roles)) == 1;
    }

    @Transactional
    boolean deleteByUsername(String username) {
        return rows.update("DELETE FROM calendar_feeds WHERE username = ?", username) == 1;
    }

    @Transactional(readOnly = true)
    Reader reader(String username) {
        List<Reader> found = rows.query("SELECT a.enabled, a.desk, (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')"
                        + " FROM account_roles r WHERE r.account_id = a.id) FROM accounts a WHERE a.username = ?",
                List.of(username), rs -> new Reader(rs.getBoolean(1), rs.getString(2), split(rs.getString(3)), true));
        return found.isEmpty() ? new Reader(true, null, List.of(), false) : found.get(0);
    }

    private Optional<Feed> one(String sql, String value) {
        return rows.query(sql, List.of(value), rs -> new Feed(rs.getLong(1), rs.getString(2), split(rs.getString(3)),
                rs.getTimestamp(4).toInstant())).stream().findFirst();
    }

    private static List<String> split(@Nullable String roles) {
        return roles == null || roles.isBlank() ? List.of() : Arrays.stream(roles.split(",")).toList();
    }
}
