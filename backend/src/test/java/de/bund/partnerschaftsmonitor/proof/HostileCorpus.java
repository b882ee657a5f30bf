package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.proof.Json.Raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Bad requests against every write endpoint, as data. To cover a new endpoint (assessments,
 * accounts), add a method that returns its {@link Case}s and list it in {@link #all()}: a case names
 * the request (method, path and body may depend on the live {@link Target}) and the expected outcome.
 * Forged and missing CSRF tokens on cookie sessions are covered by {@link CsrfTest}.
 */
final class HostileCorpus {

    /** The instrument under attack, as it is right before the request (its version moves on accepted edits). */
    record Target(long id, long version) {
    }

    sealed interface Outcome {
    }

    /** A 4xx problem+json and no row written anywhere; {@code statuses} empty means any 4xx. */
    record Rejected(Set<Integer> statuses) implements Outcome {
        static Rejected any() {
            return new Rejected(Set.of());
        }

        static Rejected with(Integer... statuses) {
            return new Rejected(Set.of(statuses));
        }
    }

    /** Odd but legitimate text: accepted (201 or 200) and read back exactly as sent. */
    record StoredVerbatim(String field, String text) implements Outcome {
    }

    /**
     * Accepted, and fields the client must not set (id, version, archived, externalRef, timestamps)
     * are ignored: {@code expect} lists what the stored record must show instead.
     */
    record AcceptedIgnoring(Map<String, Object> expect) implements Outcome {
    }

    /**
     * A finding, not a wish: the framework's lenient parser accepts this (2xx) although a strict API
     * would refuse it. Kept visible here so that tightening the parser shows up as a test change.
     */
    record Lenient(String why) implements Outcome {
    }

    record Case(String name, String method, Function<Target, String> path, String contentType,
                Function<Target, byte[]> body, Outcome outcome) {
        @Override
        public String toString() {
            return method + " " + name;
        }
    }

    static final String JSON = "application/json";
    private static final int MB = 1024 * 1024;

    private HostileCorpus() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(agreementBodies("POST", t -> "/api/agreements", false));
        cases.addAll(agreementBodies("PUT", t -> "/api/agreements/" + t.id(), true));
        cases.addAll(agreementUpdateOnly());
        cases.addAll(archiveAndRestore());
        cases.addAll(ratingsAndReviews());
        return Collections.unmodifiableList(cases);
    }


    /** A body that the API accepts, so that each case differs from success in exactly one way. */
    static Map<String, Object> validAgreement(Target target, boolean withVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (withVersion) {
            body.put("version", target.version());
        }
        body.put("countryIso2", "GH");
        body.put("type", "MOU");
        body.put("titleDe", "Feindliche Eingabe");
        body.put("titleEn", "Hostile input");
        body.put("summaryDe", "Kurzfassung");
        body.put("partyLevel", "DE_BILATERAL");
        body.put("leadMinistry", "BMI");
        body.put("involvedMinistries", List.of("BMAS", "AA"));
        body.put("responsibleDesk", "M I 4");
        body.put("status", "SIGNED");
        body.put("dateSigned", "2024-05-02");
        body.put("dateInForce", "2024-06-01");
        body.put("components", List.of("SKILLED_LABOUR"));
        body.put("textPublic", true);
        body.put("sources", List.of(Map.of("field", "dateSigned", "url", "https://example.org/a", "title", "Quelle")));
        return body;
    }

    static final List<String> TEXT_FIELDS = List.of("countryIso2", "type", "titleDe", "titleEn", "titleOriginal", "summaryDe", "summaryEn",
            "partyLevel", "partyState", "leadMinistry", "responsibleDesk", "status", "dateSigned", "dateInForce", "dateEnd",
            "nextReviewDue", "digitalDataClauses");
    static final List<String> FREE_TEXT_FIELDS = List.of("titleDe", "titleEn", "titleOriginal", "summaryDe", "summaryEn", "responsibleDesk",
            "digitalDataClauses");
    static final List<String> ENUM_FIELDS = List.of("type", "partyLevel", "status", "leadMinistry");
    static final List<String> DATE_FIELDS = List.of("dateSigned", "dateInForce", "dateEnd", "nextReviewDue");

    private static List<Case> agreementBodies(String method, Function<Target, String> path, boolean update) {
        List<Case> cases = new ArrayList<>();
        Builder b = new Builder(cases, method, path, update);

        // Malformed and truncated JSON.
        String valid = Json.write(validAgreement(new Target(1, 0), update));
        for (int cut : new int[] {1, 2, 10, 37, valid.length() / 2, valid.length() - 2, valid.length() - 1}) {
            b.raw("truncated JSON at " + cut, valid.substring(0, cut), Rejected.with(400));
        }
        for (String[] bad : new String[][] {
                {"empty object", "{}"}, {"JSON null", "null"}, {"JSON string", "\"agreement\""}, {"JSON number", "42"},
                {"JSON array", "[]"}, {"array of the body", "[" + valid + "]"}, {"only a brace", "{"}, {"closing brace", "}"},
                {"missing value", "{\"titleDe\":}"}, {"trailing comma", "{\"titleDe\":\"a\",}"}, {"single quotes", "{'titleDe':'a'}"},
                {"unquoted key", "{titleDe:\"a\"}"}, {"comment", "/* x */ " + valid}, {"NaN", "{\"predecessorId\":NaN}"},
                {"whitespace only", "   \n\t "},
                {"unterminated string", "{\"titleDe\":\"abc"}, {"bad escape", "{\"titleDe\":\"\\x41\"}"},
                {"raw control character in string", "{\"titleDe\":\"a\u0001b\"}"},
                {"JavaScript", "<script>alert(1)</script>"}, {"SQL", "'; DROP TABLE agreements; --"},
        }) {
            b.raw(bad[0], bad[1], Rejected.any());
        }
        b.bytes("invalid UTF-8", withBytes("{\"countryIso2\":\"", new byte[] {(byte) 0xC3, 0x28}, "\"}"), Rejected.any());
        // Exactly one JSON value with unique keys (shared/web/StrictJsonFilter).
        b.live("two documents", json -> (json + json).getBytes(StandardCharsets.UTF_8), Rejected.with(400));
        b.live("garbage after body", json -> (json + "xyz").getBytes(StandardCharsets.UTF_8), Rejected.with(400));
        b.live("a second JSON value after body", json -> (json + " 1").getBytes(StandardCharsets.UTF_8), Rejected.with(400));
        b.live("duplicate key", json -> ("{\"titleDe\":\"first\"," + json.substring(1)).getBytes(StandardCharsets.UTF_8), Rejected.with(400));
        b.live("UTF-16 body declared as JSON", json -> json.getBytes(StandardCharsets.UTF_16), new Lenient("RFC 8259 encoding detection"));

        // Deep nesting, in a known field, an unknown field and at the top.
        b.raw("10,000 nested arrays at the top", "[".repeat(10_000) + "]".repeat(10_000), Rejected.any());
        b.field("10,000 nested arrays in sources", "sources", new Raw("[".repeat(10_000) + "]".repeat(10_000)), Rejected.any());
        b.field("10,000 nested objects in titleDe", "titleDe", new Raw("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), Rejected.any());
        b.field("10,000 nested objects in an unknown field", "nested", new Raw("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), Rejected.any());

        // Wrong JSON types.
        List<Object> structures = List.of(List.of(), Map.of(), List.of("x"), Map.of("a", 1));
        for (String field : TEXT_FIELDS) {
            for (Object value : structures) {
                boolean unwrapped = value.equals(List.of("x")) && FREE_TEXT_FIELDS.contains(field);
                b.field(field + " as " + Json.write(value), field, value,
                        unwrapped ? new Lenient("micronaut-serde unwraps a single-element array into a string") : Rejected.with(400));
            }
        }
        for (String field : List.of("components", "involvedMinistries", "sources")) {
            for (Object value : List.of("SKILLED_LABOUR", 7, true, Map.of("a", 1))) {
                b.field(field + " as " + Json.write(value), field, value, Rejected.with(400));
            }
        }
        for (Object value : List.of(List.of(), Map.of())) {
            b.field("textPublic as " + Json.write(value), "textPublic", value, Rejected.with(400));
        }
        for (Object value : List.of("yes", 2)) {
            b.field("textPublic as " + Json.write(value), "textPublic", value, new Lenient("micronaut-serde coerces text and numbers to Boolean"));
        }
        for (Object value : List.of("abc", List.of(), Map.of(), new Raw("1e400"), new Raw("99999999999999999999"), -1, 0, Long.MAX_VALUE)) {
            b.field("predecessorId as " + Json.write(value), "predecessorId", value, Rejected.with(400));
        }
        // FINDING: these link the instrument to predecessor 1 instead of being refused.
        for (Object value : List.of(1.5, true)) {
            b.field("predecessorId as " + Json.write(value), "predecessorId", value, new Lenient("micronaut-serde coerces 1.5 and true to 1"));
        }

        // Nulls where a value is required.
        for (String field : List.of("countryIso2", "partyLevel", "status")) {
            b.field(field + " null", field, null, Rejected.with(400));
            b.without(field + " missing", field, Rejected.with(400));
        }
        b.mutate("all titles null", m -> { m.put("titleDe", null); m.put("titleEn", null); m.put("titleOriginal", null); return m; },
                Rejected.with(400));
        b.mutate("all titles blank", m -> { m.put("titleDe", " \t"); m.put("titleEn", ""); m.put("titleOriginal", "\n"); return m; },
                Rejected.with(400));
        b.field("components [null]", "components", Arrays.asList((Object) null), Rejected.with(400));
        b.field("involvedMinistries [null]", "involvedMinistries", Arrays.asList((Object) null), Rejected.with(400));
        b.field("sources [null]", "sources", Arrays.asList((Object) null), Rejected.with(400));
        b.field("source without url", "sources", List.of(Map.of("title", "t")), Rejected.with(400));

        // Unknown enumeration values.
        for (String field : ENUM_FIELDS) {
            for (String value : List.of("UNKNOWN", "", "mou", "MOU ", "1", "MOU'--")) {
                b.field(field + " = " + Json.write(value), field, value, Rejected.with(400));
            }
        }
        for (String value : List.of("TELEPORTATION", "skilled_labour", "")) {
            b.field("component " + Json.write(value), "components", List.of(value), Rejected.with(400));
            b.field("ministry " + Json.write(value), "involvedMinistries", List.of(value), Rejected.with(400));
        }

        // Country codes.
        for (String field : List.of("countryIso2", "partyState")) {
            for (String value : List.of("QQ", "XX", "gh", "GHA", "G", "", " ", "G1", "ÄÖ", "G\u0000", "DE' OR '1'='1")) {
                b.field(field + " = " + Json.write(value), field, value, Rejected.with(400));
            }
        }
        b.field("other European state without the state", "partyLevel", "OTHER_EUROPEAN_STATE", Rejected.with(400));

        // Dates: malformed, impossible and out of order.
        for (String field : DATE_FIELDS) {
            for (String value : List.of("2025-13-01", "2025-02-30", "0000-00-00", "25-01-01", "2025/01/01", "2025-01-01T00:00:00Z", "morgen")) {
                b.field(field + " = " + Json.write(value), field, value, Rejected.with(400));
            }
        }
        b.mutate("in force before signature", m -> { m.put("dateSigned", "2024-05-02"); m.put("dateInForce", "2024-05-01"); return m; },
                Rejected.with(400));
        b.mutate("end before entry into force", m -> { m.put("dateEnd", "2024-05-31"); return m; }, Rejected.with(400));
        b.mutate("end before signature", m -> { m.remove("dateInForce"); m.put("dateEnd", "2023-01-01"); return m; }, Rejected.with(400));
        b.field("source accessed on 30 February", "sources", List.of(Map.of("url", "https://example.org", "accessedOn", "2024-02-30")),
                Rejected.with(400));

        // Sizes: one over each limit, and 1 MB strings.
        b.field("titleDe 501 characters", "titleDe", "x".repeat(501), Rejected.with(400));
        b.field("summary 4001 characters", "summaryEn", "x".repeat(4001), Rejected.with(400));
        b.field("responsibleDesk 101 characters", "responsibleDesk", "x".repeat(101), Rejected.with(400));
        b.field("digitalDataClauses 2001 characters", "digitalDataClauses", "x".repeat(2001), Rejected.with(400));
        b.field("9 components", "components", List.of("RETURN_READMISSION", "SKILLED_LABOUR", "VISA_FACILITATION",
                "QUALIFICATION_TRAINING", "JOB_FAIRS_RECRUITMENT", "ECONOMIC_COOPERATION", "TECHNOLOGY_TRANSFER", "OTHER", "OTHER"),
                Rejected.with(400));
        b.field("21 ministries", "involvedMinistries", Collections.nCopies(21, "BMI"), Rejected.with(400));
        b.field("51 sources", "sources", Collections.nCopies(51, Map.of("url", "https://example.org")), Rejected.with(400));
        b.field("source url 2001 characters", "sources", List.of(Map.of("url", "https://" + "x".repeat(1993))), Rejected.with(400));
        b.field("javascript: source url", "sources", List.of(Map.of("url", "javascript:alert(1)")), Rejected.with(400));
        for (String field : List.of("titleDe", "summaryDe", "countryIso2")) {
            b.field(field + " 1 MB", field, "ä".repeat(MB / 2), Rejected.with(400));
        }
        b.field("1 MB source title", "sources", List.of(Map.of("url", "https://example.org", "title", "x".repeat(MB))), Rejected.with(400));
        b.mutate("1 MB in an unknown field with an invalid country", m -> { m.put("blob", "x".repeat(MB)); m.put("countryIso2", "QQ"); return m; },
                Rejected.with(400));
        b.raw("3 MB body (over max-request-size)", "{\"titleDe\":\"" + "x".repeat(3 * MB) + "\"}", Rejected.with(413));

        // Control characters where they are never text.
        for (String value : List.of("G\nH", "\u0000\u0000", "G\u202eH")) {
            b.field("countryIso2 = " + Json.write(value), "countryIso2", value, Rejected.with(400));
        }

        // Odd but legitimate text, stored verbatim.
        for (String[] text : new String[][] {
                {"right-to-left", "اتفاقية الهجرة والتنقل بين ألمانيا والمغرب"},
                {"Hebrew with embedded LTR", "הסכם הגירה עם Deutschland 2024"},
                {"RTL override", "Abkommen \u202Eetadpu\u202C 2024"},
                {"emoji", "Migrationsabkommen 🇩🇪🤝🇬🇭 ✍️ 👩🏽‍💻"},
                {"HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; \"quoted\""},
                {"SQL metacharacters", "Robert'); DROP TABLE agreements;-- % _ \\ ` \" ; /* */"},
                {"LIKE wildcards", "100% _sicher_ \\%"},
                {"control characters inside", "Tab\tNeue\nZeile\rWagen\u0007Glocke\u001bEsc"},
                {"NUL inside", "vor\u0000nach"},
                {"zero-width and combining", "Abk\u200Bommen Me\u0301xico e\u0308"},
                {"250 four-byte characters", "𝔄".repeat(250)},
                {"CJK", "移民伙伴关系协议"},
        }) {
            b.field("titleDe " + text[0], "titleDe", text[1], new StoredVerbatim("titleDe", text[1]));
        }
        b.field("summary with 2000 emoji", "summaryDe", "😀".repeat(2000), new StoredVerbatim("summaryDe", "😀".repeat(2000)));
        // FINDING: @Size counts UTF-16 units, the column counts characters; 500 astral characters fit the column but are refused.
        b.field("titleDe 500 four-byte characters", "titleDe", "𝔄".repeat(500), Rejected.with(400));
        b.field("lone surrogate in titleDe", "titleDe", "a\uD800b", Rejected.with(400));

        // Unknown fields are ignored; fields the server owns cannot be set by a client (mass assignment).
        b.field("unknown field", "foo", "bar", new AcceptedIgnoring(Map.of()));
        b.field("unknown field isAdmin", "isAdmin", true, new AcceptedIgnoring(Map.of()));
        b.field("archived true", "archived", true, new AcceptedIgnoring(Map.of("archived", false)));
        b.field("externalRef", "externalRef", "SEED-HIJACK", new AcceptedIgnoring(update ? Map.of() : Map.of("archived", false)));
        b.mutate("server-owned fields", m -> {
            m.put("id", 1);
            m.put("createdAt", "2000-01-01T00:00:00Z");
            m.put("updatedAt", "2000-01-01T00:00:00Z");
            m.put("successors", List.of(Map.of("id", 1)));
            m.put("countryNameDe", "Atlantis");
            return m;
        }, new AcceptedIgnoring(Map.of("countryNameDe", "Ghana", "archived", false)));

        // Wrong content types and no body.
        String body = valid;
        b.typed("text/plain", "text/plain", body.getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        b.typed("form", "application/x-www-form-urlencoded", "titleDe=x&countryIso2=GH".getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        b.typed("multipart", "multipart/form-data; boundary=x", ("--x\r\nContent-Disposition: form-data; name=\"titleDe\"\r\n\r\nx\r\n--x--\r\n")
                .getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        b.typed("XML", "application/xml", "<agreement><titleDe>x</titleDe></agreement>".getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        b.typed("XML as JSON", JSON, "<agreement><titleDe>x</titleDe></agreement>".getBytes(StandardCharsets.UTF_8), Rejected.with(400));
        b.typed("octet-stream", "application/octet-stream", body.getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        b.typed("no body", JSON, null, Rejected.with(400));
        b.typed("empty body", JSON, new byte[0], Rejected.with(400));
        b.typed("no body, no content type", null, null, Rejected.any());
        b.typed("JSON without a content type", null, body.getBytes(StandardCharsets.UTF_8), Rejected.with(415));
        return cases;
    }

    private static List<Case> agreementUpdateOnly() {
        List<Case> cases = new ArrayList<>();
        Builder b = new Builder(cases, "PUT", t -> "/api/agreements/" + t.id(), true);
        b.without("version missing", "version", Rejected.with(400));
        b.field("version null", "version", null, Rejected.with(400));
        b.mutate("version stale", m -> { m.put("version", ((Number) m.get("version")).longValue() + 1); return m; }, Rejected.with(409));
        b.field("version negative", "version", -1, Rejected.with(409));
        b.field("version as text", "version", "latest", Rejected.with(400));
        b.field("version 1e400", "version", new Raw("1e400"), Rejected.with(400));
        b.field("version too large for a long", "version", new Raw("99999999999999999999"), Rejected.with(400));
        cases.add(new Case("predecessor is itself", "PUT", t -> "/api/agreements/" + t.id(), JSON, t -> {
            Map<String, Object> m = validAgreement(t, true);
            m.put("predecessorId", t.id());
            return Json.write(m).getBytes(StandardCharsets.UTF_8);
        }, Rejected.with(400)));
        for (String id : List.of("0", "-1", "999999999", "abc", "1.5", "99999999999999999999", "%00", "1%27%20OR%201=1", "%F0%9F%98%80")) {
            cases.add(new Case("unknown or malformed id " + id, "PUT", t -> "/api/agreements/" + id, JSON,
                    t -> Json.write(validAgreement(t, true)).getBytes(StandardCharsets.UTF_8), Rejected.with(400, 404)));
        }
        return cases;
    }

    private static List<Case> archiveAndRestore() {
        List<Case> cases = new ArrayList<>();
        for (String method : List.of("DELETE", "POST")) {
            String suffix = method.equals("POST") ? "/restore" : "";
            String base = "/api/agreements/";
            cases.add(new Case("stale version" + suffix, method, t -> base + t.id() + suffix + "?version=" + (t.version() + 1), null, t -> null,
                    Rejected.with(409)));
            cases.add(new Case("negative version" + suffix, method, t -> base + t.id() + suffix + "?version=-5", null, t -> null, Rejected.with(409)));
            for (String version : List.of("abc", "1.5", "99999999999999999999", "%27%20OR%201=1", "")) {
                Outcome outcome = version.isEmpty() ? null : Rejected.with(400);
                if (outcome != null) {
                    cases.add(new Case("version=" + version + suffix, method, t -> base + t.id() + suffix + "?version=" + version, null,
                            t -> null, outcome));
                }
            }
            for (String id : List.of("0", "-1", "999999999", "abc", "99999999999999999999", "%00", "1;DROP%20TABLE%20agreements")) {
                cases.add(new Case("id " + id + suffix, method, t -> base + id + suffix, null, t -> null, Rejected.with(400, 404)));
            }
            cases.add(new Case("stale version with a hostile JSON body" + suffix, method, t -> base + t.id() + suffix + "?version=" + (t.version() + 7),
                    JSON, t -> "{\"archived\":true,\"version\":".concat(String.valueOf(t.version())).concat("}").getBytes(StandardCharsets.UTF_8),
                    Rejected.with(409)));
        }
        return cases;
    }

    /** Ratings, review decisions, comments and admin writes: every malformed or invalid body is refused. */
    private static List<Case> ratingsAndReviews() {
        List<Case> cases = new ArrayList<>();
        String evidence = "{\"reference\":\"Art. 1\",\"quote\":\"q\",\"source\":\"https://example.org\",\"asOf\":\"2025-01-01\"}";
        Function<String, Function<Target, String>> rating = criterion -> t -> "/api/agreements/" + t.id() + "/assessments/" + criterion;
        String[][] ratingBodies = {
                {"level 7", "{\"level\":7,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\"}"},
                {"level -1", "{\"level\":-1,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\"}"},
                {"level as object", "{\"level\":{},\"notApplicable\":false,\"confidence\":\"LOW\"}"},
                {"level as array", "{\"level\":[],\"notApplicable\":false,\"confidence\":\"LOW\"}"},
                {"not applicable without reason", "{\"level\":null,\"notApplicable\":true,\"confidence\":\"LOW\"}"},
                {"level and not applicable", "{\"level\":2,\"notApplicable\":true,\"notApplicableReason\":\"x\",\"confidence\":\"LOW\"}"},
                {"level 2 without evidence", "{\"level\":2,\"notApplicable\":false,\"confidence\":\"LOW\"}"},
                {"level 0 without where one looked", "{\"level\":0,\"notApplicable\":false,\"evidence\":{},\"confidence\":\"LOW\"}"},
                {"evidence as string", "{\"level\":2,\"notApplicable\":false,\"evidence\":\"Art. 1\",\"confidence\":\"LOW\"}"},
                {"impossible evidence date", "{\"level\":2,\"notApplicable\":false,\"evidence\":{\"reference\":\"a\",\"quote\":\"q\",\"source\":\"s\",\"asOf\":\"2025-13-45\"},\"confidence\":\"LOW\"}"},
                {"unknown confidence", "{\"level\":0,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"SURE\"}"},
                {"missing confidence", "{\"level\":0,\"notApplicable\":false,\"evidence\":" + evidence + "}"},
                {"version on a first rating", "{\"level\":0,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\",\"version\":3}"},
                {"version as text", "{\"level\":0,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\",\"version\":\"abc\"}"},
                {"unknown cross-reference", "{\"level\":1,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\",\"crossReference\":999999999}"},
                {"cross-reference as text", "{\"level\":1,\"notApplicable\":false,\"evidence\":" + evidence + ",\"confidence\":\"LOW\",\"crossReference\":\"x\"}"},
                {"1 MB quote", "{\"level\":2,\"notApplicable\":false,\"evidence\":{\"reference\":\"a\",\"quote\":\"" + "x".repeat(MB) + "\",\"source\":\"s\",\"asOf\":\"2025-01-01\"},\"confidence\":\"LOW\"}"},
                {"truncated", "{\"level\":2,\"notApp"}, {"JSON null", "null"}, {"JSON array", "[]"}, {"JSON string", "\"2\""},
                {"10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000)},
        };
        for (String[] body : ratingBodies) {
            cases.add(new Case("rating: " + body[0], "PUT", rating.apply("DP-BASE"), JSON, t -> body[1].getBytes(StandardCharsets.UTF_8),
                    Rejected.any()));
        }
        for (String criterion : List.of("NOPE", "%27%20OR%201=1", "DP-BASE%00", "x".repeat(300))) {
            cases.add(new Case("rating of unknown criterion " + criterion.substring(0, Math.min(12, criterion.length())), "PUT",
                    rating.apply(criterion), JSON, t -> ("{\"level\":0,\"notApplicable\":false,\"evidence\":" + evidence
                    + ",\"confidence\":\"LOW\"}").getBytes(StandardCharsets.UTF_8), Rejected.any()));
        }
        cases.add(new Case("rating as text/plain", "PUT", rating.apply("DP-BASE"), "text/plain", t -> "level=2".getBytes(StandardCharsets.UTF_8),
                Rejected.any()));
        String[][] decisionBodies = {
                {"version as text", "{\"version\":\"abc\"}"}, {"version as object", "{\"version\":{}}"}, {"truncated", "{\"vers"},
                {"JSON array", "[]"}, {"comment as number", "{\"version\":0,\"comment\":5}"}, {"missing comment", "{\"version\":0}"},
                {"1 MB comment", "{\"version\":0,\"comment\":\"" + "x".repeat(MB) + "\"}"},
                {"10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)},
        };
        for (String action : List.of("submit", "approve", "return", "comments")) {
            for (String[] body : decisionBodies) {
                cases.add(new Case(action + ": " + body[0], "POST", t -> "/api/agreements/" + t.id() + "/assessments/DP-BASE/" + action, JSON,
                        t -> body[1].getBytes(StandardCharsets.UTF_8), Rejected.any()));
            }
        }
        // Admin writes as a desk officer: refused by role, whatever the body.
        for (String[] write : new String[][] {{"POST", "/api/catalogs"}, {"POST", "/api/accounts"}, {"PUT", "/api/accounts/1"},
                {"POST", "/api/catalogs/1/publish"}}) {
            cases.add(new Case("admin write " + write[1], write[0], t -> write[1], JSON,
                    t -> "{\"label\":\"<script>\",\"username\":\"x'; DROP TABLE accounts; --\",\"roles\":[\"ADMIN\"]}".getBytes(StandardCharsets.UTF_8),
                    Rejected.with(403)));
        }
        return cases;
    }

    private static byte[] withBytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(a, a.length + middle.length + c.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    /** Adds cases for one endpoint that takes an agreement body. */
    private record Builder(List<Case> cases, String method, Function<Target, String> path, boolean update) {

        void raw(String name, String json, Outcome outcome) {
            bytes(name, json.getBytes(StandardCharsets.UTF_8), outcome);
        }

        void bytes(String name, byte[] body, Outcome outcome) {
            cases.add(new Case(name, method, path, JSON, t -> body, outcome));
        }

        /** A body derived from the valid body for the live target (right version). */
        void live(String name, Function<String, byte[]> from, Outcome outcome) {
            cases.add(new Case(name, method, path, JSON, t -> from.apply(Json.write(validAgreement(t, update))), outcome));
        }

        void typed(String name, String contentType, byte[] body, Outcome outcome) {
            cases.add(new Case(name, method, path, contentType, t -> body, outcome));
        }

        void mutate(String name, UnaryOperator<Map<String, Object>> change, Outcome outcome) {
            cases.add(new Case(name, method, path, JSON,
                    t -> Json.write(change.apply(validAgreement(t, update))).getBytes(StandardCharsets.UTF_8), outcome));
        }

        void field(String name, String field, Object value, Outcome outcome) {
            mutate(name, m -> { m.put(field, value); return m; }, outcome);
        }

        void without(String name, String field, Outcome outcome) {
            mutate(name, m -> { m.remove(field); return m; }, outcome);
        }
    }
}
