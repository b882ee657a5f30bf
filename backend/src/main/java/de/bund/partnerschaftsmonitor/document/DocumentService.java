package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.agreement.AgreementFacts;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.shared.Dates;
import de.bund.partnerschaftsmonitor.shared.web.ConflictException;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The document feature's face to other features: texts of an instrument, their originals and structure.
 * Checking and extraction run before the writing transaction, so a slow file holds no lock.
 */
@Singleton
public class DocumentService {

    static final Set<String> KINDS = Set.of("SIGNED_TEXT", "TRANSLATION", "AMENDMENT", "SUMMARY");
    static final Set<String> CLASSIFICATIONS = Set.of("OFFEN", "VS_NFD");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final AgreementService agreements;
    private final TextExtractor extractor;
    private final DocumentStore store;
    private final DocumentRepository documents;

    DocumentService(AgreementService agreements, TextExtractor extractor, DocumentStore store, DocumentRepository documents) {
        this.agreements = agreements;
        this.extractor = extractor;
        this.store = store;
        this.documents = documents;
    }

    /**
     * Stores pasted text as a document of the instrument, with the same checks, supersession and audit as an upload;
     * returns the new document's id. For seeded texts (the demo country).
     */
    public long storeText(long agreementId, String kind, String language, LocalDate versionDate, String title, String source,
                          String classification, String text, String actor) {
        return upload(agreementId, new DocumentUpload(kind, language, versionDate == null ? null : versionDate.toString(), source,
                classification, title, null, null, text), actor).id();
    }

    DocumentSummary upload(long agreementId, DocumentUpload upload, String actor) {
        AgreementFacts agreement = agreements.facts(agreementId).orElseThrow(() -> new NotFoundException("agreement.notFound"));
        if (agreement.archived()) {
            throw new ConflictException("agreement.archived");
        }
        LocalDate versionDate = checkMetadata(upload);
        byte[] original;
        String mediaType;
        String text;
        if (upload.file() != null) {
            TextExtractor.Extracted extracted = extractor.extract(upload.file(), upload.fileName());
            original = upload.file();
            mediaType = extracted.mediaType();
            text = extracted.text();
        } else {
            original = upload.text().getBytes(StandardCharsets.UTF_8);
            if (original.length > TextExtractor.MAX_BYTES) {
                throw new DocumentRefusedException(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE, "document.file.tooLarge", "text");
            }
            mediaType = TextExtractor.TEXT;
            text = TextExtractor.clean(upload.text());
        }
        List<StructureParser.Unit> units = StructureParser.parse(text, upload.language());
        AgreementDocument metadata = new AgreementDocument(null, null, agreementId, upload.kind(), upload.language(), blankToNull(upload.title()),
                versionDate, blankToNull(upload.source()), upload.classification(), mediaType, fileName(upload.fileName()),
                original.length, sha256(original), text.length(), null, null, actor, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return store.save(metadata, agreement.countryIso2(), original, text, units, actor);
    }

    /** Every document of the instrument, newest first, superseded and archived ones included. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> list(long agreementId) {
        if (agreements.facts(agreementId).isEmpty()) {
            throw new NotFoundException("agreement.notFound");
        }
        return documents.findByAgreementIdOrderByIdDesc(agreementId).stream().map(DocumentSummary::from).toList();
    }

    @Transactional(readOnly = true)
    public DocumentDetail detail(long id) {
        AgreementDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("document.notFound"));
        return new DocumentDetail(DocumentSummary.from(d), documents.units(id).stream().map(DocumentDetail.UnitView::from).toList());
    }

    DocumentStore.Original original(long id, String actor) {
        return store.original(id, actor);
    }

    void archive(long id, @Nullable Long version, String actor) {
        store.archive(id, version, actor);
    }

    /** Field errors for the metadata, all at once; the version date parsed. */
    private static LocalDate checkMetadata(DocumentUpload u) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(u.kind())) {
            errors.add(new FieldError("kind", "document.kind.required"));
        } else if (!KINDS.contains(u.kind())) {
            errors.add(new FieldError("kind", "document.kind.invalid"));
        }
        if (isBlank(u.language())) {
            errors.add(new FieldError("language", "document.language.required"));
        } else if (!u.language().matches("[a-z]{2}") || !LANGUAGES.contains(u.language())) {
            errors.add(new FieldError("language", "document.language.invalid"));
        }
        if (isBlank(u.classification())) {
            errors.add(new FieldError("classification", "document.classification.required"));
        } else if (!CLASSIFICATIONS.contains(u.classification())) {
            errors.add(new FieldError("classification", "document.classification.invalid"));
        }
        LocalDate versionDate = null;
        if (!isBlank(u.versionDate())) {
            try {
                versionDate = LocalDate.parse(u.versionDate().strip());
                if (Dates.isFuture(versionDate)) {
                    errors.add(new FieldError("versionDate", "date.future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("versionDate", "document.versionDate.invalid"));
            }
        }
        if (u.title() != null && u.title().length() > 500) {
            errors.add(new FieldError("title", "text.max500"));
        }
        if (u.source() != null && u.source().length() > 2000) {
            errors.add(new FieldError("source", "text.max2000"));
        }
        boolean hasFile = u.file() != null;
        boolean hasText = u.text() != null && !u.text().isBlank();
        if (hasFile && hasText) {
            errors.add(new FieldError("text", "document.content.both"));
        } else if (!hasFile && !hasText) {
            errors.add(new FieldError("file", "document.content.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return versionDate;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return isBlank(s) ? null : s.strip();
    }

    @Nullable
    private static String fileName(@Nullable String name) {
        if (isBlank(name)) {
            return null;
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
