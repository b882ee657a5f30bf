package de.bund.partnerschaftsmonitor.account;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Password sign-in against the accounts table, on the blocking executor. Unknown name, wrong password
 * and disabled account give the same answer; too many failures (per name or per client address)
 * give {@code ACCOUNT_LOCKED}, which the login handler answers with 429.
 */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAuthenticationProvider.class);

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;

    DatabaseAuthenticationProvider(AccountService accounts, LoginThrottle throttle, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    @NonNull
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> auth) {
        String username = auth.getIdentity() == null ? "" : auth.getIdentity().trim();
        String password = auth.getSecret() == null ? "" : auth.getSecret();
        String address = request == null ? "unknown" : String.valueOf(addresses.resolve(request));
        Instant now = Instant.now();
        if (username.isEmpty() || password.isEmpty() || username.length() > 100 || password.length() > 200) {
            throttle.failedFromAddress(address, now);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (throttle.addressBlocked(address, now) || throttle.unknownNameBlocked(username, now)) {
            LOG.warn("Sign-in refused for '{}' from {}: too many failures", username, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        AccountService.SignIn result = accounts.signIn(username, password);
        switch (result.outcome()) {
            case SUCCESS -> {
                LOG.info("Signed in: {} from {}", result.username(), address);
                return AuthenticationResponse.success(result.username(), result.roles());
            }
            case LOCKED -> {
                throttle.failedFromAddress(address, now);
                LOG.warn("Sign-in refused for '{}' from {}: account locked", username, address);
                return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
            }
            case UNKNOWN -> {
                throttle.failedFromAddress(address, now);
                throttle.failedForUnknownName(username, now);
                if (throttle.unknownNameBlocked(username, now)) {
                    return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
                }
            }
            default -> throttle.failedFromAddress(address, now);
        }
        LOG.info("Failed sign-in for '{}' from {}", username, address);
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
