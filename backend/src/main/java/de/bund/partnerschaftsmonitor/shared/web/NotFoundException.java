package de.bund.partnerschaftsmonitor.shared.web;

/** The record named in the path does not exist; the code says what kind of record ({@code agreement.notFound}). */
public class NotFoundException extends CodedException {

    public NotFoundException(String code) {
        super(code);
    }
}
