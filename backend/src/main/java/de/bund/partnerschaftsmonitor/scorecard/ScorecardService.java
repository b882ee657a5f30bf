package de.bund.partnerschaftsmonitor.scorecard;

import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import de.bund.partnerschaftsmonitor.agreement.AgreementType;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.document.Classification;
import de.bund.partnerschaftsmonitor.country.Region;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.criterion.CatalogPublished;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import de.bund.partnerschaftsmonitor.scorecard.ScoreRepository.RatingRow;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.BestLevel;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.Breakdown;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.CountryRef;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.CountryScorecard;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.InstrumentScore;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardViews.InstrumentSummary;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The scorecard feature's face: computes scores from one projection query and maintains the ranking table and history.
 *
 * <p>By default every score counts only approved ratings, each as its last approved snapshot: an edit or a new rating
 * does not move leadership's numbers before a second person has approved it. The maintained {@code country_scores} and
 * {@code score_history} hold this approved view. {@code includeDrafts} scores the current values of all ratings instead;
 * that view is computed on request (for the ranking: one query over all instruments, slower than the maintained table).
 */
@Singleton
@RetryOnDeadlock
public class ScorecardService {

    private final ScoreRepository scores;
    private final CatalogService catalogs;
    private final CountryService countries;
    private final AuditService audit;

    ScorecardService(ScoreRepository scores, CatalogService catalogs, CountryService countries, AuditService audit) {
        this.audit = audit;
        this.scores = scores;
        this.catalogs = catalogs;
        this.countries = countries;
    }

    /** An instrument's ratings as the scoring sees them, with the rows they came from. */
    record Instrument(RatingRow head, Map<String, Scoring.Rating> ratings, Map<String, RatingRow> rows) {

        boolean effective() {
            return !head.archived() && AgreementStatus.valueOf(head.status()).isEffective();
        }

        Scoring.Context context() {
            return new Scoring.Context(head.returnReadmission(), head.textPublic());
        }

        String title() {
            return head.titleDe() != null ? head.titleDe() : head.titleEn();
        }
    }

    @Transactional(readOnly = true)
    public InstrumentScore instrumentScore(long agreementId, @Nullable String profileCode, boolean includeDrafts) {
        Catalog catalog = catalogs.current();
        Scoring.Profile profile = profile(catalog, profileCode);
        List<RatingRow> rows = scores.ratingsOfAgreement(agreementId, includeDrafts);
        if (rows.isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        Instrument instrument = instruments(rows).get(0);
        Scoring.Result r = Scoring.score(defs(catalog), profile, instrument.ratings(), instrument.context());
        Set<Long> versions = versions(List.of(instrument));
        Scoring.Comparison comparison = compare(catalog, versions);
        return new InstrumentScore(agreementId, instrument.head().countryIso2(), profile.code(), catalog.id(), r.score(), r.coverage(),
                r.redFlags(), r.notes(), new Breakdown(r.groups(), r.criteria()), comparison.crossVersion(),
                comparison.comparableCriteria(), List.copyOf(versions), includeDrafts, basis(instrument, includeDrafts));
    }

    /** Per rated criterion: whether the level counted is an approved snapshot or an unapproved current value. */
    private static Map<String, String> basis(Instrument instrument, boolean includeDrafts) {
        Map<String, String> out = new LinkedHashMap<>();
        instrument.rows().forEach((code, row) -> out.put(code, basis(row, includeDrafts)));
        return out;
    }

    static String basis(RatingRow row, boolean includeDrafts) {
        return !includeDrafts || "APPROVED".equals(row.reviewState()) ? ScorecardViews.APPROVED : ScorecardViews.DRAFT;
    }

    @Transactional(readOnly = true)
    public CountryScorecard countryScorecard(String iso2, @Nullable String profileCode, boolean includeDrafts) {
        CountryService.CountryReference country = countries.reference(iso2).orElseThrow(() -> new NotFoundException("country.notFound"));
        Catalog catalog = catalogs.current();
        Scoring.Profile profile = profile(catalog, profileCode);
        List<Instrument> instruments = instruments(scores.ratingsOfCountry(iso2, includeDrafts));
        List<Scoring.CriterionDef> defs = defs(catalog);
        Country computed = country(defs, profile, instruments);
        Scoring.Result r = computed.result();
        Set<String> gaps = Set.copyOf(computed.gaps());
        Map<Long, Instrument> byId = instruments.stream().collect(Collectors.toMap(i -> i.head().agreementId(), i -> i));
        List<BestLevel> best = new ArrayList<>();
        for (Scoring.CriterionResult c : r.criteria()) {
            Scoring.Best b = computed.best().get(c.code());
            RatingRow row = b == null ? null : byId.get(b.agreementId()).rows().get(c.code());
            best.add(new BestLevel(c.code(), c.core(), c.status(), c.level(), c.max(), b == null ? null : b.agreementId(),
                    b == null ? null : byId.get(b.agreementId()).title(),
                    row == null || (row.evidenceReference() == null && row.evidenceSource() == null && row.evidenceQuote() == null) ? null
                            : new ScorecardViews.Evidence(row.evidenceReference(), row.evidenceQuote(), row.evidenceSource(), row.evidenceAsOf(),
                                    row.evidenceDocumentId(), row.evidenceAnchor(), Classification.marking(row.evidenceClassification())),
                    row == null ? null : row.confidence(), row == null ? null : row.notApplicableReason(), gaps.contains(c.code()),
                    row == null ? null : basis(row, includeDrafts)));
        }
        List<InstrumentSummary> effective = new ArrayList<>();
        List<InstrumentSummary> other = new ArrayList<>();
        for (Instrument i : instruments) {
            Scoring.Result own = Scoring.score(defs, profile, i.ratings(), i.context());
            InstrumentSummary s = new InstrumentSummary(i.head().agreementId(), i.head().titleDe(), i.head().titleEn(), i.head().type(),
                    i.head().status(), own.score(), own.coverage(), own.redFlags().size());
            (i.effective() ? effective : other).add(s);
        }
        Scoring.Comparison comparison = compare(catalog, versions(instruments.stream().filter(Instrument::effective).toList()));
        return new CountryScorecard(ref(country), profile.code(), catalog.id(), r.score(), r.coverage(), r.redFlags(), r.notes(),
                new Breakdown(r.groups(), r.criteria()), best, computed.gaps(), effective, other, comparison.crossVersion(),
                comparison.comparableCriteria(), includeDrafts);
    }

    /**
     * Countries that have instruments, by score (unknown last): approved view from the maintained {@code country_scores}
     * table; with drafts, the same countries scored on the fly.
     */
    @Transactional(readOnly = true)
    public List<ScorecardViews.RankingEntry> ranking(@Nullable String region, @Nullable String type, @Nullable String profileCode,
                                                     boolean includeDrafts) {
        if (region != null && !region.matches(Region.PATTERN)) {
            throw InvalidInputException.of("region", "filter.region.unknown");
        }
        if (type != null && !type.matches(AgreementType.PATTERN)) {
            throw InvalidInputException.of("type", "filter.type.unknown");
        }
        Catalog catalog = catalogs.current();
        Scoring.Profile profile = profile(catalog, profileCode);
        List<ScoreRepository.RankingRow> rows = scores.ranking(profile.code(), region, type);
        if (includeDrafts) {
            rows = withDrafts(rows, catalog, profile);
        }
        List<ScorecardViews.RankingEntry> out = new ArrayList<>();
        int rank = 0;
        for (ScoreRepository.RankingRow r : rows) {
            // A fictitious demo country is listed with its score but takes no rank: real countries keep theirs with or without it.
            Integer place = r.score() == null || r.fictitious() ? null : Integer.valueOf(++rank);
            out.add(new ScorecardViews.RankingEntry(place, r.iso2(), r.numericCode(),
                    r.nameDe(), r.nameEn(), r.region(), r.score(), r.coverage() == null ? 0 : r.coverage(), r.redFlagCount(),
                    r.coreLevels(), r.instrumentCount(), includeDrafts, r.fictitious()));
        }
        return out;
    }

    /** The ranking's countries with scores recomputed from the current values of all ratings, re-sorted like the table. */
    private List<ScoreRepository.RankingRow> withDrafts(List<ScoreRepository.RankingRow> rows, Catalog catalog, Scoring.Profile profile) {
        List<Scoring.CriterionDef> defs = defs(catalog);
        Map<String, ScoreRepository.CountryScoreInsert> scored = new HashMap<>();
        scores.forEachCountry(true, (iso2, ratings) ->
                scored.put(iso2, countryScore(iso2, profile.code(), catalog, country(defs, profile, instruments(ratings)))));
        List<ScoreRepository.RankingRow> out = new ArrayList<>();
        for (ScoreRepository.RankingRow r : rows) {
            ScoreRepository.CountryScoreInsert c = scored.containsKey(r.iso2()) ? scored.get(r.iso2())
                    : countryScore(r.iso2(), profile.code(), catalog, country(defs, profile, List.of()));
            Map<String, Integer> core = new LinkedHashMap<>();
            core.put(Scoring.DP_BASE, c.dpBase());
            core.put("PURPOSE", c.purpose());
            core.put("INDEP-OVERSIGHT", c.oversight());
            core.put("CAPACITY", c.capacity());
            out.add(new ScoreRepository.RankingRow(r.iso2(), r.numericCode(), r.nameDe(), r.nameEn(), r.region(), c.score(), c.coverage(),
                    c.redFlagCount(), core, r.instrumentCount(), r.fictitious()));
        }
        out.sort(java.util.Comparator.comparing((ScoreRepository.RankingRow r) -> r.score() == null)
                .thenComparing(r -> r.score() == null ? 0 : -r.score())
                .thenComparing(ScoreRepository.RankingRow::nameDe));
        return out;
    }

    @Transactional(readOnly = true)
    public List<ScorecardViews.HistoryPoint> instrumentHistory(long agreementId, @Nullable String profileCode) {
        Scoring.Profile profile = profile(catalogs.current(), profileCode);
        if (scores.ratingsOfAgreement(agreementId, false).isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        return scores.agreementHistory(agreementId, profile.code()).stream().map(ScorecardService::point).toList();
    }

    @Transactional(readOnly = true)
    public List<ScorecardViews.HistoryPoint> countryHistory(String iso2, @Nullable String profileCode) {
        Scoring.Profile profile = profile(catalogs.current(), profileCode);
        if (!countries.exists(iso2)) {
            throw new NotFoundException("country.notFound");
        }
        return scores.countryHistory(iso2, profile.code()).stream().map(ScorecardService::point).toList();
    }

    /** Call first in a transaction that changes a rating of the country's instruments; serialises score maintenance per country. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void lockCountry(String iso2) {
        countries.lockForWrite(List.of(iso2));
    }

    /** After a rating's approved snapshot changed: records the instrument's and the country's score for every profile, and refreshes the ranking. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordChange(long agreementId, String iso2) {
        refresh(iso2, agreementId);
    }

    /** Instruments feed the country scores through their status, type, country and components. */
    @io.micronaut.runtime.event.annotation.EventListener
    void onAgreementChanged(de.bund.partnerschaftsmonitor.agreement.AgreementChanged event) {
        event.countries().stream().sorted().forEach(this::recomputeCountry);
    }

    /**
     * Recomputes a country's maintained scores, in the caller's transaction.
     */
    @Transactional
    public void recomputeCountry(String iso2) {
        countries.lockForWrite(List.of(iso2));
        refresh(iso2, null);
    }

    /**
     * Every country's maintained scores, e.g. after a catalogue was published or ratings were loaded in bulk. Takes every
     * country's lock first (in the same order as single writers), so that no concurrent rating is overwritten with an
     * older score. Returns how many countries have instruments.
     */
    @Transactional
    public int recomputeAll() {
        countries.lockAllForWrite();
        Catalog catalog = catalogs.current();
        List<Scoring.CriterionDef> defs = defs(catalog);
        List<ScoreRepository.CountryScoreInsert> upserts = new ArrayList<>();
        int[] countries = {0};
        scores.forEachCountry(false, (iso2, ratings) -> {
            List<Instrument> instruments = instruments(ratings);
            for (Catalog.ProfileView p : catalog.profiles()) {
                Scoring.Profile profile = toProfile(p);
                upserts.add(countryScore(iso2, profile.code(), catalog, country(defs, profile, instruments)));
            }
            countries[0]++;
        });
        scores.upsertCountryScores(upserts);
        return countries[0];
    }

    /** An administrator's recomputation of every maintained score (after a bulk load or a repair), audited. */
    @Transactional
    public ScorecardViews.Recomputed recomputeAll(String actor) {
        long start = System.nanoTime();
        int countries = recomputeAll();
        ScorecardViews.Recomputed result = new ScorecardViews.Recomputed(countries, (System.nanoTime() - start) / 1_000_000);
        audit.record(actor, "RECOMPUTE", "scores", "all", null, result);
        return result;
    }

    @EventListener
    void onCatalogPublished(CatalogPublished event) {
        recomputeAll();
    }

    private void refresh(String iso2, @Nullable Long agreementId) {
        Catalog catalog = catalogs.current();
        List<Scoring.CriterionDef> defs = defs(catalog);
        List<Instrument> instruments = instruments(scores.ratingsOfCountry(iso2, false));
        Instrument changed = agreementId == null ? null
                : instruments.stream().filter(i -> i.head().agreementId() == agreementId).findFirst().orElse(null);
        List<ScoreRepository.HistoryInsert> history = new ArrayList<>();
        List<ScoreRepository.CountryScoreInsert> upserts = new ArrayList<>();
        for (Catalog.ProfileView p : catalog.profiles()) {
            Scoring.Profile profile = toProfile(p);
            if (changed != null) {
                Scoring.Result own = Scoring.score(defs, profile, changed.ratings(), changed.context());
                history.add(new ScoreRepository.HistoryInsert(iso2, agreementId, profile.code(), catalog.id(), own.score(), own.coverage(),
                        own.redFlags().size()));
            }
            ScoreRepository.CountryScoreInsert c = countryScore(iso2, profile.code(), catalog, country(defs, profile, instruments));
            upserts.add(c);
            history.add(new ScoreRepository.HistoryInsert(iso2, null, profile.code(), catalog.id(), c.score(), c.coverage(), c.redFlagCount()));
        }
        scores.upsertCountryScores(upserts);
        scores.insertHistory(history);
    }

    record Country(Scoring.Result result, Map<String, Scoring.Best> best, List<String> gaps) {
    }

    /** A country is scored on the best level its effective (in force or provisionally applied) instruments reach. */
    static Country country(List<Scoring.CriterionDef> defs, Scoring.Profile profile, List<Instrument> instruments) {
        List<Instrument> effective = instruments.stream().filter(Instrument::effective).toList();
        Map<Long, Map<String, Scoring.Rating>> byInstrument = new LinkedHashMap<>();
        effective.forEach(i -> byInstrument.put(i.head().agreementId(), i.ratings()));
        Map<String, Scoring.Best> best = Scoring.best(defs, profile, byInstrument);
        Map<String, Scoring.Rating> ratings = new LinkedHashMap<>();
        best.forEach((code, b) -> ratings.put(code, b.rating()));
        boolean readmission = effective.stream().anyMatch(i -> i.head().returnReadmission());
        Boolean textPublic = effective.stream().anyMatch(i -> Boolean.FALSE.equals(i.head().textPublic())) ? Boolean.FALSE : null;
        Scoring.Result result = Scoring.score(defs, profile, ratings, new Scoring.Context(readmission, textPublic));
        return new Country(result, best, Scoring.gaps(defs, best));
    }

    private static ScoreRepository.CountryScoreInsert countryScore(String iso2, String profile, Catalog catalog, Country c) {
        Map<String, Integer> levels = c.result().criteria().stream().filter(x -> x.level() != null)
                .collect(Collectors.toMap(Scoring.CriterionResult::code, Scoring.CriterionResult::level));
        return new ScoreRepository.CountryScoreInsert(iso2, profile, catalog.id(), c.result().score(), c.result().coverage(),
                c.result().redFlags().size(), levels.get(Scoring.DP_BASE), levels.get("PURPOSE"), levels.get("INDEP-OVERSIGHT"),
                levels.get("CAPACITY"));
    }

    static List<Instrument> instruments(List<RatingRow> rows) {
        Map<Long, List<RatingRow>> byId = rows.stream()
                .collect(Collectors.groupingBy(RatingRow::agreementId, LinkedHashMap::new, Collectors.toList()));
        List<Instrument> out = new ArrayList<>();
        for (List<RatingRow> group : byId.values()) {
            RatingRow head = group.get(0);
            boolean soft = "MOU".equals(head.type()) || "WORKING_STRUCTURE".equals(head.type());
            Map<String, Scoring.Rating> ratings = new LinkedHashMap<>();
            Map<String, RatingRow> byCode = new LinkedHashMap<>();
            for (RatingRow r : group) {
                if (r.criterionCode() != null) {
                    ratings.put(r.criterionCode(), new Scoring.Rating(r.level(), r.notApplicable(), soft, "TREATY".equals(r.crossReferenceType())));
                    byCode.put(r.criterionCode(), r);
                }
            }
            out.add(new Instrument(head, ratings, byCode));
        }
        return out;
    }

    private Scoring.Comparison compare(Catalog catalog, Set<Long> versions) {
        List<String> current = catalog.active().stream().map(Catalog.CriterionView::id).toList();
        return Scoring.compare(catalog.id(), current, catalogs.activeCodes(versions));
    }

    /** Catalogue versions the instruments' ratings (levels or N/A) were made under. */
    private static Set<Long> versions(List<Instrument> instruments) {
        Set<Long> versions = new TreeSet<>();
        for (Instrument i : instruments) {
            i.rows().values().stream().filter(r -> r.level() != null || r.notApplicable())
                    .forEach(r -> versions.add(r.catalogVersionId()));
        }
        return versions;
    }

    static List<Scoring.CriterionDef> defs(Catalog catalog) {
        return catalog.active().stream()
                .map(c -> new Scoring.CriterionDef(c.id(), c.group(), c.core(), c.displayOrder())).toList();
    }

    private static Scoring.Profile profile(Catalog catalog, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return toProfile(catalog.defaultProfile());
        }
        return catalog.profile(code).map(ScorecardService::toProfile).orElseThrow(() -> InvalidInputException.of("profile", "filter.profile.unknown"));
    }

    private static Scoring.Profile toProfile(Catalog.ProfileView p) {
        return new Scoring.Profile(p.code(), p.weights(), p.capsSoftInstruments());
    }

    private static CountryRef ref(CountryService.CountryReference c) {
        return new CountryRef(c.iso2(), c.numericCode(), c.nameDe(), c.nameEn(), c.region().name(), c.fictitious());
    }

    private static ScorecardViews.HistoryPoint point(ScoreRepository.HistoryRow h) {
        return new ScorecardViews.HistoryPoint(h.recordedAt(), h.profile(), h.catalogVersionId(), h.score(), h.coverage(), h.redFlagCount());
    }
}
