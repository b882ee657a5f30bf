package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.shared.web.Problem;
import de.bund.partnerschaftsmonitor.shared.web.ProblemHandlers;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body over {@code micronaut.server.max-request-size} or a file over {@code multipart.max-file-size}: for a
 * document upload the same problem as a file over the documents' own limit, naming {@code file}; elsewhere the
 * general {@code request.tooLarge}.
 */
@Singleton
@Produces(Problem.CONTENT_TYPE)
@Replaces(ContentLengthExceededHandler.class)
class UploadTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        if (PathMatcher.ANT.matches("/api/agreements/*/documents", request.getPath())) {
            return ProblemHandlers.problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "document.file.tooLarge",
                    List.of(new Problem.FieldError("file", "document.file.tooLarge")));
        }
        return ProblemHandlers.problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request.tooLarge", List.of());
    }
}
