package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentController {

    private final DocumentService service;

    DocumentController(DocumentService service) {
        this.service = service;
    }

    /**
     * Uploads a file ({@code file}: PDF with a text layer, DOCX, ODT, HTML or plain text, at most 15 MB) or pasted
     * {@code text}, with its metadata. A newer upload of the same kind and language supersedes the current one.
     */
    @Post(value = "/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<DocumentSummary> upload(long id,
                                         @Part("file") @Nullable CompletedFileUpload file,
                                         @Part("text") @Nullable String text,
                                         @Part("kind") @Nullable String kind,
                                         @Part("language") @Nullable String language,
                                         @Part("versionDate") @Nullable String versionDate,
                                         @Part("source") @Nullable String source,
                                         @Part("classification") @Nullable String classification,
                                         @Part("title") @Nullable String title,
                                         @Nullable Principal principal) {
        byte[] bytes = null;
        String fileName = null;
        if (file != null) {
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fileName = file.getFilename();
        }
        DocumentSummary created = service.upload(id, new DocumentUpload(kind, language, versionDate, source, classification, title,
                bytes, fileName, text), Actors.name(principal));
        return HttpResponse.created(created, URI.create("/api/documents/" + created.id()));
    }

    /** Every document of the instrument, newest first, with its state (current, superseded, archived). */
    @Get("/agreements/{id}/documents")
    List<DocumentSummary> list(long id) {
        return service.list(id);
    }

    /** Metadata and structure: units in reading order with anchor, label, heading and text. */
    @Get("/documents/{docId}")
    DocumentDetail get(long docId) {
        return service.detail(docId);
    }

    /** The original file as uploaded (pasted text as UTF-8 text); every download is recorded in the audit trail. */
    @Get(value = "/documents/{docId}/original", produces = MediaType.ALL)
    HttpResponse<byte[]> original(long docId, @Nullable Principal principal) {
        DocumentStore.Original original = service.original(docId, Actors.name(principal));
        AgreementDocument d = original.document();
        String name = d.fileName() != null ? d.fileName() : "document-" + d.id() + ".txt";
        String type = d.fileName() == null ? "text/plain; charset=UTF-8" : d.mediaType();
        return HttpResponse.ok(original.bytes())
                .contentType(type)
                .header("Content-Disposition", contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** Archives the document (it stays readable); {@code version}, when given, guards against archiving a changed record. */
    @Delete("/documents/{docId}")
    @Status(HttpStatus.NO_CONTENT)
    void archive(long docId, @QueryValue @Nullable Long version, @Nullable Principal principal) {
        service.archive(docId, version, Actors.name(principal));
    }

    /** Always an attachment, so that an HTML original is never rendered in the application's origin. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
