package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.security.Role;

import java.util.Set;

/** The signed-in person deciding on a rating, with the roles the four-eyes rules look at. */
public record Reviewer(String name, Set<String> roles) {

    boolean has(Role role) {
        return roles.contains(role.name());
    }
}
