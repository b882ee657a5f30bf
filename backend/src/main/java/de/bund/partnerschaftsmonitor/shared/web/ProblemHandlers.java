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
import java.util.Locale;

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
        Locale locale = Messages.locale(context.getRequest());
        List<Problem.FieldError> errors = InvalidInputException.onePerField(context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> Validation.fieldError(fieldPath(e.getPath().get()), e.getMessage()))
                .map(e -> new Problem.FieldError(e.field(), e.code(), Messages.text(e.code(), locale)))
                .toList());
        String code;
        if (status >= 500) {
            context.getRootCause().ifPresent(cause -> LOG.error("Unhandled error on {} {}",
                    context.getRequest().getMethod(), context.getRequest().getPath(), cause));
            code = status == 503 ? "server.unavailable" : "server.error";
        } else if (!errors.isEmpty()) {
            code = "request.invalid";
        } else {
            // Framework messages (parser errors and the like) can leak internals; say it in our words.
            code = genericCode(status);
            if (status == 400) {
                errors = List.of(new Problem.FieldError("body", "body.unreadable", Messages.text("body.unreadable", locale)));
            }
        }
        return response.contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem(status, Messages.title(status, locale), code, Messages.text(code, locale), errors));
    }

    /** The code of a problem the framework raised without saying more than its status. */
    static String genericCode(int status) {
        return switch (status) {
            case 400 -> "request.unreadable";
            case 401 -> "auth.required";
            case 403 -> "access.denied";
            case 404 -> "resource.notFound";
            case 405 -> "method.notAllowed";
            case 406 -> "format.notAcceptable";
            case 409 -> "record.changed";
            case 413 -> "request.tooLarge";
            case 415 -> "mediaType.unsupported";
            case 429 -> "request.tooMany";
            case 503 -> "server.unavailable";
            default -> status >= 500 ? "server.error" : "request.failed";
        };
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
        return problem(HttpStatus.BAD_REQUEST, "request.unreadable", List.of(new Problem.FieldError("body", "body.unreadable")));
    }

    /** A problem whose detail is the text of {@code code} in the language of the request being answered. */
    public static MutableHttpResponse<Problem> problem(HttpStatus status, String code, List<Problem.FieldError> errors) {
        return problem(status, code, Messages.text(code), errors);
    }

    public static MutableHttpResponse<Problem> problem(HttpStatus status, String code, String detail, List<Problem.FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem(status.getCode(), Messages.title(status.getCode(), Messages.current()), code, detail, errors));
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException e) {
            return problem(HttpStatus.BAD_REQUEST, "request.invalid", e.errors());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
            return problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ForbiddenException e) {
            return problem(HttpStatus.FORBIDDEN, e.code(), e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class TooManyRequestsHandler implements ExceptionHandler<TooManyRequestsException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooManyRequestsException e) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.getMessage(), List.of())
                    .header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException e) {
            return problem(HttpStatus.CONFLICT, "record.changed", List.of(new Problem.FieldError("version", "version.stale")));
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
                    .body(new Problem(503, Messages.title(503, Messages.locale(request)), "server.unavailable",
                            Messages.text("server.unavailable", Messages.locale(request)), null));
        }
        LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", List.of());
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
            return problem(HttpStatus.BAD_REQUEST, "request.invalid", List.of(new Problem.FieldError(field, "field.wrongFormat")));
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
