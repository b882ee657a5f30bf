package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A reviewer's or assessor's note on a rating; kind RETURN is the reason a rating was sent back. */
@MappedEntity("assessment_comments")
record AssessmentComment(@Id @GeneratedValue @Nullable Long id, Long assessmentId, String kind, String author, String body,
                         @DateCreated @Nullable Instant createdAt) {

    static final String COMMENT = "COMMENT";
    static final String RETURN = "RETURN";
}
