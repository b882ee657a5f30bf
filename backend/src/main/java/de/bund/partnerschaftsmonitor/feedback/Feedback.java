package de.bund.partnerschaftsmonitor.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A message about a barrier, sent from the accessibility statement; {@code sender} is null when nobody was signed in. */
@MappedEntity("accessibility_feedback")
record Feedback(@Id @GeneratedValue @Nullable Long id, @Version @Nullable Long version, String message, @Nullable String page,
                @Nullable String contact, @Nullable String sender, Instant receivedAt, @Nullable Instant handledAt,
                @Nullable String handledBy) {

    static Feedback received(String message, @Nullable String page, @Nullable String contact, @Nullable String sender, Instant at) {
        return new Feedback(null, null, message, page, contact, sender, at, null, null);
    }

    Feedback withHandled(boolean handled, String by, Instant at) {
        return new Feedback(id, version, message, page, contact, sender, receivedAt, handled ? at : null, handled ? by : null);
    }
}
