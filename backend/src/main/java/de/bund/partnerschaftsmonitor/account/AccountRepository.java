package de.bund.partnerschaftsmonitor.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {

    Set<String> SORTS = Set.of("username", "displayName", "createdAt", "lastLoginAt");

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<Account> findAll(Pageable pageable);

    @Query("SELECT role FROM account_roles WHERE account_id = :accountId ORDER BY role")
    List<String> findRoles(Long accountId);

    @Query("DELETE FROM account_roles WHERE account_id = :accountId")
    void deleteRoles(Long accountId);

    @Query("INSERT INTO account_roles (account_id, role) VALUES (:accountId, :role)")
    void insertRole(Long accountId, String role);

    @Query("""
            SELECT COUNT(*) FROM accounts a JOIN account_roles r ON r.account_id = a.id
             WHERE r.role = 'ADMIN' AND a.enabled = TRUE AND a.id <> :exceptId""")
    long countOtherEnabledAdmins(Long exceptId);

    @Query("SELECT COUNT(*) FROM account_roles WHERE role = 'ADMIN'")
    long countAdmins();

    @Query("UPDATE accounts SET failed_logins = failed_logins + 1 WHERE id = :id")
    void incrementFailedLogins(Long id);

    @Query("UPDATE accounts SET failed_logins = 0, locked_until = :until WHERE id = :id")
    void lock(Long id, Instant until);

    @Query("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = :id")
    void clearFailedLogins(Long id);

    @Query("UPDATE accounts SET failed_logins = 0, locked_until = NULL, last_login_at = :at WHERE id = :id")
    void recordSuccessfulLogin(Long id, Instant at);

    /** Not on the entity: an administrator's edit (optimistic update of the whole row) must not undo a sign-out. */
    @Query("UPDATE accounts SET signed_out_before = :at WHERE username = :username")
    void signOut(String username, Instant at);

    @Query("SELECT signed_out_before FROM accounts WHERE username = :username AND signed_out_before IS NOT NULL")
    Optional<Instant> findSignedOutBefore(String username);
}
