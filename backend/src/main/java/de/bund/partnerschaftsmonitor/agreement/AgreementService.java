package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.search.Snippet;
import de.bund.partnerschaftsmonitor.search.TextSearch;
import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import de.bund.partnerschaftsmonitor.shared.web.Validation;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The agreement feature's face to other features, and the one place its writes happen. */
@Singleton
@RetryOnDeadlock
public class AgreementService {

    static final String ENTITY = "agreement";
    /** Reviews before this are typing errors (the instruments monitored here are all younger). */
    static final LocalDate EARLIEST_REVIEW = LocalDate.of(1950, 1, 1);

    private final AgreementRepository agreements;
    private final AgreementSourceRepository sources;
    private final CountryService countries;
    private final AuditService audit;
    private final Validator validator;
    private final ApplicationEventPublisher<AgreementChanged> events;
    private final ReadCache readCache;
    private final TextSearch textSearch;

    AgreementService(AgreementRepository agreements, AgreementSourceRepository sources, CountryService countries,
                     AuditService audit, Validator validator, ApplicationEventPublisher<AgreementChanged> events, ReadCache readCache,
                     TextSearch textSearch) {
        this.readCache = readCache;
        this.textSearch = textSearch;
        this.events = events;
        this.agreements = agreements;
        this.sources = sources;
        this.countries = countries;
        this.audit = audit;
        this.validator = validator;
    }

    public Page<AgreementListItem> search(AgreementFilter filter, Pageable pageable) {
        Validation.check(validator, filter);
        String sort = pageable.getSort().getOrderBy().stream().map(o -> o.getProperty() + " " + o.getDirection()).toList().toString();
        return readCache.get(ReadCache.key("agreements", filter.country(), filter.type(), filter.status(), filter.component(),
                        filter.q(), filter.showArchived(), pageable.getNumber(), pageable.getSize(), sort),
                () -> searchNow(filter, pageable));
    }

    /**
     * With {@code q}, the search index ranks the instruments (titles, summaries, document texts) and applies the filters,
     * so in rank order the database reads only the page's rows; sorted by a column, it orders the matching ids.
     */
    private Page<AgreementListItem> searchNow(AgreementFilter filter, Pageable pageable) {
        if (filter.q() == null || filter.q().isBlank()) {
            return agreements.search(filter, pageable, null);
        }
        TextSearch.ListFilter facts = new TextSearch.ListFilter(filter.country(), filter.type(), filter.status(), filter.component(),
                filter.showArchived());
        Page<AgreementListItem> page;
        if (pageable.getSort().isSorted()) {
            List<Long> matching = textSearch.rankAgreements(filter.q(), facts, 0, TextSearch.MAX_AGREEMENTS).ids();
            page = matching.isEmpty() ? Page.of(List.of(), pageable, 0L) : agreements.search(filter, pageable, matching);
        } else {
            int offset = (int) Math.min(pageable.getOffset(), TextSearch.MAX_AGREEMENTS);
            TextSearch.Ranked ranked = textSearch.rankAgreements(filter.q(), facts, offset, pageable.getSize());
            page = Page.of(agreements.inOrder(filter, ranked.ids()), pageable, ranked.total());
        }
        Map<Long, Snippet> snippets = textSearch.agreementSnippets(filter.q(), page.getContent().stream().map(AgreementListItem::id).toList());
        return page.map(item -> item.withMatch(snippets.get(item.id())));
    }

    public List<AgreementListItem> listByCountry(String iso2) {
        return readCache.get(ReadCache.key("agreementsOfCountry", iso2), () -> agreements.listByCountry(iso2));
    }

    public Optional<Long> findIdByExternalRef(String externalRef) {
        return agreements.findByExternalRef(externalRef).map(Agreement::id);
    }

    @Transactional(readOnly = true)
    public Optional<AgreementView> find(long id) {
        return agreements.findById(id).map(this::view);
    }

    /** What other features need to know of an instrument: its country, form and lifecycle. */
    @Transactional(readOnly = true)
    public Optional<AgreementFacts> facts(long id) {
        return agreements.findById(id).map(a -> new AgreementFacts(a.id(), a.countryIso2(), a.type(), a.status(),
                a.archivedAt() != null, a.titleDe(), a.titleEn(),
                countries.reference(a.countryIso2()).map(CountryService.CountryReference::fictitious).orElse(false)));
    }

    @Transactional
    public AgreementView create(AgreementRequest request, String actor) {
        return create(request, null, actor);
    }

    /** Creates an instrument; {@code externalRef} identifies seeded instruments so seeding stays idempotent. */
    @Transactional
    public AgreementView create(AgreementRequest request, String externalRef, String actor) {
        Agreement entity = toEntity(request, null, externalRef, null);
        countries.lockForWrite(List.of(entity.countryIso2()));
        Agreement saved = agreements.save(entity);
        writeChildren(saved.id(), request);
        AgreementView view = view(saved);
        audit.record(actor, "CREATE", ENTITY, saved.id(), null, view);
        events.publishEvent(new AgreementChanged(saved.id(), java.util.Set.of(saved.countryIso2())));
        return view;
    }

    @Transactional
    public AgreementView update(long id, AgreementRequest request, String actor) {
        Agreement current = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement.notFound"));
        if (request.version() == null) {
            throw InvalidInputException.of("version", "version.required");
        }
        if (current.archivedAt() != null) {
            throw new ConflictException("agreement.archived");
        }
        if (!Objects.equals(current.version(), request.version())) {
            throw staleVersion();
        }
        Agreement entity = toEntity(request, id, current.externalRef(), current);
        // The country locks first, as in every rating write; the versioned UPDATE still refuses a change made meanwhile.
        countries.lockForWrite(List.of(current.countryIso2(), entity.countryIso2()));
        AgreementView before = view(current);
        Agreement updated = agreements.update(entity);
        writeChildren(id, request);
        AgreementView after = view(updated);
        audit.record(actor, "UPDATE", ENTITY, id, before, after);
        events.publishEvent(new AgreementChanged(id, java.util.Set.copyOf(List.of(current.countryIso2(), updated.countryIso2()))));
        return after;
    }

    /** Archives instead of deleting, so that nothing is lost and the record can be restored. */
    @Transactional
    public void archive(long id, Long version, String actor) {
        setArchived(id, version, Instant.now(), "ARCHIVE", actor);
    }

    @Transactional
    public AgreementView restore(long id, Long version, String actor) {
        return setArchived(id, version, null, "RESTORE", actor);
    }

    @Transactional(readOnly = true)
    public List<AuditService.Entry> history(long id) {
        if (agreements.findById(id).isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        return audit.history(ENTITY, id);
    }

    private AgreementView setArchived(long id, Long version, Instant when, String action, String actor) {
        Agreement current = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement.notFound"));
        if (version != null && !Objects.equals(current.version(), version)) {
            throw staleVersion();
        }
        if ((current.archivedAt() != null) == (when != null)) {
            return view(current);
        }
        countries.lockForWrite(List.of(current.countryIso2()));
        AgreementView before = view(current);
        AgreementView after = view(agreements.update(current.withArchivedAt(when)));
        audit.record(actor, action, ENTITY, id, before, after);
        events.publishEvent(new AgreementChanged(id, java.util.Set.of(current.countryIso2())));
        return after;
    }

    /**
     * The instrument rules without writing: what {@link #create} (with {@code id} null) or {@link #update} of {@code id}
     * would refuse, field by field, in the same codes. The bulk import checks its rows here, so a file and the form
     * obey one rule set.
     */
    @Transactional(readOnly = true)
    public List<FieldError> check(AgreementRequest request, @io.micronaut.core.annotation.Nullable Long id) {
        try {
            toEntity(request, id, null, null);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    private static ConflictException staleVersion() {
        return new ConflictException("agreement.changed");
    }

    private void writeChildren(Long id, AgreementRequest request) {
        agreements.deleteComponents(id);
        if (request.components() != null) {
            new LinkedHashSet<>(request.components()).forEach(c -> agreements.insertComponent(id, c));
        }
        sources.deleteByAgreementId(id);
        if (request.sources() != null) {
            int position = 0;
            for (AgreementRequest.SourceInput s : request.sources()) {
                sources.save(new AgreementSource(null, id, position++, s.field(), s.url(), s.title(), parseDate(s.accessedOn())));
            }
        }
    }

    /** Checks the whole request at once, so that one answer names every offending field. */
    private Agreement toEntity(AgreementRequest r, Long id, String externalRef, Agreement current) {
        List<FieldError> errors = new ArrayList<>(Validation.errors(validator, r));
        if (isBlank(r.titleDe()) && isBlank(r.titleEn()) && isBlank(r.titleOriginal())) {
            errors.add(new FieldError("titleDe", "agreement.title.required"));
        }
        if (r.countryIso2() != null && r.countryIso2().matches("[A-Z]{2}") && !countries.exists(r.countryIso2())) {
            errors.add(new FieldError("countryIso2", "country.unknown"));
        }
        if (r.partyState() != null && r.partyState().matches("[A-Z]{2}") && !countries.exists(r.partyState())) {
            errors.add(new FieldError("partyState", "country.unknown"));
        }
        if ("OTHER_EUROPEAN_STATE".equals(r.partyLevel()) && isBlank(r.partyState())) {
            errors.add(new FieldError("partyState", "agreement.partyState.required"));
        }
        LocalDate signed = date(r.dateSigned(), "dateSigned", errors);
        LocalDate inForce = date(r.dateInForce(), "dateInForce", errors);
        LocalDate end = date(r.dateEnd(), "dateEnd", errors);
        LocalDate review = date(r.nextReviewDue(), "nextReviewDue", errors);
        LocalDate planned = date(r.plannedDate(), "plannedDate", errors);
        // A planned date is the target of a negotiation: once signed (or ended) it would be a deadline nobody can meet.
        if (r.plannedDate() != null && r.status() != null && r.status().matches(AgreementStatus.PATTERN)
                && !AgreementStatus.valueOf(r.status()).unsigned()) {
            errors.add(new FieldError("plannedDate", "agreement.plannedDate.notUnsigned"));
        }
        if (signed != null && inForce != null && inForce.isBefore(signed)) {
            errors.add(new FieldError("dateInForce", "agreement.dateInForce.beforeSigned"));
        }
        if (end != null && (inForce != null ? end.isBefore(inForce) : signed != null && end.isBefore(signed))) {
            errors.add(new FieldError("dateEnd", "agreement.dateEnd.beforeStart"));
        }
        // Like the other date-order rules: a review cannot precede the signature; 1950 bounds it when no signature is known.
        if (review != null && (review.isBefore(EARLIEST_REVIEW) || signed != null && review.isBefore(signed))) {
            errors.add(new FieldError("nextReviewDue", "agreement.nextReviewDue.tooEarly"));
        }
        if (r.sources() != null) {
            for (int i = 0; i < r.sources().size(); i++) {
                AgreementRequest.SourceInput s = r.sources().get(i);
                if (s != null) {
                    date(s.accessedOn(), "sources[" + i + "].accessedOn", errors);
                }
            }
        }
        if (r.predecessorId() != null) {
            if (Objects.equals(r.predecessorId(), id)) {
                errors.add(new FieldError("predecessorId", "agreement.predecessor.self"));
            } else if (!agreements.existsByIdAndArchivedAtIsNull(r.predecessorId())) {
                errors.add(new FieldError("predecessorId", "agreement.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Ministry> involved = r.involvedMinistries() == null ? List.of()
                : r.involvedMinistries().stream().distinct().map(Ministry::valueOf).toList();
        return new Agreement(id, current == null ? null : r.version(), externalRef, r.countryIso2(),
                r.type() == null ? null : AgreementType.valueOf(r.type()), trim(r.titleDe()), trim(r.titleEn()), trim(r.titleOriginal()), trim(r.summaryDe()), trim(r.summaryEn()),
                PartyLevel.valueOf(r.partyLevel()), r.partyState(), r.leadMinistry() == null ? null : Ministry.valueOf(r.leadMinistry()),
                involved, trim(r.responsibleDesk()), AgreementStatus.valueOf(r.status()), signed, inForce, end, review, planned,
                r.textPublic(), trim(r.digitalDataClauses()), r.predecessorId(), current == null ? null : current.archivedAt(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
    }

    private AgreementView view(Agreement a) {
        var country = countries.reference(a.countryIso2()).orElseThrow();
        List<Component> components = agreements.findComponents(a.id()).stream().map(Component::valueOf).toList();
        AgreementView.LinkedAgreement predecessor = a.predecessorId() == null ? null
                : agreements.findById(a.predecessorId()).map(AgreementView.LinkedAgreement::from).orElse(null);
        List<AgreementView.LinkedAgreement> successors = agreements.findSuccessors(a.id()).stream()
                .map(AgreementView.LinkedAgreement::from).toList();
        return new AgreementView(a.id(), a.version(), a.externalRef(), a.countryIso2(), country.nameDe(), country.nameEn(),
                a.type(), a.titleDe(), a.titleEn(), a.titleOriginal(), a.summaryDe(), a.summaryEn(), a.partyLevel(), a.partyState(), a.leadMinistry(),
                a.involvedMinistries() == null ? List.of() : a.involvedMinistries(), a.responsibleDesk(), a.status(),
                a.dateSigned(), a.dateInForce(), a.dateEnd(), a.nextReviewDue(), a.plannedDate(), components, a.textPublic(),
                a.digitalDataClauses(), predecessor, successors,
                sources.findByAgreementIdOrderByPosition(a.id()).stream().map(AgreementView.Source::from).toList(),
                a.archivedAt() != null, a.createdAt(), a.updatedAt(), country.fictitious());
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || !value.matches(AgreementRequest.DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date.nonexistent"));
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
