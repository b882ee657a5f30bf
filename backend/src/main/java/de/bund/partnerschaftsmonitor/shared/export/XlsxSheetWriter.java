package de.bund.partnerschaftsmonitor.shared.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Apache POI's streaming writer: only the last {@value #WINDOW} rows stay in memory, older ones go to a temporary
 * file that is deleted when the workbook is closed. Dates are date cells with a date format, numbers are numbers.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle heading;
    private int rowIndex;

    XlsxSheetWriter(OutputStream out, String sheetName, Locale locale) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        var formats = workbook.createDataFormat();
        this.date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(german ? "dd.mm.yyyy" : "yyyy-mm-dd"));
        this.dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm"));
        this.heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
    }

    @Override
    public void header(List<String> labels) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(heading);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTime);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose();
            out.close();
        }
    }
}
