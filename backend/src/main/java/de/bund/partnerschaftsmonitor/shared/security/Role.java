package de.bund.partnerschaftsmonitor.shared.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the issue; an account may hold several. What each may do is in {@link Permission}. */
public enum Role {
    DESK_OFFICER,
    DEVCOOP_REVIEWER,
    LEADERSHIP,
    ADMIN;

    public static final Set<Role> ALL = EnumSet.allOf(Role.class);

    public static boolean isRole(String name) {
        return ALL.stream().anyMatch(r -> r.name().equals(name));
    }
}
