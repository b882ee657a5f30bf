package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.function.Function;
import de.bund.partnerschaftsmonitor.shared.export.Bilingual;
import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import de.bund.partnerschaftsmonitor.shared.web.Validation;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The criteria catalogue's face to other features, and the one place its writes happen. */
@Singleton
@RetryOnDeadlock
public class CatalogService {

    static final String ENTITY = "catalog";
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    private final CatalogRepository catalogs;
    private final CriterionRepository criteria;
    private final AuditService audit;
    private final Validator validator;
    private final ApplicationEventPublisher<CatalogPublished> events;
    /** Published versions never change, so they are read once. */
    private final Map<Long, Catalog> published = new ConcurrentHashMap<>();

    CatalogService(CatalogRepository catalogs, CriterionRepository criteria, AuditService audit, Validator validator,
                   ApplicationEventPublisher<CatalogPublished> events) {
        this.catalogs = catalogs;
        this.criteria = criteria;
        this.audit = audit;
        this.validator = validator;
        this.events = events;
    }

    /** The published catalogue that scores and new assessments use. */
    @Transactional(readOnly = true)
    public Catalog current() {
        long id = catalogs.findCurrentPublishedId().orElseThrow(() -> new IllegalStateException("No published criteria catalogue"));
        return find(id).orElseThrow();
    }

    /**
     * Each criterion's name in German and English, for files that show criteria as the screens do: from catalogue
     * {@code id}, or the current one when it is unknown; a code no catalogue names stays a code.
     */
    @Transactional(readOnly = true)
    public Function<String, Object> criterionNames(@Nullable Long id) {
        Catalog catalog = id == null ? current() : find(id).orElseGet(this::current);
        Map<String, Bilingual> names = new HashMap<>();
        catalog.criteria().forEach(c -> names.put(c.id(), new Bilingual(c.nameDe(), c.nameEn())));
        return code -> names.containsKey(code) ? names.get(code) : code;
    }

    @Transactional(readOnly = true)
    public Optional<Catalog> find(long id) {
        Catalog cached = published.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Catalog> loaded = catalogs.findById(id).map(this::load);
        loaded.filter(c -> c.status() == CatalogStatus.PUBLISHED).ifPresent(c -> published.put(c.id(), c));
        return loaded;
    }

    /** Active criterion codes of each given version, for comparing scores across versions. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> activeCodes(Set<Long> versionIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (Long id : versionIds) {
            find(id).ifPresent(c -> out.put(id, c.active().stream().map(Catalog.CriterionView::id).toList()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<Catalog.Summary> list() {
        return catalogs.findAllOrderByIdDesc().stream().map(v -> summary(v)).toList();
    }

    @Transactional
    public Catalog createDraft(DraftRequest request, String actor) {
        check(request);
        long from = current().id();
        CatalogVersion draft = catalogs.save(new CatalogVersion(null, null, request.label().strip(), CatalogStatus.DRAFT, from, null,
                actor, null, null));
        catalogs.copyGroups(from, draft.id());
        catalogs.copyCriteria(from, draft.id());
        catalogs.copyProfiles(from, draft.id());
        catalogs.copyWeights(from, draft.id());
        catalogs.copyGatingRules(from, draft.id());
        Catalog created = load(draft);
        audit.record(actor, "CREATE_DRAFT", ENTITY, draft.id(), null, created.summary());
        return created;
    }

    @Transactional
    public Catalog.CriterionView putCriterion(long catalogId, String code, CriterionRequest r, String actor) {
        CatalogVersion catalog = draftForUpdate(catalogId);
        Optional<Criterion> existing = criteria.findByCatalogVersionIdAndCode(catalogId, code);
        List<FieldError> errors = violations(r);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.add(new FieldError("criterionId", "criterion.code.invalid"));
        }
        if (r.group() != null && catalogs.groups(catalogId).stream().noneMatch(g -> g.code().equals(r.group()))) {
            errors.add(new FieldError("group", "criterion.group.unknown"));
        }
        if (existing.isPresent() && r.version() == null) {
            errors.add(new FieldError("version", "version.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (existing.isEmpty() && r.version() != null) {
            throw new ConflictException("criterion.notInDraft", code);
        }
        if (existing.isPresent() && !Objects.equals(existing.get().version(), r.version())) {
            throw new ConflictException("criterion.changed");
        }
        Criterion current = existing.orElse(null);
        int order = r.displayOrder() != null ? r.displayOrder()
                : current != null ? current.displayOrder() : criteria.maxDisplayOrder(catalogId) + 1;
        Criterion entity = new Criterion(current == null ? null : current.id(), current == null ? null : current.version(), catalogId, code,
                r.group(), Boolean.TRUE.equals(r.core()), order, r.nameEn().strip(), trim(r.nameDe()), r.questionEn().strip(),
                trim(r.questionDe()), r.scaleEn().get(0), r.scaleEn().get(1), r.scaleEn().get(2), r.scaleEn().get(3),
                germanLevel(r, 0), germanLevel(r, 1), germanLevel(r, 2), germanLevel(r, 3),
                r.legalReferences() == null ? List.of() : r.legalReferences(), r.keywordsDe() == null ? List.of() : r.keywordsDe(),
                r.keywordsEn() == null ? List.of() : r.keywordsEn(), Boolean.TRUE.equals(r.retired()),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
        Criterion saved = current == null ? criteria.save(entity) : criteria.update(entity);
        Catalog.CriterionView after = Catalog.CriterionView.from(saved);
        audit.record(actor, current == null ? "ADD_CRITERION" : "UPDATE_CRITERION", "criterion", catalogId + "/" + code,
                current == null ? null : Catalog.CriterionView.from(current), after);
        catalogs.update(catalog.touched());
        return after;
    }

    @Transactional
    public Catalog.ProfileView putProfile(long catalogId, String code, ProfileRequest r, String actor) {
        CatalogVersion catalog = draftForUpdate(catalogId);
        Catalog before = load(catalog);
        Catalog.ProfileView old = before.profile(code).orElseThrow(() -> new NotFoundException("profile.notFound"));
        List<FieldError> errors = violations(r);
        if (r.weights() != null) {
            Set<String> groups = new TreeSet<>(before.groups().stream().map(Catalog.GroupView::code).toList());
            BigDecimal sum = BigDecimal.ZERO;
            for (var e : r.weights().entrySet()) {
                if (!groups.contains(e.getKey())) {
                    errors.add(new FieldError("weights." + e.getKey(), "criterion.group.unknown"));
                } else if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(ONE) > 0) {
                    errors.add(new FieldError("weights." + e.getKey(), "profile.weight.range"));
                } else {
                    sum = sum.add(e.getValue());
                }
            }
            for (String g : groups) {
                if (!r.weights().containsKey(g)) {
                    errors.add(new FieldError("weights." + g, "profile.weights.required"));
                }
            }
            if (errors.isEmpty() && sum.subtract(ONE).abs().compareTo(TOLERANCE) > 0) {
                errors.add(new FieldError("weights", "profile.weights.sum", Messages.text("profile.weights.sum", sum.stripTrailingZeros().toPlainString())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!Objects.equals(catalog.version(), r.version())) {
            throw staleCatalog();
        }
        r.weights().forEach((group, weight) -> catalogs.updateWeight(catalogId, code, group, weight));
        catalogs.updateProfile(catalogId, code, r.capsSoftInstruments() == null ? old.capsSoftInstruments() : r.capsSoftInstruments(),
                r.rationale() == null ? old.rationale() : trim(r.rationale()),
                r.rationaleDe() == null ? old.rationaleDe() : trim(r.rationaleDe()));
        catalogs.update(catalog.touched());
        Catalog.ProfileView after = load(catalogs.findById(catalogId).orElseThrow()).profile(code).orElseThrow();
        audit.record(actor, "UPDATE_PROFILE", "weighting_profile", catalogId + "/" + code, old, after);
        return after;
    }

    @Transactional
    public Catalog.GatingRule putGatingRule(long catalogId, String code, GatingRuleRequest r, String actor) {
        CatalogVersion catalog = draftForUpdate(catalogId);
        CatalogRepository.GatingRuleRow old = catalogs.gatingRuleForUpdate(catalogId, code)
                .orElseThrow(() -> new NotFoundException("gatingRule.notFound"));
        check(r);
        if (catalogs.updateGatingRule(catalogId, code, r.version(), r.descriptionEn().strip(), trim(r.descriptionDe())) == 0) {
            throw new ConflictException("gatingRule.changed");
        }
        catalogs.update(catalog.touched());
        Catalog.GatingRule after = gatingRule(catalogs.gatingRuleForUpdate(catalogId, code).orElseThrow());
        audit.record(actor, "UPDATE_GATING_RULE", "gating_rule", catalogId + "/" + code, gatingRule(old), after);
        return after;
    }

    @Transactional
    public Catalog publish(long catalogId, Long version, String actor) {
        CatalogVersion catalog = draftForUpdate(catalogId);
        if (version != null && !Objects.equals(catalog.version(), version)) {
            throw staleCatalog();
        }
        Catalog draft = load(catalog);
        if (draft.active().isEmpty()) {
            throw InvalidInputException.of("criteria", "catalog.criteria.required");
        }
        Catalog base = draft.basedOnId() == null ? null : find(draft.basedOnId()).orElse(null);
        List<FieldError> missing = CatalogTexts.missingForPublishing(draft, base);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        CatalogVersion done = catalogs.update(catalog.published(Instant.now()));
        Catalog after = load(done);
        audit.record(actor, "PUBLISH", ENTITY, catalogId, draft.summary(), after.summary());
        events.publishEvent(new CatalogPublished(catalogId));
        return after;
    }

    private CatalogVersion draftForUpdate(long catalogId) {
        CatalogVersion catalog = catalogs.findByIdForUpdate(catalogId).orElseThrow(() -> new NotFoundException("catalog.notFound"));
        if (catalog.status() == CatalogStatus.PUBLISHED) {
            throw new ConflictException("catalog.published");
        }
        return catalog;
    }

    private Catalog load(CatalogVersion v) {
        List<Catalog.CriterionView> all = criteria.findByCatalogVersionIdOrderByDisplayOrder(v.id()).stream()
                .map(Catalog.CriterionView::from).sorted(Catalog.CORE_FIRST).toList();
        List<Catalog.GroupView> groups = catalogs.groups(v.id()).stream()
                .map(g -> new Catalog.GroupView(g.code(), g.nameEn(), g.nameDe(), g.displayOrder(),
                        all.stream().filter(c -> !c.retired() && c.group().equals(g.code())).map(Catalog.CriterionView::id).toList()))
                .toList();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        for (CatalogRepository.WeightRow w : catalogs.weights(v.id())) {
            weights.computeIfAbsent(w.profileCode(), p -> new LinkedHashMap<>()).put(w.groupCode(), w.weight().doubleValue());
        }
        List<Catalog.ProfileView> profiles = catalogs.profiles(v.id()).stream()
                .map(p -> new Catalog.ProfileView(p.code(), p.isDefault(), p.capsSoftInstruments(), p.rationale(), p.rationaleDe(),
                        weights.getOrDefault(p.code(), Map.of())))
                .toList();
        List<Catalog.GatingRule> rules = catalogs.gatingRules(v.id()).stream()
                .map(CatalogService::gatingRule).toList();
        return new Catalog(v.id(), v.version() == null ? 0 : v.version(), v.label(), v.status(), v.basedOnId(), v.publishedAt(),
                v.createdBy(), all, groups, profiles, rules);
    }

    private static Catalog.GatingRule gatingRule(CatalogRepository.GatingRuleRow g) {
        return new Catalog.GatingRule(g.code(), g.version(), g.descriptionEn(), g.descriptionDe());
    }

    private static Catalog.Summary summary(CatalogVersion v) {
        return new Catalog.Summary(v.id(), v.version() == null ? 0 : v.version(), v.label(), v.status(), v.basedOnId(), v.publishedAt(), v.createdBy());
    }

    private <T> List<FieldError> violations(T request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.add(Validation.fieldError(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").replaceAll("<[^>]+>", ""), v.getMessage()));
        }
        return errors;
    }

    private void check(Object request) {
        List<FieldError> errors = violations(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static ConflictException staleCatalog() {
        return new ConflictException("catalog.changed");
    }

    private static String germanLevel(CriterionRequest r, int level) {
        return r.scaleDe() == null ? null : trim(r.scaleDe().get(level));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
