package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.agreement.AgreementRequest;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.agreement.AgreementView;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.bulkimport.ImportColumns.Column;
import de.bund.partnerschaftsmonitor.bulkimport.ImportColumns.Kind;
import de.bund.partnerschaftsmonitor.bulkimport.ImportFile.Line;
import de.bund.partnerschaftsmonitor.bulkimport.ImportFile.Table;
import de.bund.partnerschaftsmonitor.bulkimport.ImportFile.Value;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.country.CountrySummary;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Creates or changes instruments from a file, matched by external reference (or, for instruments without one, by the
 * {@code ID} column of an export). Every row goes through {@link AgreementService#check} and is written by
 * {@link AgreementService#create}/{@link AgreementService#update}: one rule set, and each instrument's change is
 * audited as the form's would be; the file itself is audited once ({@value #ACTION}, entity id = its SHA-256).
 * A column missing from the file leaves that field as it is; an empty cell empties it. Updates apply to the
 * instrument's current version; a {@code Version} column (exports carry it) makes a row refuse an instrument changed since.
 */
@Singleton
public class ImportService {

    static final String ACTION = "IMPORT";
    static final String ENTITY = "agreement_import";

    /** What an instrument's body is made of; the rest of its view is computed or kept elsewhere. */
    private static final List<String> REQUEST_FIELDS = List.of("countryIso2", "type", "titleDe", "titleEn", "titleOriginal",
            "summaryDe", "summaryEn", "partyLevel", "partyState", "leadMinistry", "involvedMinistries", "responsibleDesk", "status",
            "dateSigned", "dateInForce", "dateEnd", "nextReviewDue", "plannedDate", "components", "textPublic", "digitalDataClauses",
            "predecessorId", "sources");

    private final AgreementService agreements;
    private final CountryService countries;
    private final AuditService audit;
    private final JsonMapper json;

    ImportService(AgreementService agreements, CountryService countries, AuditService audit, JsonMapper json) {
        this.agreements = agreements;
        this.countries = countries;
        this.audit = audit;
        this.json = json;
    }

    /** One row ready to write: {@code id} null for a new instrument, {@code unchanged} when it matches its instrument. */
    private record Candidate(int row, @Nullable String externalRef, @Nullable Long id, @Nullable AgreementRequest request,
                             boolean unchanged, List<FieldError> errors) {
    }

    /**
     * Reads the file, checks every row and, unless {@code dryRun}, writes all of them in one transaction; a faulty row
     * stores nothing ({@link ImportRejectedException}). File-level mistakes are {@link InvalidInputException} on {@code file}.
     */
    @Transactional
    public ImportReport run(@Nullable String fileName, byte[] bytes, boolean dryRun, String actor) {
        Table table = ImportFile.read(fileName, bytes);
        String sha256 = sha256(bytes);
        List<Candidate> candidates = candidates(table);
        List<ImportReport.RowReport> faulty = candidates.stream().filter(c -> !c.errors().isEmpty())
                .map(c -> new ImportReport.RowReport(c.row(), c.externalRef(), c.errors())).toList();
        int created = (int) candidates.stream().filter(c -> c.errors().isEmpty() && c.id() == null).count();
        int unchanged = (int) candidates.stream().filter(c -> c.errors().isEmpty() && c.unchanged()).count();
        int updated = (int) candidates.stream().filter(c -> c.errors().isEmpty() && c.id() != null && !c.unchanged()).count();
        ImportReport report = new ImportReport(sha256, dryRun || !faulty.isEmpty(), candidates.size(), created, updated, unchanged, faulty);
        if (dryRun) {
            return report;
        }
        if (!faulty.isEmpty()) {
            throw new ImportRejectedException(report);
        }
        List<Long> createdIds = new ArrayList<>();
        List<Long> updatedIds = new ArrayList<>();
        for (Candidate c : candidates) {
            try {
                if (c.id() == null) {
                    createdIds.add(agreements.create(c.request(), c.externalRef(), actor).id());
                } else if (!c.unchanged()) {
                    agreements.update(c.id(), c.request(), actor);
                    updatedIds.add(c.id());
                }
            } catch (InvalidInputException e) {
                // Changed between the check and the write (another desk archived a predecessor): the whole file is refused.
                throw new ImportRejectedException(new ImportReport(sha256, true, candidates.size(), 0, 0, 0,
                        List.of(new ImportReport.RowReport(c.row(), c.externalRef(), e.errors()))));
            }
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("fileName", fileName);
        event.put("format", table.format().name());
        event.put("sha256", sha256);
        event.put("rows", candidates.size());
        event.put("created", createdIds);
        event.put("updated", updatedIds);
        event.put("unchanged", unchanged);
        audit.record(actor, ACTION, ENTITY, sha256, null, event);
        return report;
    }

    private List<Candidate> candidates(Table table) {
        List<Column> columns = columns(table.headers());
        Map<String, String> countryNames = countryNames();
        Map<String, Integer> refRows = new HashMap<>();
        Map<Long, Integer> idRows = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Line line : table.lines()) {
            List<Value> values = line.values();
            if (values.stream().allMatch(Value::blank) || !values.isEmpty() && values.get(0).text().strip().startsWith("#")) {
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> given = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (i >= columns.size() || columns.get(i) == null) {
                    if (i >= columns.size() && !values.get(i).blank()) {
                        errors.add(new FieldError("row", "import.cells.extra", Messages.text("import.cells.extra", table.headers().size())));
                    }
                    continue;
                }
                Column column = columns.get(i);
                given.put(column.field(), convert(column, values.get(i), countryNames, errors));
            }
            candidates.add(candidate(line.number(), given, errors, refRows, idRows));
        }
        return candidates;
    }

    /** The column each header index means ({@code null}: read past); mistakes in the header refuse the file. */
    private static List<Column> columns(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (String header : headers) {
            Optional<Column> column = ImportColumns.byHeader(header);
            if (column.isPresent() && columns.contains(column.get())) {
                twice.add(header.strip());
            } else if (column.isEmpty() && !header.isBlank() && !ImportColumns.readOnly(header)) {
                unknown.add(header.strip());
            }
            columns.add(column.orElse(null));
        }
        if (!unknown.isEmpty()) {
            throw ImportFile.refusal("import.columns.unknown", String.join(", ", unknown));
        }
        if (!twice.isEmpty()) {
            throw ImportFile.refusal("import.columns.duplicate", String.join(", ", twice));
        }
        if (columns.stream().noneMatch(c -> c != null && (c.field().equals("externalRef") || c.field().equals("id")))) {
            Locale locale = Messages.current();
            throw ImportFile.refusal("import.columns.missing", ImportColumns.column("externalRef").label(locale));
        }
        return columns;
    }

    private Candidate candidate(int row, Map<String, Object> given, List<FieldError> errors,
                                Map<String, Integer> refRows, Map<Long, Integer> idRows) {
        String ref = (String) given.get("externalRef");
        Long id = given.get("id") instanceof Long l ? l : null;
        if (ref != null && ref.length() > 40) {
            errors.add(new FieldError("externalRef", "text.max40"));
        }
        if (ref == null && id == null) {
            errors.add(new FieldError("externalRef", "import.externalRef.required"));
        }
        Integer first = ref == null ? null : refRows.putIfAbsent(ref, row);
        Integer firstById = id == null ? null : idRows.putIfAbsent(id, row);
        if (first != null || firstById != null) {
            errors.add(new FieldError(first != null ? "externalRef" : "id", "import.duplicate",
                    Messages.text("import.duplicate", first != null ? first : firstById)));
        }
        Optional<AgreementView> existing = Optional.empty();
        if (ref != null) {
            existing = agreements.findIdByExternalRef(ref).flatMap(agreements::find);
            if (existing.isPresent() && id != null && existing.get().id() != id) {
                errors.add(new FieldError("id", "import.id.mismatch"));
            }
        }
        if (existing.isEmpty() && id != null) {
            existing = agreements.find(id);
            if (existing.isEmpty()) {
                errors.add(new FieldError("id", "agreement.notFound"));
            }
        }
        Map<String, Object> current = existing.map(this::requestFields).orElseGet(LinkedHashMap::new);
        Map<String, Object> merged = new LinkedHashMap<>(current);
        REQUEST_FIELDS.stream().filter(given::containsKey).forEach(f -> merged.put(f, given.get(f)));
        if (existing.isPresent()) {
            AgreementView view = existing.get();
            if (view.archived()) {
                errors.add(new FieldError(ref != null ? "externalRef" : "id", "agreement.archived"));
            }
            if (given.get("version") instanceof Long v && v != view.version()) {
                errors.add(new FieldError("version", "agreement.changed"));
            }
            merged.put("version", view.version());
        }
        AgreementRequest request = request(merged);
        Long targetId = existing.map(AgreementView::id).orElse(null);
        // A cell the import could not read already has its error; the rules would only add a consequence of it.
        java.util.Set<String> unreadable = errors.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
        agreements.check(request, targetId).stream().filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
        boolean unchanged = existing.isPresent() && canonical(merged).equals(canonical(current));
        return new Candidate(row, ref, targetId, request, unchanged, InvalidInputException.onePerField(errors));
    }

    @Nullable
    private Object convert(Column column, Value value, Map<String, String> countryNames, List<FieldError> errors) {
        if (value.formula()) {
            errors.add(new FieldError(column.field(), "import.formula"));
            return null;
        }
        if (value.date() != null) {
            return value.date().toString();
        }
        String text = value.text().strip();
        // An export neutralises a leading = + - @ with an apostrophe; read it back as the text it was.
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        } else if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            errors.add(new FieldError(column.field(), "import.formula"));
            return null;
        }
        if (text.isEmpty()) {
            return column.kind() == Kind.MINISTRIES || column.kind() == Kind.COMPONENTS ? List.of() : null;
        }
        return switch (column.kind()) {
            case TEXT, KEY -> text;
            case NUMBER -> {
                if (text.matches("\\d{1,18}")) {
                    yield Long.parseLong(text);
                }
                errors.add(new FieldError(column.field(), "import.number.invalid"));
                yield null;
            }
            case COUNTRY -> text.matches("[A-Za-z]{2}") ? text.toUpperCase(Locale.ROOT)
                    : countryNames.getOrDefault(ImportColumns.normal(text), text);
            case TYPE, PARTY_LEVEL, STATUS, MINISTRY -> ImportColumns.code(column.kind(), text);
            case MINISTRIES, COMPONENTS -> java.util.Arrays.stream(text.split("[,;|\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> ImportColumns.code(column.kind(), s)).toList();
            case DATE -> date(text);
            case BOOLEAN -> {
                String b = text.toLowerCase(Locale.ROOT);
                if (List.of("ja", "yes", "true", "wahr", "1", "x").contains(b)) {
                    yield Boolean.TRUE;
                }
                if (List.of("nein", "no", "false", "falsch", "0").contains(b)) {
                    yield Boolean.FALSE;
                }
                errors.add(new FieldError(column.field(), "import.boolean.invalid"));
                yield null;
            }
        };
    }

    /** ISO dates as they are; German {@code 1.3.2025} as ISO; anything else unchanged for the API's date rule. */
    static String date(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})").matcher(text);
        if (m.matches()) {
            return String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return text.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? text.substring(0, 10) : text;
    }

    private Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (CountrySummary c : countries.list(null, false)) {
            names.put(ImportColumns.normal(c.nameDe()), c.iso2());
            names.put(ImportColumns.normal(c.nameEn()), c.iso2());
        }
        return names;
    }

    /** The body that would leave the instrument as it is: its view, read back through JSON as the API reads bodies. */
    private Map<String, Object> requestFields(AgreementView view) {
        Map<String, Object> all = toMap(view);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String f : REQUEST_FIELDS) {
            fields.put(f, all.get(f));
        }
        fields.put("predecessorId", view.predecessor() == null ? null : view.predecessor().id());
        return fields;
    }

    private AgreementRequest request(Map<String, Object> fields) {
        try {
            return json.readValue(json.writeValueAsBytes(fields), AgreementRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> toMap(Object value) {
        try {
            return json.readValue(json.writeValueAsBytes(value), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For "nothing to change": lists as sets, numbers as text, the version left out. */
    private static Map<String, Object> canonical(Map<String, Object> fields) {
        Map<String, Object> out = new HashMap<>();
        for (String f : REQUEST_FIELDS) {
            Object v = fields.get(f);
            if (v instanceof Collection<?> list && !f.equals("sources")) {
                v = new TreeSet<>(list.stream().map(String::valueOf).toList());
            } else if (v instanceof Number n) {
                v = String.valueOf(n.longValue());
            } else if (v instanceof Collection<?> list) {
                v = list.stream().map(String::valueOf).toList();
            }
            out.put(f, v == null ? "" : v);
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
