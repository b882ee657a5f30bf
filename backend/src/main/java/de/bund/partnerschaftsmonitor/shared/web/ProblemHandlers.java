package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Every error leaves the server as {@code application/problem+json}. 4xx responses name the offending
 * fields; 5xx responses carry no internal detail (the cause is logged instead).
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
@Produces(Problem.CONTENT_TYPE)
public class ProblemHandlers implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        int status = response.code();
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(fieldPath(e.getPath().get()), e.getMessage()))
                .toList();
        String detail;
        if (status >= 500) {
            context.getRootCause().ifPresent(cause -> LOG.error("Unhandled error on {} {}",
                    context.getRequest().getMethod(), context.getRequest().getPath(), cause));
            detail = status == 503 ? "The service is temporarily unavailable. Please try again shortly."
                    : "An unexpected error occurred. It has been logged.";
        } else if (!errors.isEmpty()) {
            detail = "The request has invalid fields: " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()) + ".";
        } else {
            // Framework messages (parser errors and the like) can leak internals; say it in our words.
            detail = switch (status) {
                case 400 -> "The request could not be read. Send valid JSON of the expected shape.";
                case 401 -> "Please sign in.";
                case 403 -> "You are not allowed to do this.";
                case 404 -> "There is nothing at " + context.getRequest().getPath() + ".";
                case 405 -> "This method is not allowed here.";
                case 406 -> "This resource cannot be returned in the requested format.";
                case 413 -> "The request is too large.";
                case 415 -> "Unsupported content type. Send application/json.";
                default -> null;
            };
            if (status == 400) {
                errors = List.of(new Problem.FieldError("body", "Malformed JSON or a value of the wrong type."));
            }
        }
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        Problem problem = new Problem("about:blank", httpStatus.getReason(), status, detail, errors.isEmpty() ? null : errors);
        return response.contentType(MediaType.of(Problem.CONTENT_TYPE)).body(problem);
    }

    /** Turns a constraint path such as {@code create.request.titleDe} into the JSON field {@code titleDe}. */
    static String fieldPath(String path) {
        String[] parts = path.split("\\.");
        if (parts.length > 2) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    static HttpResponse<Problem> unreadableBody() {
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.",
                List.of(new Problem.FieldError("body", "Malformed JSON or a value of the wrong type.")));
    }

    static HttpResponse<Problem> problem(HttpStatus status, String detail, List<Problem.FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, errors.isEmpty() ? null : errors));
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException e) {
            return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields: "
                    + String.join(", ", e.errors().stream().map(Problem.FieldError::field).toList()) + ".", e.errors());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ForbiddenException e) {
            return problem(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException e) {
            return problem(HttpStatus.CONFLICT, "Someone else changed this record in the meantime. Reload it and apply your change again.",
                    List.of(new Problem.FieldError("version", "The version you edited is no longer current.")));
        }
    }

    /**
     * The database cannot be reached (stopped, restarting, pool exhausted): 503 with Retry-After, so
     * clients back off instead of reporting a bug. Any other data-layer failure stays a logged 500.
     */
    static HttpResponse<Problem> databaseFailure(HttpRequest<?> request, RuntimeException e) {
        if (isConnectionFailure(e)) {
            LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .contentType(MediaType.of(Problem.CONTENT_TYPE))
                    .body(new Problem("about:blank", HttpStatus.SERVICE_UNAVAILABLE.getReason(), 503,
                            "The service is temporarily unavailable. Please try again shortly.", null));
        }
        LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred. It has been logged.", List.of());
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof io.micronaut.data.connection.exceptions.ConnectionException
                    || t instanceof io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException
                    || t instanceof io.micronaut.transaction.exceptions.CannotCreateTransactionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class ConnectionHandler implements ExceptionHandler<io.micronaut.data.connection.exceptions.ConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.data.connection.exceptions.ConnectionException e) {
            return databaseFailure(request, e);
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class JdbcConnectionHandler
            implements ExceptionHandler<io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException e) {
            return databaseFailure(request, e);
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class TransactionHandler implements ExceptionHandler<io.micronaut.transaction.exceptions.TransactionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.transaction.exceptions.TransactionException e) {
            return databaseFailure(request, e);
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class DataAccessHandler implements ExceptionHandler<io.micronaut.data.exceptions.DataAccessException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.data.exceptions.DataAccessException e) {
            return databaseFailure(request, e);
        }
    }

    /** Malformed or truncated JSON, or a value of the wrong JSON type. */
    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    @Replaces(ConversionErrorHandler.class)
    static class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
            String field = e.getArgument() == null ? "body" : e.getArgument().getName();
            return problem(HttpStatus.BAD_REQUEST, "The request body could not be read: a value has the wrong format.",
                    List.of(new Problem.FieldError(field, "This value has the wrong format.")));
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class CodecHandler implements ExceptionHandler<CodecException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CodecException e) {
            return unreadableBody();
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class SerdeHandler implements ExceptionHandler<SerdeException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SerdeException e) {
            return unreadableBody();
        }
    }
}
