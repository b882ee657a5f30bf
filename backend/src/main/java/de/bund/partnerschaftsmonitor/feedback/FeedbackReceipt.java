package de.bund.partnerschaftsmonitor.feedback;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What the sender learns: that the message arrived, and when; not what others sent. */
@Serdeable
record FeedbackReceipt(long id, Instant receivedAt) {
}
