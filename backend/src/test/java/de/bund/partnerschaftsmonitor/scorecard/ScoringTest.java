package de.bund.partnerschaftsmonitor.scorecard;

import de.bund.partnerschaftsmonitor.scorecard.Scoring.Context;
import de.bund.partnerschaftsmonitor.scorecard.Scoring.CriterionDef;
import de.bund.partnerschaftsmonitor.scorecard.Scoring.Profile;
import de.bund.partnerschaftsmonitor.scorecard.Scoring.Rating;
import de.bund.partnerschaftsmonitor.scorecard.Scoring.Result;
import de.bund.partnerschaftsmonitor.scorecard.Scoring.Status;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scoring rules without application context or database. */
class ScoringTest {

    static final List<CriterionDef> CRITERIA = List.of(
            new CriterionDef("DP-BASE", "G1", true, 1),
            new CriterionDef("PURPOSE", "G1", true, 2),
            new CriterionDef("INDEP-OVERSIGHT", "G3", true, 3),
            new CriterionDef("CAPACITY", "G5", true, 4),
            new CriterionDef("MINIM-RET", "G1", false, 5),
            new CriterionDef("TRANSFER-SEC", "G1", false, 6),
            new CriterionDef("TRANSP-REMEDY", "G2", false, 7),
            new CriterionDef("HUMAN-OVERSIGHT", "G4", false, 8),
            new CriterionDef("BIOMETRICS", "G2", false, 9),
            new CriterionDef("NONDISC", "G2", false, 10),
            new CriterionDef("SOVEREIGNTY-EXIT", "G5", false, 11),
            new CriterionDef("MONITOR-EVAL", "G3", false, 12));

    static final Map<String, Double> WEIGHTS = Map.of("G1", 0.3, "G2", 0.25, "G3", 0.2, "G4", 0.1, "G5", 0.15);
    static final Profile BALANCED = new Profile("balanced", WEIGHTS, false);
    static final Profile SOFT = new Profile("soft_instrument_normalised", WEIGHTS, true);
    static final Context PLAIN = new Context(false, true);

    @Test
    void shouldReturnNullScoreWhenNothingIsAssessed() {
        Result r = Scoring.score(CRITERIA, BALANCED, Map.of(), PLAIN);
        assertThat(r.score()).isNull();
        assertThat(r.coverage()).isZero();
        assertThat(r.criteria()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(Status.NOT_ASSESSED);
            assertThat(c.contribution()).isNull();
        });
    }

    @Test
    void shouldNotCountUnknownAsZeroWhenOnlyOneCriterionIsAssessed() {
        Result r = Scoring.score(CRITERIA, BALANCED, Map.of("DP-BASE", Rating.of(3)), PLAIN);
        assertThat(r.score()).isEqualTo(100.0);
        assertThat(r.coverage()).isCloseTo(1.0 / 12, within(0.0001));
        assertThat(r.groups()).filteredOn(g -> g.code().equals("G1")).singleElement()
                .satisfies(g -> assertThat(g.effectiveWeight()).isEqualTo(1.0));
        assertThat(r.groups()).filteredOn(g -> !g.code().equals("G1"))
                .allSatisfy(g -> assertThat(g.excludedReason()).isEqualTo("NO_ASSESSED_CRITERIA"));
    }

    @Test
    void shouldWeightGroupsAndRenormaliseOverAssessedGroupsWhenSomeGroupsAreUnknown() {
        // G1: 3 of 3 → share 1; G2: 0 of 3 → share 0; weights 0.3 and 0.25 renormalise to 0.545 / 0.455.
        Result r = Scoring.score(CRITERIA, BALANCED, Map.of("DP-BASE", Rating.of(3), "NONDISC", Rating.of(0)), PLAIN);
        assertThat(r.score()).isCloseTo(0.3 / 0.55 * 100, within(0.01));
        double sum = r.criteria().stream().filter(c -> c.contribution() != null).mapToDouble(c -> c.contribution()).sum();
        assertThat(sum).isCloseTo(r.score(), within(0.02));
    }

    @Test
    void shouldDropNotApplicableCriteriaFromTheirGroupWhenRenormalising() {
        Map<String, Rating> ratings = Map.of("BIOMETRICS", Rating.na(), "TRANSP-REMEDY", Rating.of(2), "NONDISC", Rating.of(2));
        Result r = Scoring.score(CRITERIA, BALANCED, ratings, PLAIN);
        // Only G2 assessed: (2 + 2) / (3 + 3); BIOMETRICS neither counts as 0 nor as a maximum of 3.
        assertThat(r.score()).isCloseTo(66.67, within(0.01));
        assertThat(r.coverage()).isCloseTo(3.0 / 12, within(0.0001));
        assertThat(r.criteria()).filteredOn(c -> c.code().equals("BIOMETRICS")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(Status.NOT_APPLICABLE);
                    assertThat(c.excludedReason()).isEqualTo("NOT_APPLICABLE");
                    assertThat(c.contribution()).isNull();
                });
    }

    @Test
    void shouldCapSoftInstrumentsAtLevelTwoWhenProfileNormalisesSoftInstruments() {
        Map<String, Rating> ratings = Map.of("DP-BASE", new Rating(2, false, true, false), "PURPOSE", new Rating(2, false, true, false));
        assertThat(Scoring.score(CRITERIA, SOFT, ratings, PLAIN).score()).isEqualTo(100.0);
        assertThat(Scoring.score(CRITERIA, BALANCED, ratings, PLAIN).score()).isCloseTo(66.67, within(0.01));
        assertThat(Scoring.score(CRITERIA, SOFT, ratings, PLAIN).criteria()).filteredOn(c -> c.code().equals("DP-BASE"))
                .singleElement().satisfies(c -> assertThat(c.max()).isEqualTo(2));
    }

    @Test
    void shouldNotCapSoftInstrumentWhenRatingReliesOnBindingCrossReference() {
        Map<String, Rating> ratings = Map.of("DP-BASE", new Rating(3, false, true, true), "PURPOSE", new Rating(2, false, true, false));
        Result r = Scoring.score(CRITERIA, SOFT, ratings, PLAIN);
        assertThat(r.score()).isEqualTo(100.0); // (3 + 2) / (3 + 2)
        assertThat(r.criteria()).filteredOn(c -> c.code().equals("DP-BASE")).singleElement().satisfies(c -> assertThat(c.max()).isEqualTo(3));
    }

    @Test
    void shouldRaiseRedFlagWhenBiometricsAssessedAndDataProtectionNotVerified() {
        Result r = Scoring.score(CRITERIA, BALANCED, Map.of("BIOMETRICS", Rating.of(0)), new Context(true, false));
        assertThat(r.redFlags()).extracting(Scoring.Flag::code).containsExactly("BIOMETRICS_DP_BASE_NOT_VERIFIED");
        assertThat(r.notes()).extracting(Scoring.Flag::code).containsExactly("NOT_PUBLIC_LOW_CONFIDENCE");
    }

    @Test
    void shouldRaiseRedFlagWhenBiometricsAssessedAndDataProtectionBelowTwo() {
        Result weak = Scoring.score(CRITERIA, BALANCED, Map.of("BIOMETRICS", Rating.of(2), "DP-BASE", Rating.of(1)), PLAIN);
        assertThat(weak.redFlags()).extracting(Scoring.Flag::code).containsExactly("BIOMETRICS_WEAK_DP_BASE");
        Result fine = Scoring.score(CRITERIA, BALANCED, Map.of("BIOMETRICS", Rating.of(2), "DP-BASE", Rating.of(2)), PLAIN);
        assertThat(fine.redFlags()).isEmpty();
        Result absent = Scoring.score(CRITERIA, BALANCED, Map.of("BIOMETRICS", Rating.na()), PLAIN);
        assertThat(absent.redFlags()).isEmpty();
    }

    @Test
    void shouldRaiseRedFlagWhenTransferSecurityIsZeroOnlyForReadmission() {
        Map<String, Rating> ratings = Map.of("TRANSFER-SEC", Rating.of(0));
        assertThat(Scoring.score(CRITERIA, BALANCED, ratings, new Context(true, true)).redFlags())
                .extracting(Scoring.Flag::code).containsExactly("TRANSFER_SEC_ABSENT_WITH_READMISSION");
        assertThat(Scoring.score(CRITERIA, BALANCED, ratings, new Context(false, true)).redFlags()).isEmpty();
        assertThat(Scoring.score(CRITERIA, BALANCED, Map.of(), new Context(true, true)).redFlags()).isEmpty();
    }

    @Test
    void shouldCountAssessedAndNotApplicableInCoverage() {
        Map<String, Rating> ratings = new HashMap<>();
        ratings.put("DP-BASE", Rating.of(0));
        ratings.put("HUMAN-OVERSIGHT", Rating.na());
        ratings.put("PURPOSE", new Rating(null, false, false, false));
        assertThat(Scoring.score(CRITERIA, BALANCED, ratings, PLAIN).coverage()).isCloseTo(2.0 / 12, within(0.0001));
        assertThat(Scoring.score(CRITERIA, BALANCED, ratings, PLAIN).score()).isZero();
    }

    @Test
    void shouldPickBestLevelAcrossInstrumentsAndReportGaps() {
        Map<Long, Map<String, Rating>> byInstrument = Map.of(
                1L, Map.of("DP-BASE", Rating.of(1), "PURPOSE", Rating.of(0), "BIOMETRICS", Rating.na()),
                2L, Map.of("DP-BASE", Rating.of(3), "CAPACITY", Rating.of(2)));
        Map<String, Scoring.Best> best = Scoring.best(CRITERIA, BALANCED, byInstrument);
        assertThat(best.get("DP-BASE").agreementId()).isEqualTo(2L);
        assertThat(best.get("DP-BASE").rating().level()).isEqualTo(3);
        assertThat(best.get("BIOMETRICS").rating().status()).isEqualTo(Status.NOT_APPLICABLE);
        List<String> gaps = Scoring.gaps(CRITERIA, best);
        assertThat(gaps).contains("PURPOSE", "INDEP-OVERSIGHT", "MONITOR-EVAL").doesNotContain("DP-BASE", "CAPACITY", "BIOMETRICS");
        assertThat(gaps).startsWith("PURPOSE", "INDEP-OVERSIGHT");
    }

    @Test
    void shouldPreferBindingRatingOnEqualLevelsUnderSoftProfile() {
        Map<Long, Map<String, Rating>> byInstrument = Map.of(
                1L, Map.of("DP-BASE", new Rating(2, false, true, false)),
                2L, Map.of("DP-BASE", Rating.of(2)));
        assertThat(Scoring.best(CRITERIA, SOFT, byInstrument).get("DP-BASE").agreementId()).isEqualTo(2L);
    }

    @Test
    void shouldCompareAcrossVersionsOnlyOnSharedCriteria() {
        List<String> current = List.of("DP-BASE", "PURPOSE", "NEW-ONE");
        Scoring.Comparison same = Scoring.compare(2, current, Map.of(2L, current));
        assertThat(same.crossVersion()).isFalse();
        assertThat(same.comparableCriteria()).containsExactlyElementsOf(current);
        Scoring.Comparison cross = Scoring.compare(2, current, Map.of(1L, Set.of("DP-BASE", "PURPOSE", "RETIRED-ONE"), 2L, current));
        assertThat(cross.crossVersion()).isTrue();
        assertThat(cross.comparableCriteria()).containsExactly("DP-BASE", "PURPOSE");
    }

    @Test
    void shouldListCoreCriteriaFirstInBreakdown() {
        Result r = Scoring.score(CRITERIA, BALANCED, Map.of(), PLAIN);
        assertThat(r.criteria().stream().limit(4).map(Scoring.CriterionResult::code).toList())
                .containsExactly("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "CAPACITY");
    }
}
