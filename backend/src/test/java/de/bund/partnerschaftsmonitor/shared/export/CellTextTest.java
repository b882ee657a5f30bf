package de.bund.partnerschaftsmonitor.shared.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @Test
    void shouldNeutraliseEveryCellAFormulaCouldStartWith() {
        assertThat(CellText.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CellText.neutralise("+1")).isEqualTo("'+1");
        assertThat(CellText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CellText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CellText.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void shouldLeaveOrdinaryTextAlone() {
        assertThat(CellText.neutralise("")).isEmpty();
        assertThat(CellText.neutralise("Abkommen = Vertrag")).isEqualTo("Abkommen = Vertrag");
        assertThat(CellText.neutralise("Über-Abkommen")).isEqualTo("Über-Abkommen");
        assertThat(CellText.neutralise("'=already")).isEqualTo("'=already");
    }

    @Test
    void shouldQuoteCsvFieldsOnlyWhenTheyNeedIt() {
        assertThat(CellText.csvField("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(CellText.csvField("a,b", ';')).isEqualTo("a,b");
        assertThat(CellText.csvField("a,b", ',')).isEqualTo("\"a,b\"");
        assertThat(CellText.csvField("say \"hi\"", ',')).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CellText.csvField("two\nlines", ',')).isEqualTo("\"two\nlines\"");
        assertThat(CellText.csvField("plain", ',')).isEqualTo("plain");
    }

    @Test
    void shouldReadEveryPageAndNoMore() throws IOException {
        List<Integer> all = IntStream.range(0, Exporter.CHUNK * 2 + 7).boxed().toList();
        List<Integer> asked = new ArrayList<>();
        Rows<Integer> rows = (number, size) -> {
            asked.add(number);
            return all.subList(Math.min(all.size(), number * size), Math.min(all.size(), (number + 1) * size));
        };
        ExportTable<Integer> table = ExportTable.of("agreements", Column.number("field.agreement.id", n -> n));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count;
        try (SheetWriter writer = Exporter.writer(ExportFormat.CSV, out, "x", Locale.GERMAN)) {
            count = Exporter.write(writer, table, rows, rows.page(0, Exporter.CHUNK), Locale.GERMAN);
            writer.finish();
        }
        assertThat(count).isEqualTo(all.size());
        assertThat(asked).containsExactly(0, 1, 2);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFID\r\n0\r\n1\r\n").endsWith("\r\n" + (all.size() - 1) + "\r\n");
    }

    @Test
    void shouldWriteGermanNumbersWithADecimalCommaAndEnglishWithAPoint() throws IOException {
        assertThat(csvOf(Locale.GERMAN, 62.5)).endsWith("62,5\r\n");
        assertThat(csvOf(Locale.ENGLISH, 62.5)).endsWith("62.5\r\n");
    }

    private static String csvOf(Locale locale, Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSheetWriter writer = new CsvSheetWriter(out, locale)) {
            writer.row(List.of(value));
            writer.finish();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
