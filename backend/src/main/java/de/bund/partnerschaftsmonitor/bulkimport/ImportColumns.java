package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import de.bund.partnerschaftsmonitor.agreement.AgreementType;
import de.bund.partnerschaftsmonitor.agreement.AgreementWords;
import de.bund.partnerschaftsmonitor.agreement.Component;
import de.bund.partnerschaftsmonitor.agreement.Ministry;
import de.bund.partnerschaftsmonitor.agreement.PartyLevel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns the import reads and the template writes. A column is known by its API name ({@code dateInForce}) or
 * either language's label in the UI ({@code In Kraft seit}, {@code In force since}: {@link AgreementWords}); a value
 * by its code or either word.
 */
final class ImportColumns {

    enum Kind { TEXT, KEY, NUMBER, COUNTRY, TYPE, PARTY_LEVEL, STATUS, MINISTRY, MINISTRIES, COMPONENTS, DATE, BOOLEAN }

    record Column(String field, Kind kind) {
        String label(Locale locale) {
            return AgreementWords.label(field, locale);
        }
    }

    /** In the template's order; {@code id} and {@code version} are read (exports carry them) but not in the template. */
    static final List<Column> COLUMNS = List.of(
            new Column("externalRef", Kind.KEY),
            new Column("countryIso2", Kind.COUNTRY),
            new Column("type", Kind.TYPE),
            new Column("titleDe", Kind.TEXT),
            new Column("titleEn", Kind.TEXT),
            new Column("titleOriginal", Kind.TEXT),
            new Column("summaryDe", Kind.TEXT),
            new Column("summaryEn", Kind.TEXT),
            new Column("partyLevel", Kind.PARTY_LEVEL),
            new Column("partyState", Kind.COUNTRY),
            new Column("leadMinistry", Kind.MINISTRY),
            new Column("involvedMinistries", Kind.MINISTRIES),
            new Column("responsibleDesk", Kind.TEXT),
            new Column("status", Kind.STATUS),
            new Column("dateSigned", Kind.DATE),
            new Column("dateInForce", Kind.DATE),
            new Column("dateEnd", Kind.DATE),
            new Column("nextReviewDue", Kind.DATE),
            new Column("plannedDate", Kind.DATE),
            new Column("components", Kind.COMPONENTS),
            new Column("textPublic", Kind.BOOLEAN),
            new Column("digitalDataClauses", Kind.TEXT),
            new Column("predecessorId", Kind.NUMBER),
            new Column("id", Kind.NUMBER),
            new Column("version", Kind.NUMBER));

    static final Set<String> NOT_IN_TEMPLATE = Set.of("id", "version");

    /** Columns an export shows that the import cannot write (computed or kept elsewhere): read past, not refused. */
    private static final List<String> READ_ONLY = List.of("countryNameDe", "countryNameEn", "title", "summary", "predecessor", "successors",
            "sources", "archived", "createdAt", "updatedAt");

    private static final Map<String, Column> BY_HEADER = new LinkedHashMap<>();
    private static final Set<String> READ_ONLY_HEADERS;

    static {
        for (Column c : COLUMNS) {
            BY_HEADER.put(normal(c.field()), c);
            BY_HEADER.put(normal(c.label(Locale.GERMAN)), c);
            BY_HEADER.put(normal(c.label(Locale.ENGLISH)), c);
        }
        READ_ONLY_HEADERS = Set.copyOf(READ_ONLY.stream()
                .flatMap(f -> java.util.stream.Stream.of(f, AgreementWords.label(f, Locale.GERMAN), AgreementWords.label(f, Locale.ENGLISH)))
                .map(ImportColumns::normal).toList());
    }

    private ImportColumns() {
    }

    /** The column a header names, if the import writes it. */
    static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normal(header)));
    }

    /** A column of an export that the import cannot write (computed, or kept elsewhere): read past, not refused. */
    static boolean readOnly(String header) {
        return READ_ONLY_HEADERS.contains(normal(header));
    }

    static Column column(String field) {
        return COLUMNS.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    /** The word the UI shows for a code, in {@code locale}. */
    static String word(Kind kind, String code, Locale locale) {
        return switch (kind) {
            case TYPE -> AgreementWords.word(AgreementType.valueOf(code), locale);
            case STATUS -> AgreementWords.word(AgreementStatus.valueOf(code), locale);
            case COMPONENTS -> AgreementWords.word(Component.valueOf(code), locale);
            case PARTY_LEVEL -> AgreementWords.word(PartyLevel.valueOf(code), locale);
            default -> code;
        };
    }

    /** Every code a value column allows, in declaration order. */
    static List<String> codes(Kind kind) {
        Enum<?>[] values = switch (kind) {
            case TYPE -> AgreementType.values();
            case STATUS -> AgreementStatus.values();
            case COMPONENTS -> Component.values();
            case PARTY_LEVEL -> PartyLevel.values();
            case MINISTRY, MINISTRIES -> Ministry.values();
            default -> new Enum<?>[0];
        };
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * The code a cell means: the code itself or either language's word, in any case; a word's part before a
     * bracket or slash also counts ({@code Migrationsabkommen}). Unknown values come back unchanged, so that the
     * instrument rules name them exactly as the API would.
     */
    static String code(Kind kind, String value) {
        String v = normal(value);
        for (String code : codes(kind)) {
            if (normal(code).equals(v)) {
                return code;
            }
            String de = normal(word(kind, code, Locale.GERMAN));
            String en = normal(word(kind, code, Locale.ENGLISH));
            if (de.equals(v) || en.equals(v) || shortWord(de).equals(v) || shortWord(en).equals(v)) {
                return code;
            }
        }
        return value;
    }

    private static String shortWord(String word) {
        int cut = word.length();
        for (String mark : List.of(" (", " /")) {
            int at = word.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return word.substring(0, cut);
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s*\\*$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
