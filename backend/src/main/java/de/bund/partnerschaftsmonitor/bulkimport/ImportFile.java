package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.csv.Csv;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.core.annotation.Nullable;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.tika.Tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded CSV or XLSX as a header and rows of cells, or a refusal of the whole file: its content must be what
 * its name says (checked with Tika's detector, not trusted from the name or the browser's content type).
 */
final class ImportFile {

    /** Data rows, header not counted: enough for the registry many times over, small enough for one transaction. */
    static final int MAX_ROWS = 5000;
    /** The server's request limit (application.yml) binds first; this guards callers that raise it. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Tika TIKA = new Tika();

    enum Format { CSV, XLSX }

    /** A cell as read: text, a date cell's date, or a formula (which the import refuses). */
    record Value(String text, @Nullable LocalDate date, boolean formula) {
        static final Value EMPTY = new Value("", null, false);

        boolean blank() {
            return date == null && !formula && text.isBlank();
        }
    }

    /** {@code number} is the row as a spreadsheet shows it: the header is row 1. */
    record Line(int number, List<Value> values) {
    }

    record Table(Format format, List<String> headers, List<Line> lines) {
    }

    private ImportFile() {
    }

    static Table read(@Nullable String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw refusal("import.file.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw refusal("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        // By content alone: a name hint would let Tika agree with a renamed file.
        String detected = TIKA.detect(bytes);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (!detected.startsWith("text/")) {
                throw refusal("import.file.mismatch");
            }
            return csv(bytes);
        }
        if (name.endsWith(".xlsx")) {
            if (detected.equals("application/x-tika-ooxml-protected") || detected.equals("application/x-tika-msoffice")
                    && looksEncrypted(bytes)) {
                throw refusal("import.file.encrypted");
            }
            if (detected.equals(XLSX) || detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")) {
                return xlsx(bytes);
            }
            throw refusal("import.file.mismatch");
        }
        throw refusal("import.file.type");
    }

    private static boolean looksEncrypted(byte[] bytes) {
        // An encrypted OOXML file is an OLE2 container holding an "EncryptedPackage" stream (UTF-16 name).
        return new String(bytes, StandardCharsets.UTF_16LE).contains("EncryptedPackage");
    }

    private static Table csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refusal("import.file.encoding");
        }
        List<List<String>> records;
        try {
            String body = text.startsWith(Csv.BOM) ? text.substring(1) : text;
            records = Csv.parse(body, Csv.detectDelimiter(body), MAX_ROWS + 2);
        } catch (IllegalArgumentException e) {
            throw refusal("import.file.unreadable");
        }
        if (records.isEmpty()) {
            throw refusal("import.file.empty");
        }
        if (records.size() > MAX_ROWS + 1) {
            throw refusal("import.rows.tooMany", MAX_ROWS);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            lines.add(new Line(i + 1, records.get(i).stream().map(t -> new Value(t, null, false)).toList()));
        }
        return new Table(Format.CSV, records.get(0), lines);
    }

    private static Table xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refusal("import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw refusal("import.rows.tooMany", MAX_ROWS);
            }
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw refusal("import.file.empty");
            }
            List<String> headers = values(header).stream().map(v -> v.date() != null ? v.date().toString() : v.text()).toList();
            List<Line> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                lines.add(new Line(r + 1, row == null ? List.of() : values(row)));
            }
            return new Table(Format.XLSX, headers, lines);
        } catch (EncryptedDocumentException e) {
            throw refusal("import.file.encrypted");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's answers to a damaged or foreign file are many (NotOfficeXmlFileException, POIXMLException, ...).
            throw refusal("import.file.unreadable");
        }
    }

    private static List<Value> values(Row row) {
        List<Value> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            values.add(value(row.getCell(c)));
        }
        return values;
    }

    private static Value value(@Nullable Cell cell) {
        if (cell == null) {
            return Value.EMPTY;
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case FORMULA -> new Value(cell.getCellFormula(), null, true);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Value("", cell.getLocalDateTimeCellValue().toLocalDate(), false)
                    : new Value(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString(), null, false);
            case STRING -> new Value(cell.getStringCellValue(), null, false);
            case BOOLEAN -> new Value(String.valueOf(cell.getBooleanCellValue()), null, false);
            default -> Value.EMPTY;
        };
    }

    static InvalidInputException refusal(String code, Object... args) {
        return new InvalidInputException(List.of(new FieldError("file", code, Messages.text(code, args))));
    }
}
