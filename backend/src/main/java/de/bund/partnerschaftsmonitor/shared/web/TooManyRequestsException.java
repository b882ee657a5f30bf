package de.bund.partnerschaftsmonitor.shared.web;

/** A limit per client or account was reached: 429 with {@code Retry-After}. */
public class TooManyRequestsException extends CodedException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, long retryAfterSeconds) {
        super(code);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
