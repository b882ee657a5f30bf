package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.Dates;
import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.agreement.AgreementFacts;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.agreement.AgreementType;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardService;
import de.bund.partnerschaftsmonitor.shared.security.Role;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.ForbiddenException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import de.bund.partnerschaftsmonitor.shared.web.Validation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The assessment feature's face to other features, and the one place ratings are written. */
@Singleton
@RetryOnDeadlock
public class AssessmentService {

    static final String ENTITY = "assessment";

    private final AssessmentRepository assessments;
    private final AssessmentApprovalRepository approvals;
    private final AssessmentCommentRepository comments;
    private final AssessmentContributorRepository contributors;
    private final ReviewRepository reviews;
    private final AgreementService agreements;
    private final CatalogService catalogs;
    private final ScorecardService scorecards;
    private final AuditService audit;
    private final Validator validator;

    AssessmentService(AssessmentRepository assessments, AssessmentApprovalRepository approvals, AssessmentCommentRepository comments,
                      AssessmentContributorRepository contributors, ReviewRepository reviews, AgreementService agreements, CatalogService catalogs,
                      ScorecardService scorecards, AuditService audit, Validator validator) {
        this.assessments = assessments;
        this.approvals = approvals;
        this.comments = comments;
        this.contributors = contributors;
        this.reviews = reviews;
        this.agreements = agreements;
        this.catalogs = catalogs;
        this.scorecards = scorecards;
        this.audit = audit;
        this.validator = validator;
    }

    /** Every active criterion of the current catalogue with the instrument's rating, core first; unrated ones as NOT_ASSESSED. */
    @Transactional(readOnly = true)
    public List<AssessmentView> list(long agreementId) {
        if (agreements.facts(agreementId).isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        Map<String, Assessment> byCode = assessments.findByAgreementId(agreementId).stream()
                .collect(Collectors.toMap(Assessment::criterionCode, Function.identity()));
        List<Long> approvalIds = byCode.values().stream().map(Assessment::approvedApprovalId).filter(Objects::nonNull).toList();
        Map<Long, AssessmentApproval> approved = approvalIds.isEmpty() ? Map.of()
                : approvals.findByIdIn(approvalIds).stream().collect(Collectors.toMap(AssessmentApproval::id, Function.identity()));
        return catalogs.current().active().stream()
                .map(c -> {
                    Assessment a = byCode.get(c.id());
                    return a == null ? AssessmentView.notAssessed(c.id())
                            : AssessmentView.from(a, a.approvedApprovalId() == null ? null : approved.get(a.approvedApprovalId()));
                })
                .toList();
    }

    /**
     * Writes a rating and its audit event in one transaction. Any edit makes the rating a DRAFT that needs approval again;
     * its last approved snapshot stays and keeps counting in the default scores until a new one is approved, so the
     * maintained (approved) country scores do not change here.
     */
    @Transactional
    public AssessmentView rate(long agreementId, String criterionCode, AssessmentRequest r, String actor) {
        AgreementFacts facts = agreements.facts(agreementId).orElseThrow(() -> new NotFoundException("agreement.notFound"));
        Catalog catalog = catalogs.current();
        Catalog.CriterionView criterion = catalog.activeCriterion(criterionCode)
                .orElseThrow(() -> new NotFoundException("criterion.notFound"));
        if (facts.archived()) {
            throw new ConflictException("assessment.agreementArchived");
        }
        // Serialises writers of the country's ratings, so that two first ratings of a criterion cannot both insert.
        scorecards.lockCountry(facts.countryIso2());
        Optional<Assessment> existing = assessments.findByAgreementIdAndCriterionCode(agreementId, criterion.id());
        LocalDate asOf = check(facts, r, existing.isPresent());
        if (existing.isPresent() && r.version() == null) {
            // Typically the loser of a race to rate first: the state changed under the request, so a conflict, not bad input.
            throw new ConflictException("assessment.version.required");
        }
        if (existing.isEmpty() && r.version() != null) {
            throw new ConflictException("assessment.notRatedYet");
        }
        if (existing.isPresent() && !Objects.equals(existing.get().version(), r.version())) {
            throw new ConflictException("assessment.changed");
        }
        Assessment current = existing.orElse(null);
        AssessmentRequest.Evidence e = r.evidence();
        boolean na = r.isNotApplicable();
        Long linkedDocument = e == null || na ? null : e.documentId();
        Assessment entity = new Assessment(current == null ? null : current.id(), current == null ? null : current.version(),
                agreementId, criterion.id(), catalog.id(), na ? null : r.level(), na, na ? r.notApplicableReason().strip() : null,
                e == null ? null : trim(e.reference()), e == null ? null : trim(e.quote()), e == null ? null : trim(e.source()), asOf,
                r.confidence() == null ? null : Confidence.valueOf(r.confidence()), r.crossReference(), actor, Instant.now(),
                ReviewState.DRAFT, null, null,
                current == null ? null : current.reviewedBy(), current == null ? null : current.reviewedAt(),
                current == null ? null : current.reviewComment(), current == null ? null : current.approvedApprovalId(),
                linkedDocument, e == null || na ? null : trim(e.anchor()), classificationOf(linkedDocument),
                r.searchRecord() == null || na ? null : r.searchRecord().normalised(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
        if (ReviewPolicy.unchanged(current, entity)) {
            // Nothing to store, audit or review: re-saving a colleague's rating must not make the saver its author.
            return AssessmentView.from(current, approvedOf(current));
        }
        Assessment saved = current == null ? assessments.save(entity) : assessments.update(entity);
        addAuthor(saved, actor);
        AssessmentApproval approved = approvedOf(saved);
        AssessmentView after = AssessmentView.from(saved, approved);
        audit.record(actor, current == null ? "RATE" : "UPDATE_RATING", ENTITY, agreementId + "/" + criterion.id(),
                current == null ? null : AssessmentView.from(current, approved), after);
        return after;
    }

    /** Whether the instrument has a rating (of any state) for the criterion. */
    @Transactional(readOnly = true)
    public boolean isRated(long agreementId, String criterionCode) {
        return assessments.findByAgreementIdAndCriterionCode(agreementId, criterionCode).isPresent();
    }

    /** Whether ratings of the criterion are approved by development cooperation (the capacity group) rather than a desk officer. */
    public boolean reviewedByDevelopmentCooperation(String criterionCode) {
        return ReviewPolicy.capacityCriteria(catalogs.current()).contains(criterionCode);
    }

    /** Seeds a rating unless the instrument already has one for the criterion; returns whether it wrote one. */
    @Transactional
    public boolean seed(long agreementId, String criterionCode, AssessmentRequest r, String actor) {
        if (isRated(agreementId, criterionCode)) {
            return false;
        }
        rate(agreementId, criterionCode, r, actor);
        // Seeded ratings come from public sources, not from a person: they wait for a reviewer like any other, never auto-approved.
        submit(agreementId, criterionCode, null, actor);
        return true;
    }

    /**
     * Links a rating's evidence to the passage it was taken from (document and anchor), audited; the rating must not be
     * approved or submitted yet. Used by the demo seed until the passage finder sets the link itself.
     */
    @Transactional
    public void linkEvidence(long agreementId, String criterionCode, @Nullable Long documentId, @Nullable String anchor, String actor) {
        Target t = target(agreementId, criterionCode, null, true);
        Assessment a = t.assessment();
        if (a.reviewState() != ReviewState.DRAFT && a.reviewState() != ReviewState.CHANGES_REQUESTED) {
            throw new ConflictException("assessment.submit.alreadySubmitted");
        }
        String classification = classificationOf(documentId);
        assessments.linkEvidence(a.id(), documentId, anchor, classification);
        Map<String, Object> link = new java.util.LinkedHashMap<>();
        link.put("evidenceDocumentId", documentId);
        link.put("evidenceAnchor", anchor);
        link.put("evidenceClassification", classification);
        audit.record(actor, "LINK_EVIDENCE", ENTITY, agreementId + "/" + a.criterionCode(), null, link);
    }

    /** DRAFT or CHANGES_REQUESTED → SUBMITTED. */
    @Transactional
    public AssessmentView submit(long agreementId, String criterionCode, @Nullable Long version, String actor) {
        Target t = target(agreementId, criterionCode, version, true);
        Assessment a = t.assessment();
        if (a.reviewState() != ReviewState.DRAFT && a.reviewState() != ReviewState.CHANGES_REQUESTED) {
            throw new ConflictException(switch (a.reviewState()) {
                case SUBMITTED -> "assessment.submit.alreadySubmitted";
                case APPROVED -> "assessment.submit.approved";
                default -> "assessment.submit.notAllowed";
            });
        }
        if (a.level() == null && !a.notApplicable()) {
            throw new ConflictException("assessment.submit.notAssessed");
        }
        addAuthor(a, actor);
        return decide(t, a.withReview(ReviewState.SUBMITTED, actor, Instant.now(), a.reviewedBy(), a.reviewedAt(), a.reviewComment(),
                a.approvedApprovalId()), "SUBMIT_RATING", actor, null, null);
    }

    /** SUBMITTED → APPROVED by a second person of the right role; freezes the rating as approved and updates the scores. */
    @Transactional
    public AssessmentView approve(long agreementId, String criterionCode, @Nullable Long version, Reviewer reviewer) {
        requireVersion(version);
        Target t = target(agreementId, criterionCode, version, true);
        Assessment a = t.assessment();
        requireSubmitted(a, "approve");
        checkReviewer(t, reviewer, "approve");
        Instant now = Instant.now();
        AssessmentApproval snapshot = approvals.save(AssessmentApproval.of(a, reviewer.name(), now));
        contributors.deleteByAssessmentId(a.id());
        AssessmentView after = decide(t, a.withReview(ReviewState.APPROVED, a.submittedBy(), a.submittedAt(), reviewer.name(), now, null,
                snapshot.id()), "APPROVE_RATING", reviewer.name(), null, null);
        scorecards.recordChange(agreementId, t.facts().countryIso2());
        return after;
    }

    /** SUBMITTED → CHANGES_REQUESTED with the reviewer's reason; the author edits (→ DRAFT) and submits again. */
    @Transactional
    public AssessmentView sendBack(long agreementId, String criterionCode, @Nullable ReviewRequest request, Reviewer reviewer) {
        String comment = request == null ? null : trim(request.comment());
        List<FieldError> errors = new ArrayList<>();
        if (comment == null) {
            errors.add(new FieldError("comment", "review.comment.required"));
        } else if (comment.length() > 2000) {
            errors.add(new FieldError("comment", "text.max2000"));
        }
        if (request == null || request.version() == null) {
            errors.add(new FieldError("version", "review.version.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Target t = target(agreementId, criterionCode, request.version(), true);
        Assessment a = t.assessment();
        requireSubmitted(a, "return");
        checkReviewer(t, reviewer, "return");
        AssessmentView after = decide(t, a.withReview(ReviewState.CHANGES_REQUESTED, a.submittedBy(), a.submittedAt(), reviewer.name(),
                Instant.now(), comment, a.approvedApprovalId()), "RETURN_RATING", reviewer.name(), AssessmentComment.RETURN, comment);
        return after;
    }

    /** Adds a note to a rating's review conversation without changing its state. */
    @Transactional
    public CommentView comment(long agreementId, String criterionCode, @Nullable ReviewRequest request, String actor) {
        String body = request == null ? null : trim(request.comment());
        if (body == null) {
            throw InvalidInputException.of("comment", "comment.required");
        }
        if (body.length() > 2000) {
            throw InvalidInputException.of("comment", "text.max2000");
        }
        Target t = target(agreementId, criterionCode, null, true);
        AssessmentComment saved = comments.save(new AssessmentComment(null, t.assessment().id(), AssessmentComment.COMMENT, actor, body, null));
        audit.record(actor, "COMMENT_RATING", ENTITY, agreementId + "/" + t.assessment().criterionCode(), null,
                Map.of("comment", body, "reviewState", t.assessment().reviewState().name()));
        return CommentView.from(saved);
    }

    @Transactional(readOnly = true)
    public List<CommentView> comments(long agreementId, String criterionCode) {
        if (agreements.facts(agreementId).isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        return assessments.findByAgreementIdAndCriterionCode(agreementId, criterionCode)
                .map(a -> comments.findByAssessmentIdOrderById(a.id()).stream().map(CommentView::from).toList())
                .orElse(List.of());
    }

    /**
     * Submitted ratings the reviewer may decide: capacity-group ones for a DEVCOOP_REVIEWER, all others for a DESK_OFFICER,
     * never their own.
     */
    @Transactional(readOnly = true)
    public Page<ReviewQueue.Item> queue(Reviewer reviewer, Pageable pageable) {
        int page = pageable.getNumber();
        int size = pageable.getSize();
        Set<String> capacity = ReviewPolicy.capacityCriteria(catalogs.current());
        boolean devcoop = reviewer.has(Role.DEVCOOP_REVIEWER);
        boolean desk = reviewer.has(Role.DESK_OFFICER);
        if (!devcoop && !desk) {
            return Page.of(List.of(), pageable, 0L);
        }
        ReviewRepository.Scope scope = devcoop && desk ? ReviewRepository.Scope.ALL
                : devcoop ? ReviewRepository.Scope.ONLY : ReviewRepository.Scope.EXCEPT;
        List<ReviewQueue.Item> items = reviews.awaiting(reviewer.name(), capacity, scope, page * size, size).stream()
                .map(r -> new ReviewQueue.Item(r.agreementId(), r.titleDe(), r.titleEn(), r.countryIso2(), r.countryNameDe(),
                        r.countryNameEn(), r.criterionId(), capacity.contains(r.criterionId()) ? Role.DEVCOOP_REVIEWER.name()
                        : Role.DESK_OFFICER.name(), r.level(), r.notApplicable(), r.notApplicableReason(),
                        AssessmentView.evidence(r.evidenceReference(), r.evidenceQuote(), r.evidenceSource(), r.evidenceAsOf(),
                                r.evidenceDocumentId(), r.evidenceAnchor(), r.evidenceClassification()),
                        r.confidence() == null ? null : Confidence.valueOf(r.confidence()), r.assessedBy(), r.assessedAt(),
                        r.submittedBy(), r.submittedAt(), r.version()))
                .toList();
        return Page.of(items, pageable, reviews.countAwaiting(reviewer.name(), capacity, scope));
    }

    /** Ratings returned to this author for changes, with the reviewer's comment. */
    @Transactional(readOnly = true)
    public ReturnedRatings returnedTo(String author, int page, int size) {
        return new ReturnedRatings(reviews.returnedTo(author, page * size, size), reviews.countReturnedTo(author), page, size);
    }

    private record Target(AgreementFacts facts, Catalog catalog, Assessment assessment) {
    }

    /**
     * Every write that touches a country's ratings takes the country's row lock first, in the same order,
     * so that concurrent rating, submitting and approving serialise per country instead of deadlocking.
     */
    private Target target(long agreementId, String criterionCode, @Nullable Long version, boolean lock) {
        AgreementFacts facts = agreements.facts(agreementId).orElseThrow(() -> new NotFoundException("agreement.notFound"));
        Catalog catalog = catalogs.current();
        if (lock) {
            scorecards.lockCountry(facts.countryIso2());
        }
        Assessment a = assessments.findByAgreementIdAndCriterionCode(agreementId, criterionCode)
                .orElseThrow(() -> new NotFoundException("assessment.notFound"));
        if (facts.archived()) {
            throw new ConflictException("review.agreementArchived");
        }
        if (version != null && !Objects.equals(a.version(), version)) {
            throw new ConflictException("review.changed");
        }
        return new Target(facts, catalog, a);
    }

    private static void requireVersion(@Nullable Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "review.version.required");
        }
    }

    private static void requireSubmitted(Assessment a, String verb) {
        if (a.reviewState() != ReviewState.SUBMITTED) {
            throw new ConflictException("review." + verb + "." + switch (a.reviewState()) {
                case DRAFT -> "draft";
                case APPROVED -> "approved";
                case CHANGES_REQUESTED -> "returned";
                default -> "notSubmitted";
            });
        }
    }

    /** Four eyes (ReviewPolicy): nobody who changed or submitted the rating since its last approval decides it. */
    private void checkReviewer(Target t, Reviewer reviewer, String verb) {
        Assessment a = t.assessment();
        Set<String> authors = contributors.findByAssessmentId(a.id()).stream().map(AssessmentContributor::username)
                .collect(Collectors.toSet());
        boolean capacity = ReviewPolicy.capacityCriteria(t.catalog()).contains(a.criterionCode());
        ReviewPolicy.refusal(reviewer, a, authors, capacity, verb).ifPresent(refusal -> {
            throw new ForbiddenException(refusal.code(), refusal.args());
        });
    }

    private void addAuthor(Assessment a, String actor) {
        if (!contributors.existsByAssessmentIdAndUsername(a.id(), actor)) {
            contributors.save(new AssessmentContributor(null, a.id(), actor));
        }
    }

    private AssessmentView decide(Target t, Assessment next, String action, String actor, @Nullable String commentKind,
                                  @Nullable String comment) {
        Assessment before = t.assessment();
        AssessmentApproval approvedBefore = approvedOf(before);
        Assessment saved = assessments.update(next);
        if (commentKind != null) {
            comments.save(new AssessmentComment(null, saved.id(), commentKind, actor, comment, null));
        }
        AssessmentView after = AssessmentView.from(saved, approvedOf(saved));
        audit.record(actor, action, ENTITY, before.agreementId() + "/" + before.criterionCode(),
                AssessmentView.from(before, approvedBefore), after);
        return after;
    }

    /** The evidence records its source's classification, so that a quote from a VS-NfD document carries the marking. */
    @Nullable
    private String classificationOf(@Nullable Long documentId) {
        return documentId == null ? null : assessments.classificationOf(documentId).orElse(null);
    }

    @Nullable
    private AssessmentApproval approvedOf(Assessment a) {
        return a.approvedApprovalId() == null ? null : approvals.findById(a.approvedApprovalId()).orElse(null);
    }

    /** Checks the whole request at once, so that one answer names every offending field. */
    /**
     * A link to a passage names a current or superseded (not archived) document of this instrument and an anchor in it;
     * a search record belongs to a rating of 0 and names only this instrument's documents.
     */
    private void checkLinks(long agreementId, AssessmentRequest r, @Nullable Integer level, List<FieldError> errors) {
        AssessmentRequest.Evidence e = r.evidence();
        if (e != null && (e.documentId() != null || !isBlank(e.anchor()))) {
            if (e.documentId() == null) {
                errors.add(new FieldError("evidence.documentId", "assessment.evidence.link.incomplete"));
            } else if (isBlank(e.anchor())) {
                errors.add(new FieldError("evidence.anchor", "assessment.evidence.link.incomplete"));
            } else if (assessments.countDocumentOf(e.documentId(), agreementId) == 0) {
                errors.add(new FieldError("evidence.documentId", "assessment.evidence.document.unknown"));
            } else if (e.anchor().length() <= 100 && assessments.countAnchor(e.documentId(), e.anchor().strip()) == 0) {
                errors.add(new FieldError("evidence.anchor", "assessment.evidence.anchor.unknown"));
            }
        }
        SearchRecord s = r.searchRecord();
        if (s != null) {
            if (r.isNotApplicable() || level == null || level != 0) {
                errors.add(new FieldError("searchRecord", "assessment.search.levelZero"));
            } else if (s.documentIds() != null && s.documentIds().size() <= 50
                    && s.documentIds().stream().anyMatch(id -> id == null || assessments.countDocumentOf(id, agreementId) == 0)) {
                errors.add(new FieldError("searchRecord.documentIds", "assessment.evidence.document.unknown"));
            }
        }
    }

    private LocalDate check(AgreementFacts facts, AssessmentRequest r, boolean exists) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<AssessmentRequest> v : validator.validate(r)) {
            errors.add(Validation.fieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        boolean na = r.isNotApplicable();
        Integer level = r.level();
        AssessmentRequest.Evidence e = r.evidence();
        if (na) {
            if (isBlank(r.notApplicableReason())) {
                errors.add(new FieldError("notApplicableReason", "assessment.notApplicableReason.required"));
            }
            if (level != null) {
                errors.add(new FieldError("level", "assessment.level.withNotApplicable"));
            }
        }
        boolean validLevel = level != null && level >= 0 && level <= 3;
        if (!na && validLevel && level > 0) {
            if (e == null || isBlank(e.reference())) {
                errors.add(new FieldError("evidence.reference", "assessment.evidence.reference.required"));
            }
            if (e == null || isBlank(e.quote())) {
                errors.add(new FieldError("evidence.quote", "assessment.evidence.quote.required"));
            }
            if (e == null || isBlank(e.source())) {
                errors.add(new FieldError("evidence.source", "assessment.evidence.source.required"));
            }
            if (e == null || isBlank(e.asOf())) {
                errors.add(new FieldError("evidence.asOf", "assessment.evidence.asOf.required"));
            }
        }
        if (!na && validLevel && level == 0 && r.searchRecord() == null && (e == null || (isBlank(e.reference()) && isBlank(e.source())))) {
            errors.add(new FieldError("evidence", "assessment.evidence.required"));
        }
        checkLinks(facts.id(), r, level, errors);
        if ((na || level != null) && isBlank(r.confidence())) {
            errors.add(new FieldError("confidence", "assessment.confidence.required"));
        }
        LocalDate asOf = null;
        if (e != null && e.asOf() != null && e.asOf().matches(AssessmentRequest.DATE)) {
            try {
                asOf = LocalDate.parse(e.asOf());
                if (Dates.isFuture(asOf)) {
                    errors.add(new FieldError("evidence.asOf", "date.future"));
                }
            } catch (DateTimeParseException ex) {
                errors.add(new FieldError("evidence.asOf", "date.nonexistent"));
            }
        }
        boolean bindingCrossReference = false;
        if (r.crossReference() != null) {
            Optional<AgreementFacts> target = r.crossReference() == facts.id() ? Optional.empty() : agreements.facts(r.crossReference());
            if (r.crossReference() == facts.id()) {
                errors.add(new FieldError("crossReference", "assessment.crossReference.self"));
            } else if (target.isEmpty() || target.get().archived()) {
                errors.add(new FieldError("crossReference", "agreement.unknown"));
            } else if (target.get().fictitious() && !facts.fictitious()) {
                // A real instrument's rating never rests on a fictitious demo text.
                errors.add(new FieldError("crossReference", "assessment.crossReference.fictitious"));
            } else if (target.get().type() == null || !target.get().type().isBinding()) {
                errors.add(new FieldError("crossReference", "assessment.crossReference.notBinding"));
            } else {
                bindingCrossReference = true;
            }
        }
        AgreementType type = facts.type();
        boolean binding = type != null && type.isBinding();
        if (!na && level != null && level == 3 && !binding && !bindingCrossReference && r.crossReference() == null) {
            errors.add(new FieldError("level", type == AgreementType.MOU ? "assessment.level3.mou"
                    : type == null ? "assessment.level3.unknownType" : "assessment.level3.workingStructure"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return asOf;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
