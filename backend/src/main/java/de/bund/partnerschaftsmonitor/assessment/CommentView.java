package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record CommentView(long id, String kind, String author, String body, Instant createdAt) {

    static CommentView from(AssessmentComment c) {
        return new CommentView(c.id(), c.kind(), c.author(), c.body(), c.createdAt());
    }
}
