package de.bund.partnerschaftsmonitor.opendata;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import de.bund.partnerschaftsmonitor.agreement.AgreementType;
import de.bund.partnerschaftsmonitor.agreement.AgreementWords;
import de.bund.partnerschaftsmonitor.agreement.Component;
import de.bund.partnerschaftsmonitor.agreement.Ministry;
import de.bund.partnerschaftsmonitor.agreement.PartyLevel;
import de.bund.partnerschaftsmonitor.assessment.Confidence;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.opendata.OpenDataRepository.ComponentRow;
import de.bund.partnerschaftsmonitor.opendata.OpenDataRepository.InstrumentRow;
import de.bund.partnerschaftsmonitor.opendata.OpenDataRepository.RatingRow;
import de.bund.partnerschaftsmonitor.opendata.OpenDataRepository.SourceRow;
import de.bund.partnerschaftsmonitor.shared.csv.Csv;
import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Frictionless Data Package (tabular-data-package): four CSV files and {@code datapackage.json}, whose Table Schemas
 * are the codebook: every field with its type, a title and description in German and English, and for coded fields
 * every allowed value with its German and English word ({@code categories}). Pure: rows in, ZIP out.
 */
final class OpenDataPackage {

    /** Several values in one cell (ministries, components) are separated by this. */
    static final String LIST_SEPARATOR = ";";

    /** One field of a Table Schema with its bilingual codebook entry. */
    record Field(String name, String type, String titleDe, String titleEn, String descriptionDe, String descriptionEn,
                 boolean required, boolean list, List<? extends Enum<?>> values) {
    }

    record Release(LocalDate releasedOn, Instant createdAt, long catalogVersionId, String catalogLabel) {
    }

    private OpenDataPackage() {
    }

    private static Field instrumentField(String name, String type, String descriptionDe, String descriptionEn) {
        return new Field(name, type, AgreementWords.label(name, Locale.GERMAN), AgreementWords.label(name, Locale.ENGLISH),
                descriptionDe, descriptionEn, false, false, List.of());
    }

    private static Field coded(Field f, boolean required, boolean list, List<? extends Enum<?>> values) {
        return new Field(f.name(), f.type(), f.titleDe(), f.titleEn(), f.descriptionDe(), f.descriptionEn(), required, list, values);
    }

    private static Field field(String name, String type, String titleDe, String titleEn, String descriptionDe, String descriptionEn) {
        return new Field(name, type, titleDe, titleEn, descriptionDe, descriptionEn, false, false, List.of());
    }

    static final List<Field> INSTRUMENT_FIELDS = List.of(
            coded(instrumentField("id", "integer", "Kennung des Instruments in diesem Datensatz", "Identifier of the instrument in this dataset"), true, false, List.of()),
            instrumentField("externalRef", "string", "Stabile externe Referenz des Instruments", "Stable external reference of the instrument"),
            coded(instrumentField("countryIso2", "string", "Partnerland als ISO-3166-1-Alpha-2-Code", "Partner country as ISO 3166-1 alpha-2 code"), true, false, List.of()),
            instrumentField("countryNameDe", "string", "Deutscher Name des Partnerlandes", "German name of the partner country"),
            instrumentField("countryNameEn", "string", "Englischer Name des Partnerlandes", "English name of the partner country"),
            coded(instrumentField("type", "string", "Form des Instruments (leer: unbekannt)", "Form of the instrument (empty: unknown)"), false, false, List.of(AgreementType.values())),
            instrumentField("titleDe", "string", "Deutscher Titel", "German title"),
            instrumentField("titleEn", "string", "Englischer Titel", "English title"),
            instrumentField("titleOriginal", "string", "Titel in der Sprache des Instruments, wenn weder deutsch noch englisch", "Title in the instrument's own language when neither German nor English"),
            instrumentField("summaryDe", "string", "Kurzbeschreibung auf Deutsch", "Short description in German"),
            instrumentField("summaryEn", "string", "Kurzbeschreibung auf Englisch", "Short description in English"),
            coded(instrumentField("partyLevel", "string", "Wer auf europäischer Seite Vertragspartei ist", "Who is the party on the European side"), true, false, List.of(PartyLevel.values())),
            instrumentField("partyState", "string", "Anderer europäischer Staat als Vertragspartei (ISO-3166-1-Alpha-2)", "Other European state that is a party (ISO 3166-1 alpha-2)"),
            coded(instrumentField("leadMinistry", "string", "Federführendes Bundesressort (Abkürzung)", "Lead federal ministry (abbreviation)"), false, false, List.of(Ministry.values())),
            coded(instrumentField("involvedMinistries", "string", "Beteiligte Bundesressorts, durch Semikolon getrennt", "Involved federal ministries, separated by semicolons"), false, true, List.of(Ministry.values())),
            coded(instrumentField("status", "string", "Stand des Instruments", "State of the instrument"), true, false, List.of(AgreementStatus.values())),
            instrumentField("dateSigned", "date", "Datum der Unterzeichnung", "Date of signature"),
            instrumentField("dateInForce", "date", "Datum des Inkrafttretens", "Date of entry into force"),
            instrumentField("dateEnd", "date", "Ende der Laufzeit", "End of term"),
            instrumentField("nextReviewDue", "date", "Nächste vorgesehene Überprüfung", "Next review foreseen"),
            coded(instrumentField("components", "string", "Thematische Bestandteile, durch Semikolon getrennt", "Thematic components, separated by semicolons"), false, true, List.of(Component.values())),
            instrumentField("textPublic", "boolean", "Ob der Text des Instruments veröffentlicht ist (leer: unbekannt)", "Whether the text of the instrument is published (empty: unknown)"),
            instrumentField("digitalDataClauses", "string", "Kurzbeschreibung der Klauseln zu digitalen Daten", "Short description of the clauses on digital data"),
            instrumentField("predecessorId", "integer", "Kennung des Instruments, das dieses ablöst (in diesem Datensatz)", "Identifier of the instrument this one replaces (in this dataset)"));

    static final List<Field> SOURCE_FIELDS = List.of(
            coded(field("instrumentId", "integer", "Instrument", "Instrument", "Kennung des Instruments (instruments.id)", "Identifier of the instrument (instruments.id)"), true, false, List.of()),
            coded(field("position", "integer", "Reihenfolge", "Order", "Reihenfolge der Quelle beim Instrument", "Order of the source within the instrument"), true, false, List.of()),
            field("field", "string", AgreementWords.label("sourceField", Locale.GERMAN), AgreementWords.label("sourceField", Locale.ENGLISH), "Feld des Instruments, das die Quelle belegt (Feldname wie in instruments)", "Field of the instrument the source supports (field name as in instruments)"),
            coded(field("url", "string", AgreementWords.label("sourceUrl", Locale.GERMAN), AgreementWords.label("sourceUrl", Locale.ENGLISH), "Öffentliche Adresse der Quelle", "Public address of the source"), true, false, List.of()),
            field("title", "string", AgreementWords.label("sourceTitle", Locale.GERMAN), AgreementWords.label("sourceTitle", Locale.ENGLISH), "Bezeichnung der Quelle", "Name of the source"),
            field("accessedOn", "date", AgreementWords.label("sourceAccessedOn", Locale.GERMAN), AgreementWords.label("sourceAccessedOn", Locale.ENGLISH), "Tag des Abrufs", "Day the source was accessed"));

    /** Confidence words as the UI shows them (locales {@code confidence}). */
    private static final Map<Enum<?>, String[]> OWN_WORDS = Map.of(
            Confidence.HIGH, new String[] {"hoch", "high"}, Confidence.MEDIUM, new String[] {"mittel", "medium"},
            Confidence.LOW, new String[] {"niedrig", "low"});

    static final List<Field> RATING_FIELDS = List.of(
            coded(field("instrumentId", "integer", "Instrument", "Instrument", "Kennung des bewerteten Instruments (instruments.id)", "Identifier of the rated instrument (instruments.id)"), true, false, List.of()),
            coded(field("criterionCode", "string", "Kriterium", "Criterion", "Kennung des Kriteriums (criteria.code der Katalogversion)", "Code of the criterion (criteria.code of the catalogue version)"), true, false, List.of()),
            coded(field("catalogVersionId", "integer", "Katalogversion", "Catalogue version", "Version des Kriterienkatalogs, nach der bewertet wurde", "Version of the criteria catalogue the rating follows"), true, false, List.of()),
            field("level", "integer", "Stufe", "Level", "Erreichte Stufe von 0 (nicht geregelt) bis 3; leer, wenn nicht anwendbar", "Level reached from 0 (not covered) to 3; empty when not applicable"),
            coded(field("notApplicable", "boolean", "Nicht anwendbar", "Not applicable", "Ob das Kriterium auf das Instrument nicht anwendbar ist", "Whether the criterion does not apply to the instrument"), true, false, List.of()),
            field("notApplicableReason", "string", "Begründung für „nicht anwendbar“", "Reason for “not applicable”", "Warum das Kriterium nicht anwendbar ist", "Why the criterion does not apply"),
            field("evidenceReference", "string", "Fundstelle", "Reference", "Fundstelle im Text (Artikel, Absatz)", "Place in the text (article, paragraph)"),
            field("evidenceQuote", "string", "Zitat", "Quote", "Wörtliches Zitat der Fundstelle", "Verbatim quote of the passage"),
            field("evidenceSource", "string", "Quelle", "Source", "Öffentliche Quelle des Belegs", "Public source of the evidence"),
            field("evidenceAsOf", "date", "Stand des Belegs", "Evidence as of", "Stand der Quelle", "Date the source speaks for"),
            coded(field("confidence", "string", "Sicherheit der Bewertung", "Confidence of the rating", "Wie sicher die Bewertung ist", "How certain the rating is"), false, false, List.of(Confidence.values())),
            coded(field("approvedOn", "date", "Freigegeben am", "Approved on", "Tag der Freigabe im Vier-Augen-Verfahren", "Day of approval under the four-eyes principle"), true, false, List.of()));

    static final List<Field> CRITERION_FIELDS = List.of(
            coded(field("code", "string", "Kennung", "Code", "Stabile Kennung des Kriteriums", "Stable code of the criterion"), true, false, List.of()),
            coded(field("group", "string", "Gruppe", "Group", "Gruppe des Kriteriums im Katalog", "Group of the criterion in the catalogue"), true, false, List.of()),
            coded(field("core", "boolean", "Kernkriterium", "Core criterion", "Ob es eines der Kernkriterien ist", "Whether it is one of the core criteria"), true, false, List.of()),
            coded(field("retired", "boolean", "Zurückgezogen", "Retired", "Ob das Kriterium in dieser Version nicht mehr zählt", "Whether the criterion no longer counts in this version"), true, false, List.of()),
            field("nameDe", "string", "Name (deutsch)", "Name (German)", "Deutscher Name", "German name"),
            field("nameEn", "string", "Name (englisch)", "Name (English)", "Englischer Name", "English name"),
            field("questionDe", "string", "Prüffrage (deutsch)", "Question (German)", "Prüffrage auf Deutsch", "Question in German"),
            field("questionEn", "string", "Prüffrage (englisch)", "Question (English)", "Prüffrage auf Englisch", "Question in English"),
            field("level0De", "string", "Stufe 0 (deutsch)", "Level 0 (German)", "Bedeutung der Stufe 0", "Meaning of level 0"),
            field("level1De", "string", "Stufe 1 (deutsch)", "Level 1 (German)", "Bedeutung der Stufe 1", "Meaning of level 1"),
            field("level2De", "string", "Stufe 2 (deutsch)", "Level 2 (German)", "Bedeutung der Stufe 2", "Meaning of level 2"),
            field("level3De", "string", "Stufe 3 (deutsch)", "Level 3 (German)", "Bedeutung der Stufe 3", "Meaning of level 3"),
            field("level0En", "string", "Stufe 0 (englisch)", "Level 0 (English)", "Bedeutung der Stufe 0", "Meaning of level 0"),
            field("level1En", "string", "Stufe 1 (englisch)", "Level 1 (English)", "Bedeutung der Stufe 1", "Meaning of level 1"),
            field("level2En", "string", "Stufe 2 (englisch)", "Level 2 (English)", "Bedeutung der Stufe 2", "Meaning of level 2"),
            field("level3En", "string", "Stufe 3 (englisch)", "Level 3 (English)", "Bedeutung der Stufe 3", "Meaning of level 3"));

    /** The ZIP: datapackage.json first, then the tables. {@code json} writes a value as JSON. */
    static byte[] zip(Release release, List<InstrumentRow> instruments, List<ComponentRow> components, List<SourceRow> sources,
                      List<RatingRow> ratings, Catalog catalog, Function<Object, byte[]> json) {
        Set<Long> ids = instruments.stream().map(InstrumentRow::id).collect(Collectors.toSet());
        Map<Long, List<String>> componentsOf = new HashMap<>();
        components.forEach(c -> componentsOf.computeIfAbsent(c.agreementId(), k -> new ArrayList<>()).add(c.component()));

        List<List<String>> instrumentRows = new ArrayList<>();
        for (InstrumentRow a : instruments) {
            instrumentRows.add(Arrays.asList(str(a.id()), a.externalRef(), a.countryIso2(), a.countryNameDe(), a.countryNameEn(), a.type(),
                    a.titleDe(), a.titleEn(), a.titleOriginal(), a.summaryDe(), a.summaryEn(), a.partyLevel(), a.partyState(),
                    a.leadMinistry(), ministries(a.involvedMinistries()), a.status(), str(a.dateSigned()), str(a.dateInForce()),
                    str(a.dateEnd()), str(a.nextReviewDue()), String.join(LIST_SEPARATOR, componentsOf.getOrDefault(a.id(), List.of())),
                    str(a.textPublic()), a.digitalDataClauses(),
                    // A predecessor that is not published is not named: the reference would point nowhere.
                    a.predecessorId() != null && ids.contains(a.predecessorId()) ? str(a.predecessorId()) : null));
        }
        List<List<String>> sourceRows = sources.stream().map(s -> Arrays.asList(str(s.agreementId()), str(s.position()), s.field(),
                s.url(), s.title(), str(s.accessedOn()))).toList();
        List<List<String>> ratingRows = ratings.stream().map(r -> Arrays.asList(str(r.agreementId()), r.criterionCode(),
                str(r.catalogVersionId()), str(r.level()), str(r.notApplicable()), r.notApplicableReason(), r.evidenceReference(),
                r.evidenceQuote(), r.evidenceSource(), str(r.evidenceAsOf()), r.confidence(), str(r.approvedOn()))).toList();
        List<List<String>> criterionRows = catalog.criteria().stream().map(c -> Arrays.asList(c.id(), c.group(), str(c.core()),
                str(c.retired()), c.nameDe(), c.nameEn(), c.questionDe(), c.questionEn(), c.scaleDe().get(0), c.scaleDe().get(1),
                c.scaleDe().get(2), c.scaleDe().get(3), c.scaleEn().get(0), c.scaleEn().get(1), c.scaleEn().get(2), c.scaleEn().get(3))).toList();

        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "partnerschaftsmonitor");
        descriptor.put("id", UUID.randomUUID().toString());
        descriptor.put("title", "Partnerschaftsmonitor: Migrationspartnerschaften und ihre Klauseln zu digitalen Daten");
        descriptor.put("titleEn", "Partnerschaftsmonitor: migration partnerships and their clauses on digital data");
        descriptor.put("description", "Die öffentlichen Instrumente der Migrationspartnerschaften der Bundesregierung, ihre Quellen "
                + "und ihre freigegebenen Bewertungen nach dem Kriterienkatalog. Ohne interne Angaben (Personen, Referate, Kommentare) "
                + "und ohne Bewertungen aus eingestuften Quellen.");
        descriptor.put("descriptionEn", "The public instruments of the Federal Government's migration partnerships, their sources and "
                + "their approved ratings against the criteria catalogue. Without internal data (persons, desks, comments) and without "
                + "ratings from classified sources.");
        descriptor.put("version", release.releasedOn().toString());
        descriptor.put("created", release.createdAt().toString());
        descriptor.put("releaseDate", release.releasedOn().toString());
        descriptor.put("catalogueVersion", Map.of("id", release.catalogVersionId(), "label", release.catalogLabel()));
        descriptor.put("languages", List.of("de", "en"));
        descriptor.put("resources", List.of(
                resource("instruments", "Instrumente", "Instruments", INSTRUMENT_FIELDS, List.of("id"), List.of(
                        foreignKey("predecessorId", "", "id"))),
                resource("sources", "Quellen der Instrumente", "Sources of the instruments", SOURCE_FIELDS,
                        List.of("instrumentId", "position"), List.of(foreignKey("instrumentId", "instruments", "id"))),
                resource("ratings", "Freigegebene Bewertungen", "Approved ratings", RATING_FIELDS,
                        List.of("instrumentId", "criterionCode"), List.of(foreignKey("instrumentId", "instruments", "id"))),
                resource("criteria", "Kriterien der Katalogversion " + release.catalogLabel(),
                        "Criteria of catalogue version " + release.catalogLabel(), CRITERION_FIELDS, List.of("code"), List.of())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "datapackage.json", json.apply(descriptor));
            entry(zip, "instruments.csv", csv(INSTRUMENT_FIELDS, instrumentRows));
            entry(zip, "sources.csv", csv(SOURCE_FIELDS, sourceRows));
            entry(zip, "ratings.csv", csv(RATING_FIELDS, ratingRows));
            entry(zip, "criteria.csv", csv(CRITERION_FIELDS, criterionRows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> resource(String name, String titleDe, String titleEn, List<Field> fields, List<String> primaryKey,
                                                List<Map<String, Object>> foreignKeys) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields.stream().map(OpenDataPackage::fieldDescriptor).toList());
        schema.put("primaryKey", primaryKey);
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys);
        }
        schema.put("missingValues", List.of(""));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", name + ".csv");
        r.put("profile", "tabular-data-resource");
        r.put("title", titleDe);
        r.put("titleEn", titleEn);
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("dialect", Map.of("delimiter", ",", "quoteChar", "\"", "header", true));
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> fieldDescriptor(Field f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", f.name());
        d.put("type", f.type());
        if (f.type().equals("date")) {
            d.put("format", "default");
        }
        d.put("title", f.titleDe());
        d.put("titleEn", f.titleEn());
        d.put("description", f.descriptionDe());
        d.put("descriptionEn", f.descriptionEn());
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (f.required()) {
            constraints.put("required", true);
        }
        if (!f.values().isEmpty() && !f.list()) {
            constraints.put("enum", f.values().stream().map(Enum::name).toList());
        }
        if (!constraints.isEmpty()) {
            d.put("constraints", constraints);
        }
        if (!f.values().isEmpty()) {
            d.put("categories", f.values().stream().map(v -> Map.of("value", v.name(), "label", word(v, Locale.GERMAN),
                    "labelEn", word(v, Locale.ENGLISH))).toList());
        }
        return d;
    }

    private static String word(Enum<?> value, Locale locale) {
        String[] own = OWN_WORDS.get(value);
        return own != null ? own["en".equals(locale.getLanguage()) ? 1 : 0] : AgreementWords.word(value, locale);
    }

    private static Map<String, Object> foreignKey(String field, String resource, String referenced) {
        return Map.of("fields", field, "reference", Map.of("resource", resource, "fields", referenced));
    }

    private static byte[] csv(List<Field> fields, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(fields.stream().map(Field::name).toList(), ','));
        rows.forEach(r -> out.append(Csv.line(r, ',')));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** The ministries' JSON array ({@code ["BMI","AA"]}) as the package's list form. */
    @Nullable
    static String ministries(@Nullable String json) {
        if (json == null) {
            return null;
        }
        return java.util.regex.Pattern.compile("[A-Za-z]+").matcher(json).results().map(java.util.regex.MatchResult::group)
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    @Nullable
    private static String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
