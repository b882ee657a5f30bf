package de.bund.partnerschaftsmonitor.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files of every accepted format, and hostile ones, made in the test so their content is known exactly. */
final class TestFiles {

    static final List<String> TREATY = List.of(
            "Abkommen zwischen Deutschland und Musterland (fiktiv)",
            "Artikel 1",
            "Gegenstand",
            "Dieses Abkommen regelt die Zusammenarbeit.",
            "Artikel 7",
            "Datenschutz",
            "(1) Personenbezogene Daten werden nur zweckgebunden verarbeitet.",
            "(2) Eine unabhängige Aufsichtsbehörde überwacht die Verarbeitung.");

    private TestFiles() {
    }

    static byte[] pdf(List<String> lines, int pages) {
        try {
            return DocumentWarmUp.pdf(lines, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scan": a page with a drawn shape and no text. */
    static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 300, 300);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Geheim");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal OpenDocument text, written as the zip it is (mimetype first and stored). */
    static byte[] odt(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body).strip();
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.strip();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] html(List<String> lines) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><title>Abkommen</title>"
                + "<script>fetch('https://example.org/x')</script><link rel=\"stylesheet\" href=\"https://example.org/s.css\"></head><body>");
        for (String line : lines) {
            sb.append("<p>").append(line).append("</p>\n");
        }
        return sb.append("<img src=\"https://example.org/tracker.png\"></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A DOCX-looking zip whose one entry inflates to more than the limit (about 100 KB on the wire). */
    static byte[] zipBomb() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with more entries than allowed. */
    static byte[] manyEntries() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= TextExtractor.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".xml"));
                zip.write('x');
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
