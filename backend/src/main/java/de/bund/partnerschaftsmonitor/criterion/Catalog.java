package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole catalogue version: criteria (core first, retired ones included), groups, weighting profiles and gating rules. */
@Serdeable
public record Catalog(long id, long version, String label, CatalogStatus status, @Nullable Long basedOnId,
                      @Nullable Instant publishedAt, String createdBy, List<CriterionView> criteria, List<GroupView> groups,
                      List<ProfileView> profiles, List<GatingRule> gatingRules) {

    static final Comparator<CriterionView> CORE_FIRST = Comparator.comparing((CriterionView c) -> !c.core())
            .thenComparingInt(CriterionView::displayOrder);

    /** The criteria that count: not retired, core first. */
    public List<CriterionView> active() {
        return criteria.stream().filter(c -> !c.retired()).sorted(CORE_FIRST).toList();
    }

    public Optional<CriterionView> activeCriterion(String code) {
        return criteria.stream().filter(c -> !c.retired() && c.id().equals(code)).findFirst();
    }

    public Optional<ProfileView> profile(String code) {
        return profiles.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public ProfileView defaultProfile() {
        return profiles.stream().filter(ProfileView::isDefault).findFirst().orElse(profiles.get(0));
    }

    public Summary summary() {
        return new Summary(id, version, label, status, basedOnId, publishedAt, createdBy);
    }

    @Serdeable
    public record Summary(long id, long version, String label, CatalogStatus status, @Nullable Long basedOnId,
                          @Nullable Instant publishedAt, String createdBy) {
    }

    /**
     * {@code id} is the stable criterion code such as DP-BASE. Every text comes in English and German: {@code scaleEn} and
     * {@code scaleDe} hold the descriptions of levels 0 to 3 (always four entries; a German one not yet written is null).
     */
    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record CriterionView(String id, long version, String group, boolean core, int displayOrder, String nameEn,
                                @Nullable String nameDe, String questionEn, @Nullable String questionDe, List<String> scaleEn,
                                List<@Nullable String> scaleDe,
                                List<LegalReference> legalReferences, List<String> keywordsDe, List<String> keywordsEn,
                                boolean retired) {
        static CriterionView from(Criterion c) {
            return new CriterionView(c.code(), c.version() == null ? 0 : c.version(), c.groupCode(), c.core(), c.displayOrder(),
                    c.nameEn(), c.nameDe(), c.questionEn(), c.questionDe(), List.of(c.level0(), c.level1(), c.level2(), c.level3()),
                    Arrays.asList(c.level0De(), c.level1De(), c.level2De(), c.level3De()),
                    c.legalReferences() == null ? List.of() : c.legalReferences(),
                    c.keywordsDe() == null ? List.of() : c.keywordsDe(), c.keywordsEn() == null ? List.of() : c.keywordsEn(), c.retired());
        }
    }

    /** A group with its active criteria, core first. */
    @Serdeable
    public record GroupView(String code, String nameEn, @Nullable String nameDe, int displayOrder, List<String> criterionIds) {
    }

    @Serdeable
    public record ProfileView(String code, boolean isDefault, boolean capsSoftInstruments, @Nullable String rationale, @Nullable String rationaleDe,
                              Map<String, Double> weights) {
    }

    /** {@code version} is the rule's own, for editing its description in a draft. */
    @Serdeable
    public record GatingRule(String code, long version, String descriptionEn, @Nullable String descriptionDe) {
    }
}
