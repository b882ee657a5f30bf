package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.bulkimport.ImportColumns.Column;
import de.bund.partnerschaftsmonitor.bulkimport.ImportColumns.Kind;
import de.bund.partnerschaftsmonitor.shared.csv.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file to fill in: the header in the user's language and one example row, which begins with {@code #} and is
 * therefore never imported. The XLSX has a second sheet with every allowed value and what each column takes.
 */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static List<Column> columns() {
        return ImportColumns.COLUMNS.stream().filter(c -> !ImportColumns.NOT_IN_TEMPLATE.contains(c.field())).toList();
    }

    static String fileName(String format, Locale locale) {
        return (en(locale) ? "import-template-instruments." : "importvorlage-instrumente.") + format;
    }

    /** The example row's values by field, as text; dates as dates. */
    private static Map<String, Object> example(Locale locale) {
        boolean en = en(locale);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("externalRef", en ? "#EXAMPLE-001" : "#BEISPIEL-001");
        v.put("countryIso2", "NZ");
        v.put("type", ImportColumns.word(Kind.TYPE, "MOU", locale));
        v.put("titleDe", "Beispiel: Absichtserklärung über Fachkräftemobilität");
        v.put("titleEn", "Example: declaration of intent on skilled labour mobility");
        v.put("summaryDe", "Beispielzeile: Zeilen, deren erste Zelle mit # beginnt, werden nicht importiert.");
        v.put("summaryEn", "Example row: rows whose first cell begins with # are not imported.");
        v.put("partyLevel", ImportColumns.word(Kind.PARTY_LEVEL, "DE_BILATERAL", locale));
        v.put("leadMinistry", "BMAS");
        v.put("involvedMinistries", "BMI, AA");
        v.put("status", ImportColumns.word(Kind.STATUS, "SIGNED", locale));
        v.put("dateSigned", LocalDate.of(2025, 3, 1));
        v.put("nextReviewDue", LocalDate.of(2027, 3, 1));
        v.put("components", ImportColumns.word(Kind.COMPONENTS, "SKILLED_LABOUR", locale) + ", "
                + ImportColumns.word(Kind.COMPONENTS, "VISA_FACILITATION", locale));
        v.put("textPublic", en ? "No" : "Nein");
        return v;
    }

    static byte[] csv(Locale locale) {
        // Excel reads semicolons in German settings and commas in English ones.
        char delimiter = en(locale) ? ',' : ';';
        Map<String, Object> example = example(locale);
        StringBuilder out = new StringBuilder(Csv.BOM);
        out.append(Csv.line(columns().stream().map(c -> c.label(locale)).toList(), delimiter));
        List<String> row = new ArrayList<>();
        for (Column c : columns()) {
            Object v = example.get(c.field());
            row.add(v instanceof LocalDate d ? (en(locale) ? d.toString() : String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
                    : v == null ? "" : v.toString());
        }
        out.append(Csv.line(row, delimiter));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(en(locale) ? "yyyy-mm-dd" : "dd.mm.yyyy"));
            Sheet sheet = wb.createSheet(en(locale) ? "Instruments" : "Instrumente");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            Map<String, Object> values = example(locale);
            List<Column> columns = columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).label(locale));
                header.getCell(i).setCellStyle(bold);
                Object v = values.get(columns.get(i).field());
                if (v instanceof LocalDate d) {
                    example.createCell(i).setCellValue(d);
                    example.getCell(i).setCellStyle(date);
                } else if (v != null) {
                    example.createCell(i).setCellValue(v.toString());
                }
                sheet.setColumnWidth(i, 24 * 256);
            }
            sheet.createFreezePane(0, 1);
            allowedValues(wb.createSheet(en(locale) ? "Allowed values" : "Zulässige Werte"), bold, locale);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void allowedValues(Sheet sheet, CellStyle bold, Locale locale) {
        boolean en = en(locale);
        int r = 0;
        Row head = sheet.createRow(r++);
        String[] titles = en ? new String[] {"Column", "Allowed value", "Code (also accepted)"}
                : new String[] {"Spalte", "Zulässiger Wert", "Kennung (auch zulässig)"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(bold);
        }
        sheet.createRow(r++).createCell(0).setCellValue(en
                ? "Rows whose first cell begins with # are not imported (the example row). A column left out keeps its values; an empty cell empties the field."
                : "Zeilen, deren erste Zelle mit # beginnt, werden nicht importiert (die Beispielzeile). Eine fehlende Spalte lässt die Werte unverändert; eine leere Zelle leert das Feld.");
        for (Column c : columns()) {
            List<String> codes = ImportColumns.codes(c.kind());
            if (codes.isEmpty()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.label(locale));
                row.createCell(1).setCellValue(hint(c.kind(), en) + (c.field().equals("plannedDate")
                        ? (en ? "; only while planned or under negotiation" : "; nur solange geplant oder in Verhandlung") : ""));
                continue;
            }
            for (String code : codes) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.label(locale));
                row.createCell(1).setCellValue(ImportColumns.word(c.kind(), code, locale));
                row.createCell(2).setCellValue(code);
            }
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 28 * 256);
    }

    private static String hint(Kind kind, boolean en) {
        return switch (kind) {
            case KEY -> en ? "Required; unique, at most 40 characters: identifies the instrument on the next import"
                    : "Pflichtangabe; eindeutig, höchstens 40 Zeichen: erkennt das Instrument beim nächsten Import wieder";
            case COUNTRY -> en ? "ISO 3166-1 code (KE) or the country's name" : "ISO-3166-1-Code (KE) oder der Name des Landes";
            case DATE -> en ? "Date (2025-03-01 or 01.03.2025)" : "Datum (01.03.2025 oder 2025-03-01)";
            case BOOLEAN -> en ? "Yes or No" : "Ja oder Nein";
            case NUMBER -> en ? "Number (the instrument's ID)" : "Zahl (die ID des Instruments)";
            default -> en ? "Text" : "Text";
        };
    }

    private static boolean en(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
