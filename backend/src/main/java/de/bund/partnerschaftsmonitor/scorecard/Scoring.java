package de.bund.partnerschaftsmonitor.scorecard;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scoring rules, free of framework and database so that they can be read and tested on their own.
 *
 * <p>An instrument's score is the weighted share of the achievable maximum: for every group with at least
 * one assessed criterion, group weight × (sum of levels / sum of maxima); groups without an assessed
 * criterion drop out and the remaining weights are renormalised. Not-applicable criteria drop out of their
 * group. Unknown is never zero: with nothing assessed the score is null.
 */
public final class Scoring {

    public static final String DP_BASE = "DP-BASE";
    public static final String BIOMETRICS = "BIOMETRICS";
    public static final String TRANSFER_SEC = "TRANSFER-SEC";
    public static final int MAX_LEVEL = 3;
    public static final int SOFT_MAX_LEVEL = 2;

    private Scoring() {
    }

    public enum Status { ASSESSED, NOT_APPLICABLE, NOT_ASSESSED }

    public record CriterionDef(String code, String groupCode, boolean core, int displayOrder) {
    }

    /** Group weights of a profile; {@code capsSoftInstruments} caps non-binding instruments at level 2 per criterion. */
    public record Profile(String code, Map<String, Double> groupWeights, boolean capsSoftInstruments) {
    }

    /**
     * One rating as the scoring sees it. {@code softInstrument}: made on a non-binding instrument (MoU, working
     * structure); {@code bindingCrossReference}: it relies on a binding instrument.
     */
    public record Rating(Integer level, boolean notApplicable, boolean softInstrument, boolean bindingCrossReference) {

        public static Rating of(int level) {
            return new Rating(level, false, false, false);
        }

        public static Rating na() {
            return new Rating(null, true, false, false);
        }

        public Status status() {
            return notApplicable ? Status.NOT_APPLICABLE : level == null ? Status.NOT_ASSESSED : Status.ASSESSED;
        }
    }

    /** What the gating rules need to know of the instrument (or the country's effective instruments). */
    public record Context(boolean returnReadmission, Boolean textPublic) {
    }

    public record CriterionResult(String code, String groupCode, boolean core, Status status, @Nullable Integer level, int max,
                                  @Nullable Double contribution, @Nullable String excludedReason) {
    }

    public record GroupResult(String code, double weight, double effectiveWeight, @Nullable Double share, @Nullable Double points,
                              @Nullable String excludedReason) {
    }

    public record Flag(String code, String message) {
    }

    public record Result(@Nullable Double score, double coverage, List<Flag> redFlags, List<Flag> notes,
                         List<GroupResult> groups, List<CriterionResult> criteria) {
    }

    /** The best rating for one criterion among several instruments, and the instrument it comes from. */
    public record Best(String code, Rating rating, Long agreementId) {
    }

    public record Comparison(boolean crossVersion, List<String> comparableCriteria) {
    }

    public static int maxFor(Profile profile, Rating rating) {
        return profile.capsSoftInstruments() && rating.softInstrument() && !rating.bindingCrossReference() ? SOFT_MAX_LEVEL : MAX_LEVEL;
    }

    /** Scores one instrument, or a country from its best ratings, against the criteria of the current catalogue. */
    public static Result score(List<CriterionDef> criteria, Profile profile, Map<String, Rating> ratings, Context context) {
        Map<String, List<CriterionDef>> byGroup = new LinkedHashMap<>();
        for (CriterionDef c : ordered(criteria)) {
            byGroup.computeIfAbsent(c.groupCode(), g -> new ArrayList<>()).add(c);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, Integer> groupMax = new HashMap<>();
        for (var entry : byGroup.entrySet()) {
            int levels = 0;
            int max = 0;
            for (CriterionDef c : entry.getValue()) {
                Rating r = ratings.get(c.code());
                if (r != null && r.status() == Status.ASSESSED) {
                    int m = maxFor(profile, r);
                    levels += Math.min(r.level(), m);
                    max += m;
                }
            }
            if (max > 0) {
                shares.put(entry.getKey(), (double) levels / max);
                groupMax.put(entry.getKey(), max);
            }
        }
        double includedWeight = 0;
        for (String g : shares.keySet()) {
            includedWeight += weight(profile, g);
        }
        List<GroupResult> groups = new ArrayList<>();
        List<CriterionResult> results = new ArrayList<>();
        Double score = null;
        if (includedWeight > 0) {
            double total = 0;
            for (String g : shares.keySet()) {
                total += weight(profile, g) / includedWeight * shares.get(g);
            }
            score = round(total * 100);
        }
        Map<String, Double> effectiveWeights = new HashMap<>();
        for (String g : byGroup.keySet()) {
            boolean included = shares.containsKey(g) && includedWeight > 0;
            double effective = included ? weight(profile, g) / includedWeight : 0;
            effectiveWeights.put(g, effective);
            groups.add(new GroupResult(g, weight(profile, g), round4(effective), included ? round4(shares.get(g)) : null,
                    included ? round(effective * shares.get(g) * 100) : null,
                    shares.containsKey(g) ? (weight(profile, g) == 0 ? "ZERO_WEIGHT" : null) : "NO_ASSESSED_CRITERIA"));
        }
        int covered = 0;
        for (CriterionDef c : ordered(criteria)) {
            String g = c.groupCode();
            double effective = effectiveWeights.get(g);
            Rating r = ratings.getOrDefault(c.code(), new Rating(null, false, false, false));
            int max = maxFor(profile, r);
            Status status = r.status();
            if (status != Status.NOT_ASSESSED) {
                covered++;
            }
            Double contribution = status == Status.ASSESSED && effective > 0
                    ? round(effective * Math.min(r.level(), max) / groupMax.get(g) * 100) : null;
            String excluded = switch (status) {
                case NOT_APPLICABLE -> "NOT_APPLICABLE";
                case NOT_ASSESSED -> "NOT_ASSESSED";
                case ASSESSED -> effective > 0 ? null : "GROUP_WEIGHT_ZERO";
            };
            results.add(new CriterionResult(c.code(), g, c.core(), status, status == Status.ASSESSED ? r.level() : null,
                    max, contribution, excluded));
        }
        double coverage = criteria.isEmpty() ? 0 : round4((double) covered / criteria.size());
        return new Result(score, coverage, redFlags(ratings, context), notes(context), groups, results);
    }

    static List<Flag> redFlags(Map<String, Rating> ratings, Context context) {
        List<Flag> flags = new ArrayList<>();
        Rating biometrics = ratings.get(BIOMETRICS);
        Rating dpBase = ratings.get(DP_BASE);
        if (biometrics != null && biometrics.status() == Status.ASSESSED) {
            if (dpBase == null || dpBase.status() != Status.ASSESSED) {
                flags.add(new Flag("BIOMETRICS_DP_BASE_NOT_VERIFIED",
                        "Biometric data are processed, but the data-protection baseline (DP-BASE) is not verified."));
            } else if (dpBase.level() < 2) {
                flags.add(new Flag("BIOMETRICS_WEAK_DP_BASE",
                        "Biometric data are processed while the data-protection baseline (DP-BASE) is below level 2."));
            }
        }
        Rating transfer = ratings.get(TRANSFER_SEC);
        if (context.returnReadmission() && transfer != null && transfer.status() == Status.ASSESSED && transfer.level() == 0) {
            flags.add(new Flag("TRANSFER_SEC_ABSENT_WITH_READMISSION",
                    "Personal data are exchanged for return and readmission, but there is no transfer basis or transfer security (TRANSFER-SEC = 0)."));
        }
        return flags;
    }

    static List<Flag> notes(Context context) {
        if (Boolean.FALSE.equals(context.textPublic())) {
            return List.of(new Flag("NOT_PUBLIC_LOW_CONFIDENCE",
                    "The instrument's text is not public: ratings rest on official summaries only, so confidence is low."));
        }
        return List.of();
    }

    /**
     * The best rating per criterion over several instruments: the highest level (ties: the higher achievable
     * maximum, then the lower instrument id); not applicable only when no instrument has a level.
     */
    public static Map<String, Best> best(List<CriterionDef> criteria, Profile profile, Map<Long, Map<String, Rating>> byInstrument) {
        Map<String, Best> best = new LinkedHashMap<>();
        List<Long> ids = byInstrument.keySet().stream().sorted().toList();
        for (CriterionDef c : ordered(criteria)) {
            Best chosen = null;
            for (Long id : ids) {
                Rating r = byInstrument.get(id).get(c.code());
                if (r == null || r.status() == Status.NOT_ASSESSED) {
                    continue;
                }
                if (chosen == null || better(profile, r, chosen.rating())) {
                    chosen = new Best(c.code(), r, id);
                }
            }
            if (chosen != null) {
                best.put(c.code(), chosen);
            }
        }
        return best;
    }

    private static boolean better(Profile profile, Rating candidate, Rating current) {
        if (candidate.status() != Status.ASSESSED) {
            return false;
        }
        if (current.status() != Status.ASSESSED) {
            return true;
        }
        if (!Objects.equals(candidate.level(), current.level())) {
            return candidate.level() > current.level();
        }
        return maxFor(profile, candidate) > maxFor(profile, current);
    }

    /** Criteria a country covers with no effective instrument: best level 0 or not assessed. Not applicable is no gap. */
    public static List<String> gaps(List<CriterionDef> criteria, Map<String, Best> best) {
        List<String> gaps = new ArrayList<>();
        for (CriterionDef c : ordered(criteria)) {
            Best b = best.get(c.code());
            if (b == null || (b.rating().status() == Status.ASSESSED && b.rating().level() == 0)) {
                gaps.add(c.code());
            }
        }
        return gaps;
    }

    /**
     * Ratings made under other catalogue versions compare only on the criteria every version involved shares.
     *
     * @param current         active criterion codes of the catalogue the score is computed under
     * @param usedVersions    active criterion codes of each version the ratings were made under
     */
    public static Comparison compare(long currentVersion, List<String> current, Map<Long, ? extends Collection<String>> usedVersions) {
        Set<String> shared = new LinkedHashSet<>(current);
        boolean cross = false;
        for (var entry : usedVersions.entrySet()) {
            if (entry.getKey() != currentVersion) {
                cross = true;
                shared.retainAll(Set.copyOf(entry.getValue()));
            }
        }
        return new Comparison(cross, List.copyOf(shared));
    }

    static List<CriterionDef> ordered(List<CriterionDef> criteria) {
        return criteria.stream().sorted(Comparator.comparing((CriterionDef c) -> !c.core()).thenComparingInt(CriterionDef::displayOrder)).toList();
    }

    private static double weight(Profile profile, String group) {
        return profile.groupWeights().getOrDefault(group, 0.0);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double round4(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
