package de.bund.partnerschaftsmonitor.feedback;

import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.security.AttemptCounters;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.TooManyRequestsException;
import de.bund.partnerschaftsmonitor.shared.web.Validation;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Feedback on accessibility (BITV 2.0 § 7): anyone may send a message; administrators read it and mark it handled.
 * Messages per client address are limited in a window shared by all instances, so that the open form cannot be used
 * to flood the table.
 */
@Singleton
class FeedbackService {

    static final String BY_ADDRESS = "feedback-address";
    static final String ENTITY = "feedback";

    private final FeedbackRepository repository;
    private final AuditService audit;
    private final AttemptCounters counters;
    private final Validator validator;
    private final int maxPerAddress;
    private final Duration window;

    FeedbackService(FeedbackRepository repository, AuditService audit, AttemptCounters counters, Validator validator,
                    @Value("${pm.feedback.max-per-address:5}") int maxPerAddress,
                    @Value("${pm.feedback.window-minutes:60}") int windowMinutes) {
        this.repository = repository;
        this.audit = audit;
        this.counters = counters;
        this.validator = validator;
        this.maxPerAddress = maxPerAddress;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    @Transactional
    FeedbackReceipt receive(FeedbackRequest request, @Nullable String sender, String address) {
        Validation.check(validator, request);
        Instant now = Instant.now();
        if (counters.count(BY_ADDRESS, address, window, now) >= maxPerAddress) {
            throw new TooManyRequestsException("feedback.tooMany", window.toSeconds());
        }
        Feedback saved = repository.save(Feedback.received(request.message().strip(), blankToNull(request.page()),
                blankToNull(request.contact()), sender, now));
        counters.add(BY_ADDRESS, address, window, now);
        // The message itself stays in its table: the trail says that one arrived, and from whom.
        audit.record(sender == null ? "anonymous" : sender, "SEND_FEEDBACK", ENTITY, saved.id(), null, null);
        return new FeedbackReceipt(saved.id(), saved.receivedAt());
    }

    @Transactional(readOnly = true)
    Page<FeedbackView> list(@Nullable Boolean handled, Pageable pageable) {
        Page<Feedback> page = handled == null ? repository.findAllOrderByIdDesc(pageable)
                : handled ? repository.findByHandledAtIsNotNullOrderByIdDesc(pageable) : repository.findByHandledAtIsNullOrderByIdDesc(pageable);
        return page.map(FeedbackView::from);
    }

    @Transactional(readOnly = true)
    FeedbackView get(long id) {
        return repository.findById(id).map(FeedbackView::from).orElseThrow(() -> new NotFoundException("feedback.notFound"));
    }

    @Transactional
    FeedbackView mark(long id, FeedbackHandledRequest request, String actor) {
        Validation.check(validator, request);
        Feedback current = repository.findById(id).orElseThrow(() -> new NotFoundException("feedback.notFound"));
        if (!request.version().equals(current.version())) {
            throw new ConflictException("record.changed");
        }
        boolean handled = !Boolean.FALSE.equals(request.handled());
        if (handled == (current.handledAt() != null)) {
            return FeedbackView.from(current); // nothing changes, so nothing is recorded
        }
        Feedback updated = repository.update(current.withHandled(handled, actor, Instant.now()));
        audit.record(actor, handled ? "HANDLE_FEEDBACK" : "REOPEN_FEEDBACK", ENTITY, id, Map.of("handled", !handled), Map.of("handled", handled));
        return FeedbackView.from(updated);
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void prune() {
        counters.prune(BY_ADDRESS, window, Instant.now());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
