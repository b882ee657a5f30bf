package de.bund.partnerschaftsmonitor.shared.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gate every request body passes before it is bound: a body needs a content type (415 otherwise), and a JSON
 * body must be exactly one JSON value with no duplicate keys and no text after it. It also applies the project's
 * one text rule to every string of the body, whatever field it binds to: unpaired UTF-16 surrogates
 * ({@code "\\ud800"}) are not text, and no database column can store them. The lenient framework parser would
 * otherwise take the last of two keys, ignore trailing garbage and read a body without a content type as JSON.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class StrictJsonFilter implements Ordered {

    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Sign-out ignores its body, so it must work whatever a client sends with it (issue 9). */
    private static final Set<String> UNREAD_BODIES = Set.of("/logout");
    static final String NOT_TEXT = "text.malformed";
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (body == null || body.length == 0 || request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                || UNREAD_BODIES.contains(request.getPath())) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isEmpty()) {
            return ProblemHandlers.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "mediaType.missing",
                    List.of(new Problem.FieldError("Content-Type", "mediaType.missing")));
        }
        // The server accepts 16 MB for document uploads (multipart); every other body keeps the smaller limit.
        if (body.length > MAX_BODY_BYTES && !(type.get().getType().equals("multipart") && type.get().getSubtype().equals("form-data"))) {
            return ProblemHandlers.problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request.tooLarge", List.of());
        }
        if (!isJson(type.get())) {
            return null;
        }
        List<Problem.FieldError> errors = errors(body);
        return errors.isEmpty() ? null
                : ProblemHandlers.problem(HttpStatus.BAD_REQUEST, "request.invalid", errors);
    }

    static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    /** Field errors of a JSON document: duplicate keys, trailing content, malformed text; empty when it is sound. */
    static List<Problem.FieldError> errors(byte[] json) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try (JsonParser p = STRICT.createParser(json)) {
            int depth = 0;
            int roots = 0;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (depth == 0 && ++roots > 1) {
                    errors.add(new Problem.FieldError("body", "body.severalValues"));
                    return errors;
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && !wellFormed(p.getText())) {
                    errors.add(new Problem.FieldError(token == JsonToken.FIELD_NAME ? "body" : path(p.getParsingContext()), NOT_TEXT));
                }
            }
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                String name = message.replaceAll("(?s)^Duplicate field '(.*)'.*$", "$1");
                String parent = path(e.getProcessor() == null ? null : e.getProcessor().getParsingContext());
                errors.add(new Problem.FieldError(parent.equals("body") ? name : parent, "body.duplicateKey"));
            } else {
                errors.add(new Problem.FieldError("body", "body.unreadable"));
            }
        } catch (IOException e) {
            errors.add(new Problem.FieldError("body", "body.unreadable"));
        }
        return errors;
    }

    /** The one text rule: every high surrogate is followed by a low one, and no low one stands alone. */
    public static boolean wellFormed(@Nullable CharSequence s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) {
                return false;
            }
        }
        return true;
    }

    /** The JSON path of the current value in the form field errors use: {@code sources[0].url}. */
    static String path(@Nullable JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        if (parts.isEmpty()) {
            return "body";
        }
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (!b.isEmpty() && !part.startsWith("[")) {
                b.append('.');
            }
            b.append(part);
        }
        return b.toString();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
