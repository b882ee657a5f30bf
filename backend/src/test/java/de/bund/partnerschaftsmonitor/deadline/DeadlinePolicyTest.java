package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline rules without the application: facts in, deadlines out. */
class DeadlinePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static DeadlineFacts.Instrument instrument(long id, AgreementStatus status, LocalDate signed, LocalDate inForce,
                                                        LocalDate end, LocalDate review) {
        return new DeadlineFacts.Instrument(id, "KE", "Kenia", "Kenya", "Abkommen " + id, null, null, "Referat M3", status,
                signed, inForce, end, review, null);
    }

    private static DeadlineFacts.Instrument planned(long id, AgreementStatus status, LocalDate signed, LocalDate planned) {
        return new DeadlineFacts.Instrument(id, "KE", "Kenia", "Kenya", "Abkommen " + id, null, null, "Referat M3", status,
                signed, null, null, null, planned);
    }

    private static List<Deadline> of(List<DeadlineFacts.Instrument> instruments) {
        return DeadlinePolicy.deadlines(instruments, List.of(), List.of(), TODAY, 14, true, null, null);
    }

    @Test
    void shouldListReviewAndEndDatesOfInstrumentsThatHaveNotEnded() {
        List<Deadline> found = of(List.of(
                instrument(1, AgreementStatus.IN_FORCE, null, null, TODAY.plusDays(90), TODAY.plusDays(10)),
                instrument(2, AgreementStatus.EXPIRED, null, null, TODAY.minusDays(5), TODAY.plusDays(3)),
                instrument(3, AgreementStatus.TERMINATED, null, null, TODAY.plusDays(5), null)));

        assertThat(found).extracting(Deadline::key).containsExactly("review:1:2026-12-11", "end:1:2027-03-01");
        assertThat(found.get(0).kind()).isEqualTo(DeadlineKind.REVIEW);
        assertThat(found.get(0).daysLeft()).isEqualTo(10);
        assertThat(found.get(0).urgency()).isEqualTo(Urgency.SOON);
        assertThat(found.get(1).urgency()).isEqualTo(Urgency.LATER);
        assertThat(found.get(0).desk()).isEqualTo("Referat M3");
        assertThat(found.get(0).link()).isEqualTo("/agreements/1");
    }

    @Test
    void shouldTakeThePlannedDateOfAnUnsignedInstrumentNotItsSigningDate() {
        List<Deadline> found = of(List.of(
                planned(1, AgreementStatus.NEGOTIATING, null, TODAY.minusDays(3)),
                planned(2, AgreementStatus.PLANNED, TODAY.minusDays(100), TODAY.plusDays(40)),
                planned(3, AgreementStatus.SIGNED, null, TODAY.minusDays(3)),
                planned(4, AgreementStatus.NEGOTIATING, TODAY.minusDays(3), null)));

        assertThat(found).extracting(Deadline::key).containsExactly("negotiation:1:2026-11-28", "negotiation:2:2027-01-10");
        assertThat(found.get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(found.get(0).daysLeft()).isEqualTo(-3);
    }

    @Test
    void shouldCountTheDayOfSubmissionInBerlin() {
        DeadlineFacts.Instrument i = instrument(1, AgreementStatus.SIGNED, null, null, null, null);
        // 23:30 UTC on 16 November is 00:30 on 17 November in Berlin, where "today" is counted.
        List<DeadlineFacts.PendingRating> pending = List.of(new DeadlineFacts.PendingRating(12, 1, "DP-BASE", Instant.parse("2026-11-16T23:30:00Z")));

        List<Deadline> found = DeadlinePolicy.deadlines(List.of(i), pending, List.of(), TODAY, 14, true, null, null);

        assertThat(found).extracting(Deadline::key).containsExactly("rating:12:2026-11-17");
        assertThat(found.get(0).dueDate()).isEqualTo(TODAY);
    }

    @Test
    void shouldListARatingOnlyOnceItHasWaitedTheConfiguredDays() {
        DeadlineFacts.Instrument i = instrument(1, AgreementStatus.SIGNED, null, null, null, null);
        List<DeadlineFacts.PendingRating> pending = List.of(
                new DeadlineFacts.PendingRating(10, 1, "DP-BASE", Instant.parse("2026-11-17T09:00:00Z")),
                new DeadlineFacts.PendingRating(11, 1, "PURPOSE", Instant.parse("2026-11-18T09:00:00Z")));

        List<Deadline> found = DeadlinePolicy.deadlines(List.of(i), pending, List.of(), TODAY, 14, true, null, null);

        assertThat(found).extracting(Deadline::key).containsExactly("rating:10:2026-11-17");
        assertThat(found.get(0).dueDate()).isEqualTo(TODAY);
        assertThat(found.get(0).criteria()).containsExactly("DP-BASE");
        assertThat(found.get(0).assessmentId()).isEqualTo(10L);
        assertThat(found.get(0).link()).isEqualTo("/agreements/1/assessment");
        assertThat(DeadlinePolicy.deadlines(List.of(i), pending, List.of(), TODAY, 14, false, null, null))
                .as("roles that do not review").isEmpty();
    }

    @Test
    void shouldListInstrumentsInForceWithUnratedCoreCriteriaSinceEntryIntoForce() {
        List<DeadlineFacts.Instrument> instruments = List.of(
                instrument(1, AgreementStatus.IN_FORCE, null, LocalDate.of(2024, 5, 1), null, null),
                instrument(2, AgreementStatus.IN_FORCE, null, null, null, null),
                instrument(3, AgreementStatus.SIGNED, null, null, null, null));
        List<DeadlineFacts.UnratedCore> unrated = List.of(
                new DeadlineFacts.UnratedCore(1, List.of("DP-BASE", "CAPACITY")),
                new DeadlineFacts.UnratedCore(2, List.of("PURPOSE")),
                new DeadlineFacts.UnratedCore(3, List.of("PURPOSE")));

        List<Deadline> found = DeadlinePolicy.deadlines(instruments, List.of(), unrated, TODAY, 14, true, null, null);

        assertThat(found).extracting(Deadline::key).containsExactly("core:1", "core:2");
        assertThat(found.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(found.get(0).criteria()).containsExactly("DP-BASE", "CAPACITY");
        assertThat(found.get(1).dueDate()).as("unknown entry into force: due today").isEqualTo(TODAY);
    }

    @Test
    void shouldKeepOnlyDueDatesWithinThePeriodBothEndsIncluded() {
        List<DeadlineFacts.Instrument> instruments = List.of(
                instrument(1, AgreementStatus.IN_FORCE, null, null, null, TODAY.plusDays(1)),
                instrument(2, AgreementStatus.IN_FORCE, null, null, null, TODAY.plusDays(5)),
                instrument(3, AgreementStatus.IN_FORCE, null, null, null, TODAY.plusDays(6)));

        List<Deadline> found = DeadlinePolicy.deadlines(instruments, List.of(), List.of(), TODAY, 14, true,
                TODAY.plusDays(1), TODAY.plusDays(5));

        assertThat(found).extracting(Deadline::agreementId).containsExactly(1L, 2L);
    }

    @Test
    void shouldGroupByUrgencyWithTodayAndTheThirtiethDayAsSoon() {
        assertThat(Urgency.of(-1)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(0)).isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(30)).isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(31)).isEqualTo(Urgency.LATER);
    }

    @Test
    void shouldChooseTheTightestLeadTimeADeadlineIsWithin() {
        List<Integer> leads = List.of(7, 30);
        assertThat(ReminderPolicy.lead(31, leads)).isEmpty();
        assertThat(ReminderPolicy.lead(30, leads)).hasValue(30);
        assertThat(ReminderPolicy.lead(8, leads)).hasValue(30);
        assertThat(ReminderPolicy.lead(7, leads)).hasValue(7);
        assertThat(ReminderPolicy.lead(-4, leads)).as("overdue").hasValue(7);
    }
}
