package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.shared.db.RetryOnDeadlock;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The document feature's writes, each one transaction with its audit events. */
@Singleton
@RetryOnDeadlock
class DocumentStore {

    static final String ENTITY = "document";

    private final DocumentRepository documents;
    private final CountryService countries;
    private final AuditService audit;
    private final ApplicationEventPublisher<DocumentChanged> events;

    DocumentStore(DocumentRepository documents, CountryService countries, AuditService audit, ApplicationEventPublisher<DocumentChanged> events) {
        this.documents = documents;
        this.countries = countries;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Stores a checked document with its original, text and structure, and supersedes the current document of the same
     * instrument, kind and language. The country lock (taken first, as in every write of an instrument's data)
     * serialises uploads, so the duplicate check and the supersession see each other's commits.
     */
    @Transactional
    DocumentSummary save(AgreementDocument metadata, String countryIso2, byte[] original, String text,
                         List<StructureParser.Unit> units, String actor) {
        countries.lockForWrite(List.of(countryIso2));
        documents.findFirstByAgreementIdAndSha256AndArchivedAtIsNull(metadata.agreementId(), metadata.sha256()).ifPresent(existing -> {
            throw DocumentRefusedException.duplicate(existing.id(), metadata.fileName() == null ? "text" : "file");
        });
        List<AgreementDocument> current = documents.findByAgreementIdAndKindAndLanguageAndSupersededByIsNullAndArchivedAtIsNull(
                metadata.agreementId(), metadata.kind(), metadata.language());
        AgreementDocument saved = documents.save(metadata);
        documents.insertOriginal(saved.id(), original);
        documents.updateText(saved.id(), text);
        documents.insertUnits(saved.id(), units);
        DocumentSummary view = DocumentSummary.from(saved);
        audit.record(actor, "CREATE", ENTITY, saved.id(), null, view);
        for (AgreementDocument older : current) {
            AgreementDocument superseded = documents.update(older.withSupersededBy(saved.id()));
            audit.record(actor, "SUPERSEDE", ENTITY, older.id(), DocumentSummary.from(older), DocumentSummary.from(superseded));
            events.publishEvent(new DocumentChanged(older.id(), older.agreementId()));
        }
        events.publishEvent(new DocumentChanged(saved.id(), saved.agreementId()));
        return view;
    }

    /** Archives instead of deleting; {@code version}, when given, guards against archiving a changed record. */
    @Transactional
    void archive(long id, @Nullable Long version, String actor) {
        AgreementDocument current = documents.findById(id).orElseThrow(() -> new NotFoundException("document.notFound"));
        if (version != null && !Objects.equals(current.version(), version)) {
            throw new ConflictException("record.changed");
        }
        if (current.archivedAt() != null) {
            return;
        }
        AgreementDocument archived = documents.update(current.withArchivedAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        audit.record(actor, "ARCHIVE", ENTITY, id, DocumentSummary.from(current), DocumentSummary.from(archived));
        events.publishEvent(new DocumentChanged(id, current.agreementId()));
    }

    /** The original file; reading it is recorded, since originals may be classified. */
    @Transactional
    Original original(long id, String actor) {
        AgreementDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("document.notFound"));
        byte[] bytes = documents.original(id).orElseThrow(() -> new NotFoundException("document.notFound"));
        audit.record(actor, "DOWNLOAD", ENTITY, id, null, Map.of("sha256", d.sha256(), "classification", d.classification()));
        return new Original(d, bytes);
    }

    record Original(AgreementDocument document, byte[] bytes) {
    }
}
