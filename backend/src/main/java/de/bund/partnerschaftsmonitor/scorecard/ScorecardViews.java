package de.bund.partnerschaftsmonitor.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import de.bund.partnerschaftsmonitor.shared.web.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Response shapes of the scorecard API. The scoring module stays free of framework annotations, so its records are imported here. */
@SerdeImport(value = Scoring.Result.class, mixin = ScorecardViews.ExplicitNulls.class)
@SerdeImport(value = Scoring.GroupResult.class, mixin = ScorecardViews.ExplicitNulls.class)
@SerdeImport(value = Scoring.CriterionResult.class, mixin = ScorecardViews.ExplicitNulls.class)
@SerdeImport(value = Scoring.Flag.class, mixin = ScorecardViews.ExplicitNulls.class)
@SerdeImport(Scoring.Status.class)
public final class ScorecardViews {

    /** Labels of a rating's level: its last approved snapshot, or a current value nobody has approved yet. */
    public static final String APPROVED = "APPROVED";
    public static final String DRAFT = "DRAFT";

    private ScorecardViews() {
    }

    /**
     * Flags in the user's language by their code (i18n/messages: {@code scoring.flag.<code>}); the scoring rules keep their
     * English wording, so that they stay free of the framework and cached views are shared by all languages.
     */
    static List<Scoring.Flag> words(List<Scoring.Flag> flags, Locale locale) {
        return flags.stream().map(f -> new Scoring.Flag(f.code(), Messages.exists("scoring.flag." + f.code())
                ? Messages.text("scoring.flag." + f.code(), locale) : f.message())).toList();
    }

    /** Unknown is shown as an explicit null, never left out: a missing score must not read as zero. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    interface ExplicitNulls {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Breakdown(List<Scoring.GroupResult> groups, List<Scoring.CriterionResult> criteria) {
    }

    /**
     * An instrument's score. {@code crossVersion}: some ratings were made under another catalogue version than the
     * one scored under; then only {@code comparableCriteria} compare.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InstrumentScore(long agreementId, String countryIso2, String profile, long catalogVersionId,
                                  @Nullable Double score, double coverage, List<Scoring.Flag> redFlags, List<Scoring.Flag> notes,
                                  Breakdown breakdown, boolean crossVersion, List<String> comparableCriteria,
                                  List<Long> assessedUnderCatalogVersions, boolean includesDrafts,
                                  Map<String, String> levelBasis) {

        /** The same score with its flags worded in {@code locale}. */
        public InstrumentScore localized(Locale locale) {
            return new InstrumentScore(agreementId, countryIso2, profile, catalogVersionId, score, coverage, words(redFlags, locale),
                    words(notes, locale), breakdown, crossVersion, comparableCriteria, assessedUnderCatalogVersions, includesDrafts, levelBasis);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CountryRef(String iso2, @Nullable String numericCode, String nameDe, String nameEn, String region,
                             @Schema(description = "A fictitious demo country (demo seed only): never to be published", requiredMode = Schema.RequiredMode.REQUIRED) boolean fictitious) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    /**
     * {@code documentId}/{@code anchor}: the passage the approved (or, with drafts, current) evidence was taken from, to
     * open in place; {@code marking}: "VS – NUR FÜR DEN DIENSTGEBRAUCH" when that document is classified VS-NfD.
     */
    public record Evidence(@Nullable String reference, @Nullable String quote, @Nullable String source, @Nullable LocalDate asOf,
                           @Nullable Long documentId, @Nullable String anchor, @Nullable String marking) {
    }

    /** The best level a country's effective instruments reach on one criterion, and which instrument provides it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BestLevel(String criterionId, boolean core, Scoring.Status status, @Nullable Integer level, int max,
                            @Nullable Long agreementId, @Nullable String agreementTitle, @Nullable Evidence evidence,
                            @Nullable String confidence, @Nullable String notApplicableReason, boolean gap,
                            @Nullable String levelBasis) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InstrumentSummary(long id, @Nullable String titleDe, @Nullable String titleEn, @Nullable String type, String status,
                                    @Nullable Double score, double coverage, int redFlagCount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CountryScorecard(CountryRef country, String profile, long catalogVersionId, @Nullable Double score, double coverage,
                                   List<Scoring.Flag> redFlags, List<Scoring.Flag> notes, Breakdown breakdown,
                                   List<BestLevel> criteria, List<String> gaps, List<InstrumentSummary> instruments,
                                   List<InstrumentSummary> instrumentsNotInForce, boolean crossVersion,
                                   List<String> comparableCriteria, boolean includesDrafts) {

        /** The same scorecard with its flags worded in {@code locale}. */
        public CountryScorecard localized(Locale locale) {
            return new CountryScorecard(country, profile, catalogVersionId, score, coverage, words(redFlags, locale), words(notes, locale),
                    breakdown, criteria, gaps, instruments, instrumentsNotInForce, crossVersion, comparableCriteria, includesDrafts);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RankingEntry(@Nullable Integer rank, String iso2, @Nullable String numericCode, String nameDe, String nameEn, String region,
                               @Nullable Double score, double coverage, int redFlagCount, Map<String, Integer> coreLevels,
                               long instrumentCount, boolean includesDrafts,
                               @Schema(description = "A fictitious demo country: listed with its score, never ranked or published", requiredMode = Schema.RequiredMode.REQUIRED) boolean fictitious) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistoryPoint(Instant recordedAt, String profile, long catalogVersionId, @Nullable Double score, double coverage,
                               int redFlagCount) {
    }

    /** What a recomputation of every maintained score did: countries with instruments, and how long it took. */
    @Serdeable
    public record Recomputed(int countries, long tookMs) {
    }
}
