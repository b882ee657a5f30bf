package de.bund.partnerschaftsmonitor.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * With the demo seed ({@code PM_SEED}, on by default) the demo accounts exist, all with
 * {@code PM_DEMO_PASSWORD}. Without it no account has a known password: the first administrator
 * comes from {@code PM_ADMIN_USERNAME} and {@code PM_ADMIN_PASSWORD}, created only while no
 * administrator exists.
 */
@Singleton
class AccountBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String ACTOR = "system";

    record Demo(String username, String displayName, List<String> roles) {
    }

    // The header adds the role in brackets itself, so a display name must not repeat it.
    static final List<Demo> DEMO = List.of(
            new Demo("desk.officer", "Demo Referent:in", List.of("DESK_OFFICER")),
            new Demo("desk.officer2", "Demo Referent:in 2 (Vier-Augen-Prüfung)", List.of("DESK_OFFICER")),
            new Demo("devcoop.reviewer", "Demo Prüfer:in Entwicklungszusammenarbeit", List.of("DEVCOOP_REVIEWER")),
            new Demo("leadership", "Demo Leitung", List.of("LEADERSHIP")),
            new Demo("admin", "Demo Administration", List.of("ADMIN")));

    private final AccountService accounts;
    private final boolean seed;
    private final String demoPassword;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(AccountService accounts,
                     @Value("${pm.seed.enabled:true}") boolean seed,
                     @Value("${pm.security.demo-password:demo}") String demoPassword,
                     @Value("${pm.security.admin-username:}") String adminUsername,
                     @Value("${pm.security.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.seed = seed;
        this.demoPassword = demoPassword;
        this.adminUsername = adminUsername.trim();
        this.adminPassword = adminPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (seed) {
            for (Demo demo : DEMO) {
                if (!accounts.exists(demo.username())) {
                    accounts.createTrusted(demo.username(), demo.displayName(), demoPassword, demo.roles(), true, ACTOR);
                }
            }
            LOG.warn("""

                    ================================================================
                     DEMO ACCOUNTS (PM_SEED is on; never use this in production)
                     {}
                     password: {}
                    ================================================================""",
                    String.join(", ", DEMO.stream().map(d -> d.username() + " (" + String.join("+", d.roles()) + ")").toList()),
                    "demo".equals(demoPassword) ? "demo" : "the value of PM_DEMO_PASSWORD");
        }
        if (!adminUsername.isEmpty() && !accounts.anyAdmin()) {
            accounts.requireAcceptablePassword(adminPassword, adminUsername, "PM_ADMIN_PASSWORD");
            accounts.createTrusted(adminUsername, adminUsername, adminPassword, List.of("ADMIN"), true, ACTOR);
            LOG.info("Created the first administrator account '{}' from PM_ADMIN_USERNAME", adminUsername);
        } else if (!seed && !accounts.anyAdmin()) {
            LOG.warn("No administrator account exists. Set PM_ADMIN_USERNAME and PM_ADMIN_PASSWORD and restart to create one.");
        }
    }
}
