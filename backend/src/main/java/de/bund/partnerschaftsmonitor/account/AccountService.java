package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import de.bund.partnerschaftsmonitor.shared.web.Validation;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Accounts, their roles and password checks; the one place that writes the accounts tables. */
@Singleton
@RetryOnDeadlock
public class AccountService {

    static final String ENTITY = "account";
    static final String EXTERNAL_ACTOR = "sso";
    /** Not a bcrypt hash: no password ever matches it (single sign-on accounts). */
    static final String EXTERNAL_PASSWORD_HASH = "!single-sign-on";

    /** Compared against when the user name is unknown, so that the answer takes as long as for a real one. */
    private static final String DUMMY_HASH = new BCryptPasswordEncoder().encode("not-a-password-" + System.nanoTime());

    private final AccountRepository accounts;
    private final AuditService audit;
    private final Validator validator;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final PasswordPolicy passwords = PasswordPolicy.bundled();
    private final int maxFailedLogins;
    private final Duration lock;

    AccountService(AccountRepository accounts, AuditService audit, Validator validator,
                   @Value("${pm.security.max-failed-logins:5}") int maxFailedLogins,
                   @Value("${pm.security.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.validator = validator;
        this.maxFailedLogins = maxFailedLogins;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    public enum Outcome { SUCCESS, WRONG, LOCKED, UNKNOWN }

    public record SignIn(Outcome outcome, String username, List<String> roles) {
    }

    /** Checks a password; counts failures and locks the account after too many. */
    @Transactional
    public SignIn signIn(String username, String password) {
        Instant now = Instant.now();
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, DUMMY_HASH);
            return new SignIn(Outcome.UNKNOWN, username, List.of());
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            return new SignIn(Outcome.LOCKED, account.username(), List.of());
        }
        if (!encoder.matches(password, account.passwordHash()) || !account.enabled()) {
            if (account.failedLogins() + 1 >= maxFailedLogins) {
                accounts.lock(account.id(), now.plus(lock));
                return new SignIn(Outcome.LOCKED, account.username(), List.of());
            }
            accounts.incrementFailedLogins(account.id());
            return new SignIn(Outcome.WRONG, account.username(), List.of());
        }
        accounts.recordSuccessfulLogin(account.id(), now);
        return new SignIn(Outcome.SUCCESS, account.username(), accounts.findRoles(account.id()));
    }

    /** What every request of a session checks (see SessionAccountCheck). */
    @Transactional(readOnly = true)
    Optional<SessionAccountCheck.State> sessionState(String username) {
        return accounts.findByUsername(username).map(a -> new SessionAccountCheck.State(a.enabled(),
                Set.copyOf(accounts.findRoles(a.id())), accounts.findSignedOutBefore(username).orElse(null)));
    }

    @Transactional
    void signOut(String username, Instant at) {
        accounts.signOut(username, at);
    }

    /**
     * A single sign-on user's account: made on the first sign-in (with an unusable password), its roles set to the
     * provider's on every sign-in. An administrator may disable it like any other; then the answer is false.
     */
    @Transactional
    boolean syncExternal(String username, List<String> roles) {
        Optional<Account> found = accounts.findByUsername(username);
        List<String> sorted = List.copyOf(new TreeSet<>(roles));
        if (found.isEmpty()) {
            Account saved = accounts.save(Account.create(username, username, EXTERNAL_PASSWORD_HASH, true));
            sorted.forEach(r -> accounts.insertRole(saved.id(), r));
            audit.record(EXTERNAL_ACTOR, "CREATE", ENTITY, saved.id(), null, audited(view(saved), null));
            return true;
        }
        Account account = found.get();
        List<String> current = accounts.findRoles(account.id());
        if (!current.equals(sorted)) {
            AccountView before = view(account);
            accounts.deleteRoles(account.id());
            sorted.forEach(r -> accounts.insertRole(account.id(), r));
            audit.record(EXTERNAL_ACTOR, "UPDATE", ENTITY, account.id(), audited(before, null), audited(view(account), null));
        }
        if (account.enabled()) {
            accounts.recordSuccessfulLogin(account.id(), Instant.now());
        }
        return account.enabled();
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return accounts.findByUsername(username).map(Account::displayName);
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(Pageable pageable) {
        return accounts.findAll(pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(this::view);
    }

    @Transactional
    public AccountView create(AccountRequest request, String actor) {
        List<FieldError> errors = new ArrayList<>(Validation.errors(validator, request));
        if (request.username() == null) {
            errors.add(new FieldError("username", "account.username.required"));
        } else if (accounts.existsByUsername(request.username())) {
            errors.add(new FieldError("username", "account.username.taken"));
        }
        if (request.password() == null) {
            errors.add(new FieldError("password", "account.password.required"));
        } else {
            checkPassword(request.password(), request.username(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return create(request.username(), request.displayName().trim(), request.password(), request.roles(),
                request.enabled() == null || request.enabled(), blankToNull(request.email()), blankToNull(request.desk()),
                request.language() == null ? Account.DEFAULT_LANGUAGE : request.language(), actor);
    }

    /** For start-up accounts (demo, first admin): no password policy, since their password comes from configuration. */
    @Transactional
    public AccountView createTrusted(String username, String displayName, String password, List<String> roles, boolean enabled, String actor) {
        return create(username, displayName, password, roles, enabled, null, null, Account.DEFAULT_LANGUAGE, actor);
    }

    private AccountView create(String username, String displayName, String password, List<String> roles, boolean enabled,
                               String email, String desk, String language, String actor) {
        Account saved = accounts.save(Account.create(username, displayName, encoder.encode(password), enabled).withContact(email, desk)
                .withLanguage(language));
        List<String> sorted = List.copyOf(new TreeSet<>(roles));
        sorted.forEach(r -> accounts.insertRole(saved.id(), r));
        AccountView view = view(saved);
        audit.record(actor, "CREATE", ENTITY, saved.id(), null, audited(view, "set"));
        return view;
    }

    @Transactional
    public AccountView update(long id, AccountRequest request, String actor) {
        Account current = accounts.findById(id).orElseThrow(() -> new NotFoundException("account.notFound"));
        List<FieldError> errors = new ArrayList<>(Validation.errors(validator, request));
        if (request.version() == null) {
            errors.add(new FieldError("version", "version.required"));
        }
        if (request.username() != null && !request.username().equals(current.username())) {
            errors.add(new FieldError("username", "account.username.immutable"));
        }
        if (request.password() != null) {
            checkPassword(request.password(), current.username(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!Objects.equals(current.version(), request.version())) {
            throw new ConflictException("account.changed");
        }
        boolean enabled = request.enabled() == null ? current.enabled() : request.enabled();
        boolean staysAdmin = enabled && request.roles().contains("ADMIN");
        if (!staysAdmin && accounts.findRoles(id).contains("ADMIN") && current.enabled() && accounts.countOtherEnabledAdmins(id) == 0) {
            throw new ConflictException("account.lastAdmin");
        }
        AccountView before = view(current);
        Account changed = current.withDetails(request.displayName().trim(), enabled)
                // Absent keeps what is there (clients written before these fields); empty clears.
                .withContact(request.email() == null ? current.email() : blankToNull(request.email()),
                        request.desk() == null ? current.desk() : blankToNull(request.desk()))
                .withLanguage(request.language() == null ? current.language() : request.language());
        if (request.password() != null) {
            changed = changed.withPasswordHash(encoder.encode(request.password()));
        }
        Account updated = accounts.update(changed);
        accounts.deleteRoles(id);
        new TreeSet<>(request.roles()).forEach(r -> accounts.insertRole(id, r));
        AccountView after = view(updated);
        audit.record(actor, "UPDATE", ENTITY, id, audited(before, null), audited(after, request.password() == null ? null : "changed"));
        return after;
    }

    /**
     * The signed-in person's own choice of language (the UI's language switch), for their mails. Versioned like every
     * edit of the account, so that an administrator's form open meanwhile gets a conflict instead of undoing it.
     */
    @Transactional
    public String setLanguage(String username, String language) {
        if (language == null || !language.matches(Account.LANGUAGES)) {
            throw InvalidInputException.of("language", "account.language.unknown");
        }
        Account current = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account.notFound"));
        if (!current.language().equals(language)) {
            AccountView before = view(current);
            AccountView after = view(accounts.update(current.withLanguage(language)));
            audit.record(username, "UPDATE", ENTITY, current.id(), audited(before, null), audited(after, null));
        }
        return language;
    }

    @Transactional(readOnly = true)
    public Optional<String> language(String username) {
        return accounts.findByUsername(username).map(Account::language);
    }

    /** The password policy's verdict as a field error, unless the field already has one (length). */
    private void checkPassword(String password, String username, List<FieldError> errors) {
        if (errors.stream().noneMatch(e -> e.field().equals("password"))) {
            passwords.problem(password, username).ifPresent(p -> errors.add(new FieldError("password", p)));
        }
    }

    /** For the first administrator from configuration: the same policy, a start-up error instead of a 400. */
    void requireAcceptablePassword(String password, String username, String setting) {
        passwords.problem(password, username).ifPresent(p -> {
            throw new IllegalStateException(setting + " is not acceptable: " + Messages.text(p, java.util.Locale.ENGLISH));
        });
    }

    /** Lifts a lock set by failed sign-ins; audited only when there was one to lift. */
    @Transactional
    public void unlock(long id, String actor) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account.notFound"));
        accounts.clearFailedLogins(id);
        if (account.lockedAt(Instant.now())) {
            audit.record(actor, "UNLOCK", ENTITY, id, Map.of("locked", true), Map.of("locked", false));
        }
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.countAdmins() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    private AccountView view(Account a) {
        return AccountView.from(a, accounts.findRoles(a.id()));
    }

    /** What the trail records of an account: a password only as "set" or "changed", never the password or its hash. */
    private static Map<String, Object> audited(AccountView view, String password) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("username", view.username());
        map.put("displayName", view.displayName());
        map.put("roles", view.roles());
        map.put("enabled", view.enabled());
        map.put("locked", view.locked());
        map.put("language", view.language());
        if (password != null) {
            map.put("password", password);
        }
        return map;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
