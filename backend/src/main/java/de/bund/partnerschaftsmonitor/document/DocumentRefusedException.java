package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.shared.web.CodedException;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import de.bund.partnerschaftsmonitor.shared.web.ProblemHandlers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** A file or text that is not stored: its problem code names the reason and the field it came in. */
class DocumentRefusedException extends CodedException {

    private final HttpStatus status;
    private final String field;
    /** For a duplicate: the document that already holds this content. */
    private final Long existing;

    DocumentRefusedException(HttpStatus status, String code, String field) {
        this(status, code, field, null);
    }

    private DocumentRefusedException(HttpStatus status, String code, String field, Long existing) {
        super(code, existing == null ? new Object[0] : new Object[] {String.valueOf(existing)});
        this.status = status;
        this.field = field;
        this.existing = existing;
    }

    /** 409 naming the document that already holds the same bytes; its address is in {@code Location}. */
    static DocumentRefusedException duplicate(long existing, String field) {
        return new DocumentRefusedException(HttpStatus.CONFLICT, "document.duplicate", field, existing);
    }

    static DocumentRefusedException badRequest(String code, String field) {
        return new DocumentRefusedException(HttpStatus.BAD_REQUEST, code, field);
    }

    static DocumentRefusedException unsupported(String code) {
        return new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code, "file");
    }

    static DocumentRefusedException tooLarge() {
        return new DocumentRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "document.file.tooLarge", "file");
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class Handler implements ExceptionHandler<DocumentRefusedException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DocumentRefusedException e) {
            var response = ProblemHandlers.problem(e.status, e.code(), e.getMessage(),
                    List.of(new Problem.FieldError(e.field, e.code(), e.getMessage())));
            return e.existing == null ? response : response.header("Location", "/api/documents/" + e.existing);
        }
    }
}
