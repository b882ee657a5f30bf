package de.bund.partnerschaftsmonitor.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackView(long id, long version, String message, @Nullable String page, @Nullable String contact,
                    @Nullable String sender, Instant receivedAt, boolean handled, @Nullable Instant handledAt,
                    @Nullable String handledBy) {

    static FeedbackView from(Feedback f) {
        return new FeedbackView(f.id(), f.version() == null ? 0 : f.version(), f.message(), f.page(), f.contact(), f.sender(),
                f.receivedAt(), f.handledAt() != null, f.handledAt(), f.handledBy());
    }
}
