package de.bund.partnerschaftsmonitor.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static de.bund.partnerschaftsmonitor.shared.security.Role.ADMIN;
import static de.bund.partnerschaftsmonitor.shared.security.Role.DESK_OFFICER;
import static de.bund.partnerschaftsmonitor.shared.security.Role.DEVCOOP_REVIEWER;
import static de.bund.partnerschaftsmonitor.shared.security.Role.LEADERSHIP;

/**
 * What a role may do. {@link AccessRules} enforces these on every request; {@code GET /api/me} lists
 * them so that the UI shows only what the signed-in person may do.
 */
public enum Permission {
    READ(DESK_OFFICER, DEVCOOP_REVIEWER, LEADERSHIP, ADMIN),
    EDIT_AGREEMENTS(DESK_OFFICER),
    EDIT_ASSESSMENTS(DESK_OFFICER),
    /** Approve, return or comment on a submitted assessment; who may approve which one is the assessment service's rule. */
    REVIEW_ASSESSMENTS(DESK_OFFICER, DEVCOOP_REVIEWER),
    EDIT_CATALOGS(ADMIN),
    MANAGE_ACCOUNTS(ADMIN),
    READ_AUDIT(ADMIN),
    /** Publish a new open-data release (reading and downloading releases is READ: their content is public). */
    PUBLISH_OPEN_DATA(ADMIN),
    /** Read the accessibility feedback and mark it handled; sending it is open to everyone. */
    HANDLE_FEEDBACK(ADMIN);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = EnumSet.copyOf(List.of(roles));
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean grantedTo(Collection<String> roleNames) {
        return roles.stream().anyMatch(r -> roleNames.contains(r.name()));
    }

    public static List<Permission> of(Collection<String> roleNames) {
        return EnumSet.allOf(Permission.class).stream().filter(p -> p.grantedTo(roleNames)).toList();
    }
}
