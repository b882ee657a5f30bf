package de.bund.partnerschaftsmonitor.deadline;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Description;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.security.Permission;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's secret calendar feed. The token is shown once, when it is made; only its SHA-256 is stored, so
 * neither the database nor a backup gives the URL away. The feed reads with the account's current roles and
 * desk (an account switched off reads nothing); single sign-on users, who have no accounts row, with the roles
 * they had when they made it.
 */
@Singleton
class CalendarService {

    static final String TOKEN = "[A-Za-z0-9_-]{43}";
    private static final String ENTITY = "calendar_feed";
    private static final SecureRandom RANDOM = new SecureRandom();

    @io.micronaut.serde.annotation.Serdeable
    record Link(@Nullable String url, boolean active, @Nullable Instant createdAt) {
    }

    private final CalendarFeedRepository feeds;
    private final DeadlineService deadlines;
    private final AuditService audit;

    CalendarService(CalendarFeedRepository feeds, DeadlineService deadlines, AuditService audit) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /** The URL when this call made the feed; {@code url} absent when it exists already (the URL is not kept). */
    @Transactional
    Link link(String username, List<String> roles, String baseUrl) {
        Optional<CalendarFeedRepository.Feed> existing = feeds.findByUsername(username);
        if (existing.isPresent()) {
            return new Link(null, true, existing.get().createdAt());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!feeds.insert(username, hash(token), roles)) {
            return new Link(null, true, feeds.findByUsername(username).map(CalendarFeedRepository.Feed::createdAt).orElse(null));
        }
        audit.record(username, "CREATE", ENTITY, username, null, Map.of("username", username));
        return new Link(baseUrl + "/calendar/" + token + ".ics", true, Instant.now());
    }

    /** False when there was none. */
    @Transactional
    boolean revoke(String username) {
        boolean deleted = feeds.deleteByUsername(username);
        if (deleted) {
            audit.record(username, "DELETE", ENTITY, username, Map.of("username", username), null);
        }
        return deleted;
    }

    /** The feed of {@code token} as iCalendar text; 404 for a token that is unknown, revoked or of a switched-off account. */
    String feed(String token, String baseUrl) {
        CalendarFeedRepository.Feed feed = (token.matches(TOKEN) ? feeds.findByTokenHash(hash(token)) : Optional.<CalendarFeedRepository.Feed>empty())
                .orElseThrow(() -> new NotFoundException("calendar.notFound"));
        CalendarFeedRepository.Reader reader = feeds.reader(feed.username());
        List<String> roles = reader.stored() ? reader.accountRoles() : feed.roles();
        if (!reader.enabled() || !Permission.READ.grantedTo(roles)) {
            throw new NotFoundException("calendar.notFound");
        }
        List<Deadline> items = deadlines.list(new DeadlineRepository.Scope(null, reader.desk()),
                Permission.REVIEW_ASSESSMENTS.grantedTo(roles), null, null);
        return ical(items, baseUrl);
    }

    static String ical(List<Deadline> items, String baseUrl) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Partnerschaftsmonitor//Fristen//DE");
        ical.setExperimentalProperty("X-WR-CALNAME", "Fristen – Partnerschaftsmonitor");
        Date stamp = new Date();
        for (Deadline d : items) {
            String url = baseUrl + d.link();
            VEvent event = new VEvent();
            event.setUid(d.key().replace(':', '-') + "@partnerschaftsmonitor");
            event.setDateTimeStamp(stamp);
            // All-day: a date without time, the same day in every client's time zone.
            event.setDateStart(Date.from(d.dueDate().atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
            event.setSummary(DeadlineTexts.summaryDe(d));
            event.setDescription(new Description(DeadlineTexts.descriptionDe(d, url) + "\n\n" + DeadlineTexts.descriptionEn(d, url)));
            event.setUrl(url);
            event.addCategories(d.kind().name());
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
