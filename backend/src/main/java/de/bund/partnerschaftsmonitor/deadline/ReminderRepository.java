package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Who gets reminders, and the claims that make each go out once. */
@Singleton
class ReminderRepository {

    /** {@code language}: the account's, {@code de} or {@code en}. */
    record Recipient(String username, String email, String language) {
    }

    private final DeadlineRepository rows;

    ReminderRepository(DeadlineRepository rows) {
        this.rows = rows;
    }

    /** Enabled accounts with an address whose desk is {@code desk} (compared as the database collation does: case-insensitively). */
    @Transactional(readOnly = true)
    List<Recipient> deskMembers(String desk) {
        return rows.query("SELECT username, email, language FROM accounts WHERE enabled = TRUE AND email IS NOT NULL AND desk = ? ORDER BY username",
                List.of(desk), rs -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Transactional(readOnly = true)
    List<Recipient> reviewers() {
        return rows.query("SELECT a.username, a.email, a.language FROM accounts a JOIN account_roles r ON r.account_id = a.id"
                        + " WHERE r.role = 'DEVCOOP_REVIEWER' AND a.enabled = TRUE AND a.email IS NOT NULL ORDER BY a.username",
                List.of(), rs -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /**
     * Takes the reminder for this instance: a new row, or a failed one whose retry time has come. The unique key
     * decides between instances (the second insert waits for the first commit and then inserts nothing); the
     * state check makes the retry a compare-and-set. False: someone has it already. Two instances inserting
     * neighbouring keys at once can deadlock on the index; the victim's insert was rolled back, so it simply runs again.
     */
    @RetryOnDeadlock
    @Transactional
    boolean claim(String key, int lead, String recipient, Instant now) {
        Timestamp at = Timestamp.from(now);
        int inserted = rows.update("INSERT IGNORE INTO reminder_claims (deadline_key, lead_days, recipient, state, attempts, claimed_at)"
                + " VALUES (?, ?, ?, 'SENDING', 1, ?)", key, lead, recipient, at);
        if (inserted == 1) {
            return true;
        }
        return rows.update("UPDATE reminder_claims SET state = 'SENDING', attempts = attempts + 1, claimed_at = ?, retry_after = NULL"
                + " WHERE deadline_key = ? AND lead_days = ? AND recipient = ? AND state = 'FAILED' AND retry_after <= ?",
                at, key, lead, recipient, at) == 1;
    }

    @Transactional
    void sent(String key, int lead, String recipient, Instant now) {
        rows.update("UPDATE reminder_claims SET state = 'SENT', sent_at = ?, last_error = NULL WHERE deadline_key = ? AND lead_days = ? AND recipient = ?",
                Timestamp.from(now), key, lead, recipient);
    }

    /** {@code retryAfter} null: given up. */
    @Transactional
    void failed(String key, int lead, String recipient, String error, Instant retryAfter) {
        rows.update("UPDATE reminder_claims SET state = 'FAILED', last_error = ?, retry_after = ? WHERE deadline_key = ? AND lead_days = ? AND recipient = ?",
                error.length() > 500 ? error.substring(0, 500) : error, retryAfter == null ? null : Timestamp.from(retryAfter), key, lead, recipient);
    }

    @Transactional(readOnly = true)
    int attempts(String key, int lead, String recipient) {
        List<Integer> found = rows.query("SELECT attempts FROM reminder_claims WHERE deadline_key = ? AND lead_days = ? AND recipient = ?",
                List.of(key, lead, recipient), rs -> rs.getInt(1));
        return found.isEmpty() ? 0 : found.get(0);
    }
}
