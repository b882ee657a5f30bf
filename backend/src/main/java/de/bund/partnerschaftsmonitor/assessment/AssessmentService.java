package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.agreement.AgreementFacts;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.agreement.AgreementType;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardService;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.transaction.annotation.Transactional;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** The assessment feature's face to other features, and the one place ratings are written. */
@Singleton
public class AssessmentService {

    static final String ENTITY = "assessment";

    private final AssessmentRepository assessments;
    private final AgreementService agreements;
    private final CatalogService catalogs;
    private final ScorecardService scorecards;
    private final AuditService audit;
    private final Validator validator;

    AssessmentService(AssessmentRepository assessments, AgreementService agreements, CatalogService catalogs,
                      ScorecardService scorecards, AuditService audit, Validator validator) {
        this.assessments = assessments;
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
            throw new NotFoundException("Instrument " + agreementId);
        }
        Map<String, Assessment> byCode = assessments.findByAgreementId(agreementId).stream()
                .collect(Collectors.toMap(Assessment::criterionCode, Function.identity()));
        return catalogs.current().active().stream()
                .map(c -> byCode.containsKey(c.id()) ? AssessmentView.from(byCode.get(c.id())) : AssessmentView.notAssessed(c.id()))
                .toList();
    }

    /** Writes a rating, its audit event and the resulting scores in one transaction. */
    @Transactional
    public AssessmentView rate(long agreementId, String criterionCode, AssessmentRequest r, String actor) {
        AgreementFacts facts = agreements.facts(agreementId).orElseThrow(() -> new NotFoundException("Instrument " + agreementId));
        Catalog catalog = catalogs.current();
        Catalog.CriterionView criterion = catalog.activeCriterion(criterionCode)
                .orElseThrow(() -> new NotFoundException("Criterion " + criterionCode));
        if (facts.archived()) {
            throw new ConflictException("This instrument is archived. Restore it before rating it.");
        }
        scorecards.lockCountry(facts.countryIso2());
        Optional<Assessment> existing = assessments.findByAgreementIdAndCriterionCode(agreementId, criterion.id());
        LocalDate asOf = check(facts, r, existing.isPresent());
        if (existing.isEmpty() && r.version() != null) {
            throw new ConflictException("This criterion has no rating yet (it may have been removed); leave out the version to rate it.");
        }
        if (existing.isPresent() && !Objects.equals(existing.get().version(), r.version())) {
            throw new ConflictException("Someone else changed this rating in the meantime. Reload it and apply your change again.");
        }
        Assessment current = existing.orElse(null);
        AssessmentRequest.Evidence e = r.evidence();
        boolean na = r.isNotApplicable();
        Assessment entity = new Assessment(current == null ? null : current.id(), current == null ? null : current.version(),
                agreementId, criterion.id(), catalog.id(), na ? null : r.level(), na, na ? r.notApplicableReason().strip() : null,
                e == null ? null : trim(e.reference()), e == null ? null : trim(e.quote()), e == null ? null : trim(e.source()), asOf,
                r.confidence() == null ? null : Confidence.valueOf(r.confidence()), r.crossReference(), actor, Instant.now(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
        Assessment saved = current == null ? assessments.save(entity) : assessments.update(entity);
        AssessmentView after = AssessmentView.from(saved);
        audit.record(actor, current == null ? "RATE" : "UPDATE_RATING", ENTITY, agreementId + "/" + criterion.id(),
                current == null ? null : AssessmentView.from(current), after);
        scorecards.recordChange(agreementId, facts.countryIso2());
        return after;
    }

    /** Seeds a rating unless the instrument already has one for the criterion; returns whether it wrote one. */
    @Transactional
    public boolean seed(long agreementId, String criterionCode, AssessmentRequest r, String actor) {
        if (assessments.findByAgreementIdAndCriterionCode(agreementId, criterionCode).isPresent()) {
            return false;
        }
        rate(agreementId, criterionCode, r, actor);
        return true;
    }

    /** Checks the whole request at once, so that one answer names every offending field. */
    private LocalDate check(AgreementFacts facts, AssessmentRequest r, boolean exists) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<AssessmentRequest> v : validator.validate(r)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        boolean na = r.isNotApplicable();
        Integer level = r.level();
        AssessmentRequest.Evidence e = r.evidence();
        if (na) {
            if (isBlank(r.notApplicableReason())) {
                errors.add(new FieldError("notApplicableReason", "Say why the criterion does not apply to this instrument."));
            }
            if (level != null) {
                errors.add(new FieldError("level", "A rating is either a level or not applicable, not both."));
            }
        }
        boolean validLevel = level != null && level >= 0 && level <= 3;
        if (!na && validLevel && level > 0) {
            if (e == null || isBlank(e.reference())) {
                errors.add(new FieldError("evidence.reference", "Name the article or paragraph that supports this level."));
            }
            if (e == null || isBlank(e.quote())) {
                errors.add(new FieldError("evidence.quote", "Quote the passage in its original language."));
            }
            if (e == null || isBlank(e.source())) {
                errors.add(new FieldError("evidence.source", "Name the document or web address the passage is from."));
            }
            if (e == null || isBlank(e.asOf())) {
                errors.add(new FieldError("evidence.asOf", "Give the date the evidence is valid for."));
            }
        }
        if (!na && validLevel && level == 0 && (e == null || (isBlank(e.reference()) && isBlank(e.source())))) {
            errors.add(new FieldError("evidence", "For level 0, say where you looked: evidence.reference or evidence.source."));
        }
        if ((na || level != null) && isBlank(r.confidence())) {
            errors.add(new FieldError("confidence", "Say how confident the rating is: HIGH, MEDIUM or LOW."));
        }
        LocalDate asOf = null;
        if (e != null && e.asOf() != null && e.asOf().matches(AssessmentRequest.DATE)) {
            try {
                asOf = LocalDate.parse(e.asOf());
            } catch (DateTimeParseException ex) {
                errors.add(new FieldError("evidence.asOf", "This date does not exist."));
            }
        }
        boolean bindingCrossReference = false;
        if (r.crossReference() != null) {
            Optional<AgreementFacts> target = r.crossReference() == facts.id() ? Optional.empty() : agreements.facts(r.crossReference());
            if (r.crossReference() == facts.id()) {
                errors.add(new FieldError("crossReference", "An instrument cannot cross-reference itself."));
            } else if (target.isEmpty() || target.get().archived()) {
                errors.add(new FieldError("crossReference", "Unknown instrument."));
            } else if (target.get().type() == null || !target.get().type().isBinding()) {
                errors.add(new FieldError("crossReference", "The cross-reference must point to a binding instrument (a treaty)."));
            } else {
                bindingCrossReference = true;
            }
        }
        AgreementType type = facts.type();
        boolean binding = type != null && type.isBinding();
        if (!na && level != null && level == 3 && !binding && !bindingCrossReference && r.crossReference() == null) {
            errors.add(new FieldError("level", "Level 3 (enforceable) needs a binding instrument: this instrument is "
                    + (type == null ? "of unknown form" : type == AgreementType.MOU ? "a memorandum of understanding" : "a working structure")
                    + " and not legally binding. Add a crossReference to the treaty this rating relies on, or choose level 2 at most."));
        }
        if (exists && r.version() == null) {
            errors.add(new FieldError("version", "This criterion is already rated: send the version you edited to detect concurrent changes."));
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
