package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.core.annotation.Nullable;

import java.security.Principal;

public final class Actors {

    public static final String ANONYMOUS = "anonymous";

    private Actors() {
    }

    public static String name(@Nullable Principal principal) {
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
