package de.bund.partnerschaftsmonitor.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** Sign-in counters are changed by {@link AccountRepository} queries, so that they never bump {@code version}. */
@MappedEntity("accounts")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        @Nullable Instant passwordChangedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable String email,
        @Nullable String desk,
        String language) {

    /** The languages mails are written in; German unless the person chose English. */
    static final String LANGUAGES = "de|en";
    static final String DEFAULT_LANGUAGE = "de";

    static Account create(String username, String displayName, String passwordHash, boolean enabled) {
        return new Account(null, null, username, displayName, passwordHash, enabled, 0, null, null, Instant.now(), null, null, null, null, DEFAULT_LANGUAGE);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Account withDetails(String displayName, boolean enabled) {
        return new Account(id, version, username, displayName, passwordHash, enabled, failedLogins, lockedUntil, lastLoginAt,
                passwordChangedAt, createdAt, updatedAt, email, desk, language);
    }

    /** Where reminders go: the address and the desk (as written in the instruments' responsible desk). */
    Account withContact(@Nullable String email, @Nullable String desk) {
        return new Account(id, version, username, displayName, passwordHash, enabled, failedLogins, lockedUntil, lastLoginAt,
                passwordChangedAt, createdAt, updatedAt, email, desk, language);
    }

    Account withLanguage(String language) {
        return new Account(id, version, username, displayName, passwordHash, enabled, failedLogins, lockedUntil, lastLoginAt,
                passwordChangedAt, createdAt, updatedAt, email, desk, language);
    }

    /** A new password also lifts a sign-in lock: the administrator has just vouched for the person. */
    Account withPasswordHash(String hash) {
        return new Account(id, version, username, displayName, hash, enabled, 0, null, lastLoginAt, Instant.now(), createdAt, updatedAt, email, desk, language);
    }
}
