package de.bund.partnerschaftsmonitor.shared.web;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
