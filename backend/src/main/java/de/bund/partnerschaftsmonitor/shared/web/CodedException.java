package de.bund.partnerschaftsmonitor.shared.web;

/** A domain condition answered as a problem: a stable {@code code} and its text in the user's language. */
public abstract class CodedException extends RuntimeException {

    private final String code;

    protected CodedException(String code, Object... args) {
        super(Messages.text(code, args));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
