package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.shared.warmup.WarmUp;
import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Reads a two-page PDF made here (PDFBox) as an upload is read: Tika's type detection and PDF parser, then the structure. */
@Singleton
class DocumentWarmUp implements WarmUp {

    private static final List<String> LINES = List.of("Artikel 1", "Datenschutz", "(1) Personenbezogene Daten werden geschützt.",
            "Artikel 2", "Überprüfung", "(1) Die Vertragsparteien überprüfen dieses Abkommen.");

    private final TextExtractor extractor;

    DocumentWarmUp(TextExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "PDF upload";
    }

    @Override
    public void run() throws IOException {
        String text = extractor.extract(pdf(LINES, 2), "probe.pdf").text();
        StructureParser.parse(text, "de");
    }

    /** A text PDF of {@code pages} pages with these lines each (Helvetica); the document tests make theirs here too. */
    static byte[] pdf(List<String> lines, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 740);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
