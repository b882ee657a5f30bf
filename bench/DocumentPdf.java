import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.File;

/**
 * Writes a synthetic treaty PDF with a text layer (clearly marked, never a real text): PAGES pages of about 45 lines,
 * two articles with paragraphs per page. Run as a single-file program with PDFBox on the class path (document-upload.sh).
 */
public class DocumentPdf {
    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[1]);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int article = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(15);
                    cs.newLineAtOffset(50, 750);
                    cs.showText("[SYNTHETISCH] Benchmark-Abkommen, Seite " + (p + 1));
                    cs.newLine();
                    for (int a = 0; a < 2; a++) {
                        article++;
                        cs.showText("Artikel " + article);
                        cs.newLine();
                        cs.showText("Synthetische Bestimmung " + article);
                        cs.newLine();
                        for (int para = 1; para <= 5; para++) {
                            for (int line = 0; line < 4; line++) {
                                cs.showText((line == 0 ? "(" + para + ") " : "") + "Die Vertragsparteien verarbeiten personenbezogene Daten zweckgebunden "
                                        + "und sehen eine unabhaengige Aufsicht vor.");
                                cs.newLine();
                            }
                        }
                    }
                    cs.endText();
                }
            }
            doc.save(new File(args[0]));
        }
    }
}
