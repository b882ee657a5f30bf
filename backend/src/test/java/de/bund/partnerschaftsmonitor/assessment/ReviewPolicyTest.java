package de.bund.partnerschaftsmonitor.assessment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The four-eyes rules without the application context. */
class ReviewPolicyTest {

    static Assessment rating(String assessedBy, String submittedBy) {
        return new Assessment(1L, 3L, 7L, "DP-BASE", 1L, 2, false, null, "Art. 7", "quote", "https://example.org", LocalDate.of(2025, 1, 15),
                Confidence.MEDIUM, null, assessedBy, Instant.EPOCH, ReviewState.SUBMITTED, submittedBy, Instant.EPOCH, null, null, null,
                null, null, null, null, null, null, null);
    }

    static Reviewer desk(String name) {
        return new Reviewer(name, Set.of("DESK_OFFICER"));
    }

    @Test
    void shouldRefuseEveryAuthorSinceTheLastApprovalEvenIfNeitherLastEditorNorSubmitter() {
        Assessment a = rating("b", "b");
        assertThat(ReviewPolicy.refusal(desk("a"), a, Set.of("a", "b"), false, "approve")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("review.approve.sinceApproval"));
        assertThat(ReviewPolicy.refusal(desk("c"), a, Set.of("a", "b"), false, "approve")).isEmpty();
    }

    @Test
    void shouldRefuseTheLastEditorAndTheSubmitterWhateverTheRecordedAuthors() {
        assertThat(ReviewPolicy.refusal(desk("a"), rating("a", "b"), Set.of(), false, "return")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("review.return.ownEdit"));
        assertThat(ReviewPolicy.refusal(desk("b"), rating("a", "b"), Set.of(), false, "approve")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("review.approve.ownSubmission"));
    }

    @Test
    void shouldSendCapacityRatingsToDevelopmentCooperationAndOthersToDeskOfficers() {
        Reviewer devcoop = new Reviewer("d", Set.of("DEVCOOP_REVIEWER"));
        assertThat(ReviewPolicy.refusal(devcoop, rating("a", "a"), Set.of("a"), true, "approve")).isEmpty();
        assertThat(ReviewPolicy.refusal(devcoop, rating("a", "a"), Set.of("a"), false, "approve")).isPresent();
        assertThat(ReviewPolicy.refusal(desk("c"), rating("a", "a"), Set.of("a"), true, "approve")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("review.needsDevcoopReviewer"));
    }

    @Test
    void shouldTreatASaveOfTheSameContentBySomeoneElseAsUnchanged() {
        Assessment current = rating("a", "a");
        Assessment resaved = new Assessment(1L, 3L, 7L, "DP-BASE", 1L, 2, false, null, "Art. 7", "quote", "https://example.org",
                LocalDate.of(2025, 1, 15), Confidence.MEDIUM, null, "b", Instant.now(), ReviewState.DRAFT, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(ReviewPolicy.unchanged(current, resaved)).isTrue();
        assertThat(ReviewPolicy.unchanged(null, resaved)).as("a first rating is a change").isFalse();
    }

    @Test
    void shouldTreatAnyChangeOfContentAsAChange() {
        Assessment current = rating("a", "a");
        Assessment otherQuote = new Assessment(1L, 3L, 7L, "DP-BASE", 1L, 2, false, null, "Art. 7", "other quote", "https://example.org",
                LocalDate.of(2025, 1, 15), Confidence.MEDIUM, null, "b", Instant.now(), ReviewState.DRAFT, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Assessment otherConfidence = new Assessment(1L, 3L, 7L, "DP-BASE", 1L, 2, false, null, "Art. 7", "quote", "https://example.org",
                LocalDate.of(2025, 1, 15), Confidence.HIGH, null, "b", Instant.now(), ReviewState.DRAFT, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(ReviewPolicy.unchanged(current, otherQuote)).isFalse();
        assertThat(ReviewPolicy.unchanged(current, otherConfidence)).isFalse();
    }
}
