package de.bund.partnerschaftsmonitor.shared.openapi;

import de.bund.partnerschaftsmonitor.shared.security.AccessRules;
import de.bund.partnerschaftsmonitor.shared.security.Permission;
import de.bund.partnerschaftsmonitor.shared.security.Role;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.HttpMethod;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI document micronaut-openapi generates at compile time with what holds for the
 * whole API and is written down elsewhere in the code, so that it cannot drift: who may call what
 * ({@link AccessRules}), the problem+json answers of every operation ({@code shared/web/Problem}),
 * flat paging parameters (the server reads {@code page}, {@code size}, {@code sort}), operation ids,
 * summaries and tags, 201 with {@code Location} for creates, real enums for filters, nullability a
 * strict validator accepts, and the sign-in endpoints the security module serves. Runs in the build
 * ({@code process-classes}) on {@code target/classes/META-INF/swagger/*.yml}; an operation this table
 * does not name fails the build, so a new endpoint is described before it ships.
 */
public final class OpenApiCompletion {

    /** Operation id, tag and summary of every operation, keyed by {@code METHOD path}. */
    record Op(String id, String tag, String summary, int success) {
    }

    static final Map<String, Op> OPERATIONS = new LinkedHashMap<>();

    private static void op(String key, String id, String tag, String summary) {
        op(key, id, tag, summary, 0);
    }

    private static void op(String key, String id, String tag, String summary, int success) {
        OPERATIONS.put(key, new Op(id, tag, summary, success));
    }

    static {
        op("POST /login", "login", "Sign-in", "Sign in with user name and password");
        op("POST /logout", "logout", "Sign-in", "Sign out");
        op("GET /api/me", "getMe", "Sign-in", "The signed-in person, roles and permissions");
        op("GET /api/accounts", "listAccounts", "Accounts", "List accounts");
        op("POST /api/accounts", "createAccount", "Accounts", "Create an account", 201);
        op("GET /api/accounts/{id}", "getAccount", "Accounts", "Get an account");
        op("PUT /api/accounts/{id}", "updateAccount", "Accounts", "Change an account (roles, state, password)");
        op("DELETE /api/accounts/{id}/lock", "unlockAccount", "Accounts", "Lift a sign-in lock (password and version unchanged)", 204);
        op("GET /api/agreements", "listAgreements", "Instruments", "Search instruments");
        op("POST /api/agreements", "createAgreement", "Instruments", "Create an instrument", 201);
        op("GET /api/agreements/{id}", "getAgreement", "Instruments", "Get an instrument");
        op("PUT /api/agreements/{id}", "updateAgreement", "Instruments", "Change an instrument");
        op("DELETE /api/agreements/{id}", "archiveAgreement", "Instruments", "Archive an instrument");
        op("POST /api/agreements/{id}/restore", "restoreAgreement", "Instruments", "Restore an archived instrument");
        op("GET /api/agreements/{id}/history", "getAgreementHistory", "Instruments", "Change history of an instrument");
        op("GET /api/agreements/{id}/passages", "findPassages", "Search", "Candidate passages of an instrument's documents for a criterion");
        op("GET /api/search", "searchTexts", "Search", "Full-text search across instruments and their documents");
        op("GET /api/agreements/{id}/assessments", "listAssessments", "Ratings", "Ratings of an instrument, one per criterion");
        op("PUT /api/agreements/{id}/assessments/{criterionId}", "rateAgreement", "Ratings", "Rate an instrument against a criterion");
        op("POST /api/agreements/{id}/assessments/{criterionId}/submit", "submitAssessment", "Review", "Submit a rating for review");
        op("POST /api/agreements/{id}/assessments/{criterionId}/approve", "approveAssessment", "Review", "Approve a submitted rating");
        op("POST /api/agreements/{id}/assessments/{criterionId}/return", "returnAssessment", "Review", "Return a submitted rating for changes");
        op("GET /api/agreements/{id}/assessments/{criterionId}/comments", "listAssessmentComments", "Review", "Review conversation of a rating");
        op("POST /api/agreements/{id}/assessments/{criterionId}/comments", "createAssessmentComment", "Review", "Comment on a rating", 201);
        op("GET /api/reviews", "listReviews", "Review", "Ratings awaiting the signed-in reviewer");
        op("GET /api/reviews/returned", "listReturnedRatings", "Review", "Ratings returned to the signed-in author, with the reviewer's comment");
        op("GET /api/agreements/{id}/score", "getAgreementScore", "Scorecards", "Score of an instrument");
        op("GET /api/agreements/{id}/score/history", "getAgreementScoreHistory", "Scorecards", "Score history of an instrument");
        op("GET /api/countries", "listCountries", "Countries", "List countries");
        op("GET /api/countries/{iso2}", "getCountry", "Countries", "A country and its instruments");
        op("GET /api/countries/{iso2}/scorecard", "getCountryScorecard", "Scorecards", "Scorecard of a country");
        op("GET /api/countries/{iso2}/scorecard/history", "getCountryScorecardHistory", "Scorecards", "Score history of a country");
        op("GET /api/scorecards", "listRanking", "Scorecards", "Ranking of the countries by score");
        op("POST /api/scorecards/recompute", "recomputeScores", "Scorecards", "Recompute the maintained scores");
        op("GET /api/criteria", "listCriteria", "Catalogue", "Criteria of the current catalogue");
        op("GET /api/profiles", "listProfiles", "Catalogue", "Weighting profiles of the current catalogue");
        op("GET /api/catalogs", "listCatalogs", "Catalogue", "List catalogue versions");
        op("POST /api/catalogs", "createCatalogDraft", "Catalogue", "Create a draft catalogue", 201);
        op("GET /api/catalogs/{id}", "getCatalog", "Catalogue", "Get a catalogue version");
        op("PUT /api/catalogs/{id}/criteria/{criterionId}", "putCatalogCriterion", "Catalogue", "Add, change or retire a criterion of a draft");
        op("PUT /api/catalogs/{id}/profiles/{code}", "putCatalogProfile", "Catalogue", "Change the weights of a profile of a draft");
        op("PUT /api/catalogs/{id}/gating-rules/{code}", "putCatalogGatingRule", "Catalogue", "Change the description of a gating rule of a draft");
        op("POST /api/catalogs/{id}/publish", "publishCatalog", "Catalogue", "Publish a draft catalogue");
        op("GET /api/audit", "listAuditEvents", "Audit", "Search the audit trail");
        op("POST /api/agreements/import", "importAgreements", "Import", "Import instruments from CSV or XLSX (dry run by default)");
        op("GET /api/agreements/import/template", "getImportTemplate", "Import", "Template for the import (CSV or XLSX, German or English)");
        op("GET /api/open-data/releases", "listOpenDataReleases", "Open data", "Open-data releases, newest first");
        op("POST /api/open-data/releases", "publishOpenData", "Open data", "Publish a new open-data release", 201);
        op("GET /api/open-data/releases/{id}", "getOpenDataRelease", "Open data", "An open-data release as a ZIP (Frictionless Data Package)");
        op("GET /api/countries/{iso2}/brief", "getCountryBrief", "Briefs", "One-page country brief (PDF)");
        op("GET /api/compare/brief", "getComparisonBrief", "Briefs", "One-page brief comparing two or three countries (PDF)");
        op("POST /api/feedback", "sendFeedback", "Feedback", "Report a barrier (open to everyone)", 201);
        op("GET /api/feedback", "listFeedback", "Feedback", "List the messages about barriers");
        op("GET /api/feedback/{id}", "getFeedback", "Feedback", "Get a message about a barrier");
        op("PUT /api/feedback/{id}", "markFeedback", "Feedback", "Mark a message as handled or open");
        op("GET /api/deadlines", "listDeadlines", "Deadlines", "Deadlines of the instruments and ratings, by due date");
        op("GET /api/me/calendar", "getMyCalendarFeed", "Deadlines", "The signed-in person's calendar feed (made on the first call)");
        op("DELETE /api/me/calendar", "revokeMyCalendarFeed", "Deadlines", "Revoke the signed-in person's calendar feed", 204);
        op("PUT /api/me/language", "setMyLanguage", "Sign-in", "Store the signed-in person's language for their mails (reminders)");
        op("GET /calendar/{file}", "getCalendarFeed", "Deadlines", "A calendar feed (iCalendar) by its secret token, without a session");
        op("POST /api/agreements/{id}/documents", "uploadDocument", "Documents", "Upload a document (file or pasted text) of an instrument", 201);
        op("GET /api/agreements/{id}/documents", "listDocuments", "Documents", "Documents of an instrument, with their state");
        op("GET /api/documents/{docId}", "getDocument", "Documents", "A document's metadata and structure");
        op("GET /api/documents/{docId}/original", "getDocumentOriginal", "Documents", "Download the original file (audited)");
        op("DELETE /api/documents/{docId}", "archiveDocument", "Documents", "Archive a document", 204);
    }

    static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Sign-in", "Sign-in, sign-out and the signed-in person");
        TAGS.put("Instruments", "Migration agreements, declarations of intent and working structures");
        TAGS.put("Ratings", "Ratings of instruments against the criteria of the catalogue");
        TAGS.put("Review", "Four-eyes review of ratings");
        TAGS.put("Scorecards", "Scores of instruments and countries");
        TAGS.put("Countries", "Partner countries (ISO 3166-1)");
        TAGS.put("Catalogue", "Criteria catalogue and weighting profiles");
        TAGS.put("Accounts", "Accounts of the application (administrators)");
        TAGS.put("Audit", "Audit trail (administrators)");
        TAGS.put("Import", "Bulk import of instruments from CSV or XLSX");
        TAGS.put("Open data", "Published open-data releases (Frictionless Data Packages)");
        TAGS.put("Briefs", "One-page PDF briefs for briefing folders");
        TAGS.put("Feedback", "Feedback on accessibility (BITV 2.0): sent by anyone, handled by administrators");
        TAGS.put("Deadlines", "Deadlines, reminders and the personal calendar feed");
        TAGS.put("Documents", "Texts of instruments: originals, extracted text and structure");
    }

    private static final Pattern ENUM_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)+");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiCompletion() {
    }

    public static void main(String[] args) throws IOException {
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Map<String, Object> doc = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
                complete(doc);
                DumperOptions options = new DumperOptions();
                options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
                options.setWidth(120);
                // Distinct objects everywhere, so that the dump has no YAML anchors and aliases.
                Files.writeString(file, new Yaml(options).dump(mutable(doc)), StandardCharsets.UTF_8);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void complete(Map<String, Object> doc) {
        Object schemes = ((Map<String, Object>) doc.getOrDefault("components", Map.of())).get("securitySchemes");
        if (schemes instanceof Map<?, ?> m && m.containsKey("session")) {
            return; // completed by an earlier build whose compile step had nothing to do
        }
        Map<String, Object> info = map(doc, "info");
        // No public licence text exists to link to; the name says what applies.
        info.put("license", Map.of("name", "Proprietär – nur für den Dienstgebrauch der Bundesverwaltung"));
        doc.put("servers", List.of(Map.of("url", "/", "description", "This server")));
        Map<String, Object> components = map(doc, "components");
        Map<String, Object> schemas = map(components, "schemas");
        schemas.put("Problem", problemSchema());
        schemas.put("FieldError", fieldErrorSchema());
        schemas.put("LoginRequest", object(Map.of("username", str(), "password", Map.of("type", "string", "format", "password")),
                List.of("username", "password")));
        schemas.put("LoginResponse", object(Map.of("access_token", str(), "token_type", Map.of("type", "string", "example", "Bearer"),
                "expires_in", Map.of("type", "integer", "format", "int32"), "username", str(),
                "roles", Map.of("type", "array", "items", Map.of("type", "string", "enum", roleNames()))),
                List.of("access_token", "token_type", "username", "roles")));
        Map<String, Object> security = map(components, "securitySchemes");
        security.put("session", sorted(Map.of("type", "apiKey", "in", "cookie", "name", "PM_SESSION",
                "description", "Session cookie set by POST /login (browsers); writes also need the X-XSRF-TOKEN header echoing the XSRF-TOKEN cookie.")));
        security.put("bearer", sorted(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                "description", "access_token from POST /login")));
        components.put("responses", problemResponses());

        Map<String, Object> paths = map(doc, "paths");
        paths.put("/login", mutable(Map.of("post", loginOperation())));
        paths.put("/logout", mutable(Map.of("post", logoutOperation())));
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) path.getValue()).entrySet()) {
                String key = e.getKey().toUpperCase() + " " + path.getKey();
                Op op = OPERATIONS.get(key);
                if (op == null) {
                    undescribed.add(key);
                    continue;
                }
                completeOperation(path.getKey(), HttpMethod.valueOf(e.getKey().toUpperCase()), (Map<String, Object>) e.getValue(), op);
            }
        }
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("Name these operations in OpenApiCompletion.OPERATIONS: " + undescribed);
        }
        doc.put("tags", TAGS.entrySet().stream().map(t -> Map.of("name", t.getKey(), "description", t.getValue())).toList());
        for (Map.Entry<String, Object> s : schemas.entrySet()) {
            if (s.getKey().startsWith("Page_")) {
                s.setValue(pageSchema((Map<String, Object>) schemas.get("Slice_" + s.getKey().substring("Page_".length()))));
            }
        }
        schemas.keySet().removeIf(name -> name.startsWith("Slice_") || name.startsWith("Pageable") || name.startsWith("Sort"));
        enumReferences(schemas, paths);
        fixNullability(schemas, paths);
        // Audit changes carry whatever the field held: text, number, true/false, a list or an object.
        Map<String, Object> change = (Map<String, Object>) ((Map<String, Object>) schemas.get("AuditService.Change")).get("properties");
        if (change != null) {
            change.replaceAll((k, v) -> sorted(Map.of("description", "Value of the field, of any JSON type; absent or null when empty")));
        }
        Map<String, Object> ranking = (Map<String, Object>) schemas.get("ScorecardViews.RankingEntry");
        if (ranking != null) {
            Map<String, Object> core = (Map<String, Object>) ((Map<String, Object>) ranking.get("properties")).get("coreLevels");
            core.put("additionalProperties", sorted(Map.of("type", "integer", "format", "int32", "nullable", true)));
            core.put("description", "Best level per core criterion; null when not rated");
        }
        dropUnused(doc, schemas);
    }

    @SuppressWarnings("unchecked")
    private static void completeOperation(String path, HttpMethod method, Map<String, Object> operation, Op op) {
        operation.put("operationId", op.id());
        operation.put("tags", List.of(op.tag()));
        Object description = operation.remove("summary");
        operation.put("summary", op.summary());
        Optional<Permission> permission = AccessRules.required(method, path);
        String access = permission.map(p -> "Needs one of the roles " + p.roles().stream().map(Role::name).sorted()
                .collect(Collectors.joining(", ")) + ".").orElse("Open to everyone.");
        Object given = operation.containsKey("description") ? operation.get("description") : description;
        operation.put("description", (given == null ? "" : given + "\n\n") + access);
        operation.put("security", permission.isPresent() ? List.of(Map.of("session", List.of()), Map.of("bearer", List.of())) : List.of());

        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.computeIfAbsent("parameters", k -> new ArrayList<>());
        boolean paged = parameters.removeIf(p -> "pageable".equals(p.get("name")));
        if (paged) {
            parameters.add(param("page", "Page number, from 0", Map.of("type", "integer", "format", "int32", "minimum", 0, "default", 0)));
            parameters.add(param("size", "Entries per page, at most 100", Map.of("type", "integer", "format", "int32", "minimum", 1,
                    "maximum", 100, "default", 20)));
            parameters.add(param("sort", "Sort order such as title,asc", Map.of("type", "string")));
        }
        for (Map<String, Object> p : parameters) {
            enumFromPattern((Map<String, Object>) p.get("schema"));
        }
        if (parameters.isEmpty()) {
            operation.remove("parameters");
        }

        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        Map<String, Object> ok = (Map<String, Object>) responses.get("200");
        // The import template answers CSV too, but it is no list: its own format and lang stay as declared.
        if (ok != null && ok.get("content") instanceof Map<?, ?> types && types.containsKey(ExportFormat.CSV_TYPE)
                && !path.endsWith("/import/template")) {
            describeExport(operation, parameters, ok);
        }
        if (op.success() == 201 && responses.containsKey("200")) {
            Map<String, Object> created = (Map<String, Object>) responses.remove("200");
            created.put("description", "Created");
            created.put("headers", Map.of("Location", Map.of("description", "Address of the new record", "schema", Map.of("type", "string"))));
            responses.put("201", created);
        }
        responses.values().forEach(r -> {
            Map<String, Object> response = (Map<String, Object>) r;
            if (String.valueOf(response.get("description")).matches("\\w+ \\d{3} response")) {
                response.put("description", "OK");
            }
            // Files (the PDF briefs) are bytes as they are, not base64 text.
            if (response.get("content") instanceof Map<?, ?> content && content.get("application/pdf") instanceof Map<?, ?> pdf
                    && pdf.get("schema") instanceof Map<?, ?> schema) {
                ((Map<String, Object>) schema).put("format", "binary");
            }
        });
        boolean write = method != HttpMethod.GET;
        boolean hasBody = operation.containsKey("requestBody");
        boolean hasInput = hasBody || !parameters.isEmpty();
        if (hasInput || write) {
            responses.put("400", ref("BadRequest"));
        }
        if (permission.isPresent()) {
            responses.put("401", ref("Unauthorized"));
            responses.put("403", ref("Forbidden"));
        }
        if (path.contains("{")) {
            responses.put("404", ref("NotFound"));
        }
        if (write && path.contains("{") || method == HttpMethod.POST && path.equals("/api/accounts")) {
            responses.put("409", ref("Conflict"));
        }
        if (hasBody) {
            responses.put("415", ref("UnsupportedMediaType"));
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            body.putIfAbsent("required", !path.endsWith("/submit") && !path.endsWith("/approve"));
        }
        if (method == HttpMethod.POST && path.equals("/api/feedback")) {
            responses.put("403", ref("Forbidden")); // sent from another site
            responses.put("429", ref("FeedbackLimit"));
        }
        responses.put("500", ref("ServerError"));
        if (responses.containsKey("204")) {
            Map<String, Object> noContent = (Map<String, Object>) responses.get("204");
            noContent.put("description", "Done");
        }
    }

    /** Every list also answers CSV and XLSX (shared/export): the same filters and sort, every page, as a file. */
    @SuppressWarnings("unchecked")
    private static void describeExport(Map<String, Object> operation, List<Map<String, Object>> parameters, Map<String, Object> ok) {
        parameters.removeIf(p -> "format".equals(p.get("name")));
        parameters.add(param("format", "csv or xlsx: the whole list (every page, same filters and sort) as a file; "
                + "the same as Accept: text/csv or the XLSX media type", Map.of("type", "string", "enum", List.of("csv", "xlsx"))));
        parameters.add(param("lang", "Language of the file's headings and words; Accept-Language otherwise, German by default",
                Map.of("type", "string", "enum", List.of("de", "en"))));
        Map<String, Object> content = (Map<String, Object>) ok.computeIfAbsent("content", k -> new LinkedHashMap<>());
        content.put(ExportFormat.CSV_TYPE, sorted(Map.of("schema", sorted(Map.of("type", "string",
                "description", "UTF-8 with byte-order mark; ';' between fields in German, ',' in English")))));
        content.put(ExportFormat.XLSX_TYPE, sorted(Map.of("schema", sorted(Map.of("type", "string", "format", "binary")))));
        ((Map<String, Object>) ok.computeIfAbsent("headers", k -> new LinkedHashMap<>())).put("Content-Disposition", sorted(Map.of(
                "description", "For files: attachment; filename=\"<table>-<date>.<csv|xlsx>\", e.g. instrumente-2026-12-01.xlsx",
                "schema", Map.of("type", "string"))));
        operation.put("description", operation.get("description") + " Also answers CSV and XLSX (format, Accept).");
    }

    @SuppressWarnings("unchecked")
    private static void enumFromPattern(Map<String, Object> schema) {
        if (schema != null && schema.get("pattern") instanceof String pattern && ENUM_PATTERN.matcher(pattern).matches()) {
            schema.remove("pattern");
            schema.put("enum", Arrays.asList(pattern.split("\\|")));
        }
    }

    /**
     * OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref} and lint rules want a {@code type}
     * beside it: a nullable reference becomes a typed {@code allOf}; enumerations named by reference
     * are copied in, with null among their values.
     */
    @SuppressWarnings("unchecked")
    private static void fixNullability(Map<String, Object> schemas, Map<String, Object> paths) {
        for (Object s : schemas.values()) {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) s).get("properties");
            if (properties != null) {
                properties.replaceAll((name, property) -> nullable((Map<String, Object>) property, schemas));
            }
        }
        for (Object path : paths.values()) {
            for (Object operation : ((Map<String, Object>) path).values()) {
                for (Object p : (List<Object>) ((Map<String, Object>) operation).getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if (parameter.get("schema") != null) {
                        parameter.put("schema", nullable((Map<String, Object>) parameter.get("schema"), schemas));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nullable(Map<String, Object> property, Map<String, Object> schemas) {
        enumFromPattern(property);
        if (!Boolean.TRUE.equals(property.get("nullable"))) {
            return property;
        }
        String target = property.containsKey("$ref") ? (String) property.get("$ref")
                : property.get("allOf") instanceof List<?> all && all.size() == 1 ? (String) ((Map<String, Object>) all.get(0)).get("$ref") : null;
        if (target != null) {
            Map<String, Object> referenced = (Map<String, Object>) schemas.get(target.substring(target.lastIndexOf('/') + 1));
            Map<String, Object> replacement = new LinkedHashMap<>();
            if (property.containsKey("description")) {
                replacement.put("description", property.get("description"));
            }
            if (referenced != null && referenced.containsKey("enum")) {
                replacement.put("type", referenced.getOrDefault("type", "string"));
                List<Object> values = new ArrayList<>((List<Object>) referenced.get("enum"));
                values.add(null);
                replacement.put("enum", values);
            } else {
                // A null does not match allOf in OpenAPI 3.0, so the object is written out where it may be null.
                replacement.putAll(mutable(referenced == null ? Map.of("type", "object") : referenced));
                if (replacement.get("properties") instanceof Map<?, ?> nested) {
                    ((Map<String, Object>) nested).replaceAll((name, value) -> nullable((Map<String, Object>) value, schemas));
                }
            }
            replacement.put("nullable", true);
            return replacement;
        }
        if (property.containsKey("enum") && !((List<Object>) property.get("enum")).contains(null)) {
            List<Object> values = new ArrayList<>((List<Object>) property.get("enum"));
            values.add(null);
            property.put("enum", values);
        }
        return property;
    }

    /** Drops schemas nothing refers to any more (enumerations copied in, paging types replaced). */
    @SuppressWarnings("unchecked")
    private static void dropUnused(Map<String, Object> doc, Map<String, Object> schemas) {
        boolean dropped = true;
        while (dropped) {
            String text = new Yaml().dump(doc);
            dropped = schemas.keySet().removeIf(name -> isUnused(text, name));
        }
    }

    private static boolean isUnused(String text, String name) {
        return !text.contains("'#/components/schemas/" + name + "'")
                && !text.contains("\"#/components/schemas/" + name + "\"") && !text.contains("#/components/schemas/" + name + "\n");
    }

    /** A parameter or property listing exactly the values of a named enumeration refers to it. */
    @SuppressWarnings("unchecked")
    private static void enumReferences(Map<String, Object> schemas, Map<String, Object> paths) {
        Map<List<Object>, String> byValues = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            Object values = ((Map<String, Object>) schema).get("enum");
            if (values != null) {
                byValues.put((List<Object>) values, name);
            }
        });
        for (Object path : paths.values()) {
            for (Object operation : ((Map<String, Object>) path).values()) {
                for (Object p : (List<Object>) ((Map<String, Object>) operation).getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                    if (schema != null) {
                        enumFromPattern(schema);
                        String name = schema.get("enum") == null ? null : byValues.get(schema.get("enum"));
                        if (name != null) {
                            parameter.put("schema", Map.of("$ref", "#/components/schemas/" + name));
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageSchema(Map<String, Object> slice) {
        Object items = ((Map<String, Object>) slice.get("properties")).get("content");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("content", items == null ? Map.of("type", "array", "items", Map.of("type", "object")) : items);
        Map<String, Object> order = object(Map.of("property", str(), "direction", Map.of("type", "string", "enum", List.of("ASC", "DESC")),
                "ignoreCase", Map.of("type", "boolean"), "ascending", Map.of("type", "boolean")), List.of("property", "direction"));
        Map<String, Object> sort = object(Map.of("orderBy", Map.of("type", "array", "items", order)), List.of());
        sort.remove("required");
        Map<String, Object> pageable = object(Map.of(
                "number", Map.of("type", "integer", "format", "int32", "description", "This page's number, from 0"),
                "size", Map.of("type", "integer", "format", "int32", "description", "Entries per page"),
                "sort", sort,
                "mode", Map.of("type", "string", "enum", List.of("OFFSET", "CURSOR_NEXT", "CURSOR_PREVIOUS"))), List.of("number", "size"));
        pageable.put("description", "The paging of the request");
        props.put("pageable", pageable);
        props.put("totalSize", Map.of("type", "integer", "format", "int64", "description", "Entries over all pages"));
        Map<String, Object> page = object(props, List.of("content", "pageable", "totalSize"));
        page.put("description", "One page of a list");
        return page;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string", "example", "about:blank"));
        props.put("title", Map.of("type", "string", "description", "The status in the language of Accept-Language (German by default)", "example", "Ungültige Anfrage"));
        props.put("status", Map.of("type", "integer", "format", "int32", "example", 400));
        props.put("code", Map.of("type", "string", "description", "Stable code of the problem (docs/problem-codes.md)",
                "example", "request.invalid"));
        props.put("detail", Map.of("type", "string", "description", "What went wrong, in the language of Accept-Language (German by default)",
                "example", "Bitte prüfen Sie die markierten Angaben."));
        props.put("errors", Map.of("type", "array", "description", "One entry per offending field", "items", Map.of("$ref", "#/components/schemas/FieldError")));
        Map<String, Object> schema = object(props, List.of("type", "title", "status", "code"));
        schema.put("description", "RFC 9457 problem details; codes in docs/problem-codes.md");
        return schema;
    }

    private static Map<String, Object> fieldErrorSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("field", Map.of("type", "string", "description", "JSON path of the field", "example", "titleDe"));
        props.put("code", Map.of("type", "string", "description", "Stable code of the mistake", "example", "agreement.title.required"));
        props.put("message", Map.of("type", "string", "description", "The mistake in the language of Accept-Language",
                "example", "Geben Sie einen Titel an (deutsch, englisch oder in der Originalsprache)."));
        return object(props, List.of("field", "code", "message"));
    }

    private static Map<String, Object> problemResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("BadRequest", problemResponse("The request is invalid; errors names each offending field", 400, "request.invalid",
                "Bitte prüfen Sie die markierten Angaben."));
        responses.put("Unauthorized", problemResponse("Not signed in", 401, "auth.required", "Bitte melden Sie sich an."));
        responses.put("Forbidden", problemResponse("The role does not allow it, the four-eyes rule forbids it, or the CSRF token is missing",
                403, "access.denied", "Dazu sind Sie nicht berechtigt."));
        responses.put("NotFound", problemResponse("No such record", 404, "agreement.notFound", "Dieses Instrument gibt es nicht."));
        responses.put("Conflict", problemResponse("Someone else changed the record, or its state does not allow this", 409,
                "record.changed", "Jemand anderes hat diesen Eintrag inzwischen geändert. Laden Sie ihn neu und wiederholen Sie Ihre Änderung."));
        responses.put("UnsupportedMediaType", problemResponse("The body is not JSON", 415, "mediaType.unsupported",
                "Dieses Format wird nicht angenommen. Senden Sie JSON."));
        responses.put("TooManyRequests", problemResponse("Too many failed sign-ins; the account is locked for a while", 429, "login.locked",
                "Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 15 Minuten erneut."));
        responses.put("FeedbackLimit", problemResponse("Several messages came from this client address within the window; Retry-After says when to try again",
                429, "feedback.tooMany", "Von diesem Anschluss kamen in kurzer Zeit schon mehrere Rückmeldungen. Bitte versuchen Sie es später noch einmal."));
        responses.put("ServerError", problemResponse("Unexpected error (logged) or database unavailable", 500, "server.error",
                "Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert."));
        return responses;
    }

    private static Map<String, Object> problemResponse(String description, int status, String code, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", de.bund.partnerschaftsmonitor.shared.web.Messages.title(status, java.util.Locale.GERMAN));
        example.put("status", status);
        example.put("code", code);
        example.put("detail", detail);
        return sorted(Map.of("description", description,
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", PROBLEM), "example", example))));
    }

    private static Map<String, Object> loginOperation() {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("requestBody", Map.of("required", true, "content", Map.of(
                "application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/LoginRequest"),
                        "example", Map.of("username", "desk.officer", "password", "demo")),
                "application/x-www-form-urlencoded", Map.of("schema", Map.of("$ref", "#/components/schemas/LoginRequest")))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "Signed in: the token for API clients; browsers also get the session and XSRF-TOKEN cookies",
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/LoginResponse")))));
        responses.put("400", ref("BadRequest"));
        Map<String, Object> failed = problemResponse("The user name or password is not correct", 401, "login.failed",
                "Benutzername oder Passwort ist nicht korrekt.");
        responses.put("401", failed);
        responses.put("415", ref("UnsupportedMediaType"));
        responses.put("429", ref("TooManyRequests"));
        responses.put("500", ref("ServerError"));
        op.put("responses", responses);
        op.put("description", "Five failed sign-ins lock the account for a while (429 with Retry-After).");
        return op;
    }

    private static Map<String, Object> logoutOperation() {
        Map<String, Object> op = new LinkedHashMap<>();
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("204", Map.of("description", "Signed out; the session cookie is cleared"));
        responses.put("403", ref("Forbidden"));
        responses.put("500", ref("ServerError"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> param(String name, String description, Map<String, Object> schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("required", false);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> ref(String response) {
        return Map.of("$ref", "#/components/responses/" + response);
    }

    private static Map<String, Object> str() {
        return Map.of("type", "string");
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("required", required);
        o.put("properties", properties instanceof LinkedHashMap<?, ?> ? new LinkedHashMap<>(properties) : sorted(properties));
        return o;
    }

    private static List<String> roleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    /** An editable copy in key order: {@code Map.of} iterates in an order that changes from run to run. */
    private static Map<String, Object> sorted(Map<String, Object> map) {
        return new LinkedHashMap<>(new java.util.TreeMap<>(map));
    }

    /** A deep copy that can be edited (the tables above are built with immutable {@code Map.of}). */
    @SuppressWarnings("unchecked")
    private static <T> T mutable(T value) {
        if (value instanceof Map<?, ?> m) {
            // Map.of iterates in an order that changes from run to run: sort those, so the document is stable.
            Map<String, Object> copy = m instanceof LinkedHashMap<?, ?> ? new LinkedHashMap<>() : new java.util.TreeMap<>();
            m.forEach((k, v) -> copy.put((String) k, mutable(v)));
            return (T) (copy instanceof LinkedHashMap<?, ?> ? copy : new LinkedHashMap<>(copy));
        }
        if (value instanceof List<?> l) {
            return (T) new ArrayList<>(l.stream().map(OpenApiCompletion::mutable).toList());
        }
        return value;
    }
}
