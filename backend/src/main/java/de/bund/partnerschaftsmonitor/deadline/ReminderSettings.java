package de.bund.partnerschaftsmonitor.deadline;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SMTP and lead times from the environment. Reminders are on only when both a host and a sender are set;
 * a value that cannot be meant (an unknown TLS mode, a lead time that is not a number) stops the start-up.
 */
@Singleton
class ReminderSettings {

    enum Tls { NONE, STARTTLS, TLS }

    private final String host;
    private final int port;
    private final Tls tls;
    private final String user;
    private final String password;
    private final String from;
    private final List<Integer> leadDays;
    private final String publicUrl;

    ReminderSettings(@Value("${pm.reminders.smtp-host:}") String host,
                     @Value("${pm.reminders.smtp-port:}") String port,
                     @Value("${pm.reminders.smtp-tls:none}") String tls,
                     @Value("${pm.reminders.smtp-user:}") String user,
                     @Value("${pm.reminders.smtp-password:}") String password,
                     @Value("${pm.reminders.from:}") String from,
                     @Value("${pm.reminders.lead-days:30,7}") String leadDays,
                     @Value("${pm.public-url:}") String publicUrl,
                     @Value("${micronaut.server.port:8080}") String serverPort) {
        this.host = host.strip();
        try {
            this.tls = Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PM_SMTP_TLS must be none, starttls or tls, not " + tls, e);
        }
        try {
            this.port = port.isBlank() ? switch (this.tls) { case NONE -> 25; case STARTTLS -> 587; case TLS -> 465; }
                    : Integer.parseInt(port.strip());
            this.leadDays = Arrays.stream(leadDays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).distinct().sorted().toList();
        } catch (NumberFormatException e) {
            throw new IllegalStateException("PM_SMTP_PORT and PM_REMINDER_LEAD_DAYS must be numbers", e);
        }
        if (this.leadDays.isEmpty() || this.leadDays.get(0) < 0) {
            throw new IllegalStateException("PM_REMINDER_LEAD_DAYS needs at least one lead time of 0 days or more");
        }
        this.user = user.strip();
        this.password = password;
        this.from = from.strip();
        String base = publicUrl.isBlank() ? "http://localhost:" + serverPort : publicUrl.strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    boolean enabled() {
        return !host.isEmpty() && !from.isEmpty();
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    Tls tls() {
        return tls;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String from() {
        return from;
    }

    /** Ascending, e.g. [7, 30]. */
    List<Integer> leadDays() {
        return leadDays;
    }

    /** Where links in mails point: PM_PUBLIC_URL, else this server on localhost. */
    String publicUrl() {
        return publicUrl;
    }
}
