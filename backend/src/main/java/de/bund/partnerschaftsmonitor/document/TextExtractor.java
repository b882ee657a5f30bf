package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the text of an uploaded file, deciding its type by its bytes. Safety by construction: only five parsers
 * are ever called, chosen here by the detected type (no AutoDetectParser, so no external, OCR or scripting parser
 * can be reached); embedded documents and images are never parsed; PDF actions and JavaScript are not run, and
 * nothing is fetched. Zip containers (DOCX, ODT) are inflated once with hard limits before any parser sees them.
 */
@Singleton
class TextExtractor {

    /** Largest original accepted (bytes); see README "Documents" for why 15 MB. */
    static final int MAX_BYTES = 15 * 1024 * 1024;
    /** Largest sum of a zip container's inflated entries, and most entries. */
    static final long MAX_UNZIPPED = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    /** Most characters of text kept from one file; more is refused rather than cut. */
    static final int MAX_CHARS = 10_000_000;

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String TEXT = "text/plain";

    /** File-name extensions each accepted type may carry; a file named otherwise is refused as disguised. */
    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF, Set.of("pdf"),
            DOCX, Set.of("docx"),
            ODT, Set.of("odt"),
            HTML, Set.of("html", "htm", "xhtml"),
            XHTML, Set.of("html", "htm", "xhtml"),
            TEXT, Set.of("txt", "text", "md"));

    record Extracted(String mediaType, String text) {
    }

    private final Detector detector = new DefaultDetector();

    /** The file's type and text; {@link DocumentRefusedException} when it is not one we read or it is unreadable. */
    Extracted extract(byte[] bytes, @Nullable String fileName) {
        if (bytes.length == 0) {
            throw DocumentRefusedException.badRequest("document.file.empty", "file");
        }
        if (bytes.length > MAX_BYTES) {
            throw DocumentRefusedException.tooLarge();
        }
        if (isZip(bytes)) {
            checkZip(bytes);
        }
        String type = detect(bytes);
        if (!EXTENSIONS.containsKey(type)) {
            throw encryptedType(type) ? DocumentRefusedException.badRequest("document.file.encrypted", "file")
                    : DocumentRefusedException.unsupported("document.file.type");
        }
        String extension = extension(fileName);
        if (extension != null && !EXTENSIONS.get(type).contains(extension)) {
            throw DocumentRefusedException.unsupported("document.file.typeMismatch");
        }
        String text = switch (type) {
            case TEXT -> decodeText(bytes);
            case PDF -> parse(bytes, new PDFParser(), type);
            case DOCX -> parse(bytes, new OOXMLParser(), type);
            case ODT -> parse(bytes, new OpenDocumentParser(), type);
            default -> parse(bytes, new JSoupParser(), type);
        };
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            throw DocumentRefusedException.badRequest(type.equals(PDF) ? "document.file.noText" : "document.file.empty", "file");
        }
        return new Extracted(type.equals(XHTML) ? HTML : type, cleaned);
    }

    private String detect(byte[] bytes) {
        // No resource name in the metadata: the type comes from the bytes alone.
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw DocumentRefusedException.badRequest("document.file.unreadable", "file");
        }
    }

    private static boolean encryptedType(String type) {
        // Password-protected Office files are OLE containers holding an encrypted package.
        return type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-msoffice-encrypted");
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractInlineImages(false);
        config.setExtractUniqueInlineImagesOnly(true);
        config.setExtractAnnotationText(false);
        config.setExtractActions(false);
        config.setExtractAcroFormContent(false);
        config.setExtractBookmarksText(false);
        config.setExtractIncrementalUpdateInfo(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setSortByPosition(true);
        return config;
    }

    private static String parse(byte[] bytes, Parser parser, String type) {
        ContentHandler handler = new BodyContentHandler(MAX_CHARS);
        ParseContext context = new ParseContext();
        // Embedded files, images and objects are neither parsed nor opened.
        context.set(Parser.class, new EmptyParser());
        context.set(EmbeddedDocumentExtractor.class, new NoEmbedded());
        if (parser instanceof PDFParser) {
            context.set(PDFParserConfig.class, pdfConfig());
        }
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw DocumentRefusedException.badRequest("document.file.encrypted", "file");
        } catch (WriteLimitReachedException e) {
            throw DocumentRefusedException.tooLarge();
        } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw DocumentRefusedException.tooLarge();
            }
            if (isEncrypted(e)) {
                throw DocumentRefusedException.badRequest("document.file.encrypted", "file");
            }
            throw DocumentRefusedException.badRequest("document.file.unreadable", "file");
        }
        return handler.toString();
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return true;
            }
        }
        return false;
    }

    /** Plain text: UTF-8 when it is valid UTF-8 (BOM dropped), else Windows-1252, the usual office export. */
    static String decodeText(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Control characters other than line breaks and tabs go (a database column cannot hold NUL), spaces stay. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        // Browsers send a textarea's line breaks as CRLF: one break, not two.
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || cp == '\f' || cp >= 0x20 && cp != 0x7F && cp != 0xFFFE && cp != 0xFFFF
                    && !(cp >= 0x80 && cp < 0xA0)) {
                sb.appendCodePoint(cp == 0xA0 ? ' ' : cp);
            } else if (cp == '\r') {
                sb.append('\n');
            }
        });
        return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** Inflates every entry once, counting, and stops at the first limit: no parser meets a zip bomb. */
    static void checkZip(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw DocumentRefusedException.badRequest("document.file.archiveTooLarge", "file");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.equals("meta-inf/manifest.xml")) {
                    String manifest = new String(zip.readNBytes((int) Math.min(MAX_UNZIPPED - total, 1024 * 1024)), StandardCharsets.UTF_8);
                    total += manifest.length();
                    if (manifest.contains("encryption-data")) {
                        throw DocumentRefusedException.badRequest("document.file.encrypted", "file");
                    }
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED) {
                        throw DocumentRefusedException.badRequest("document.file.archiveTooLarge", "file");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DocumentRefusedException.badRequest("document.file.unreadable", "file");
        }
    }

    @Nullable
    static String extension(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Hands embedded content to nobody. */
    private static final class NoEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    }
}
