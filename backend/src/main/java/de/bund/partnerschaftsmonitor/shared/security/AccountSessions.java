package de.bund.partnerschaftsmonitor.shared.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a session token cannot know by itself: whether its account still exists and is enabled, which roles it holds
 * now, and whether it signed out after the token was issued. Checked on every request; the account feature answers it
 * from the database, cached per instance for a few seconds at most.
 */
public interface AccountSessions {

    /** The roles the account holds now, if a session of {@code username} that began at {@code signedInAt} may go on. */
    Optional<Set<String>> rolesNow(String username, Instant signedInAt);

    /** Ends every session of the account that began before now. */
    void signOut(String username);

    /** Single sign-on: creates or updates the account with the provider's roles; false if an administrator disabled it. */
    boolean signInExternal(String username, List<String> roles);
}
