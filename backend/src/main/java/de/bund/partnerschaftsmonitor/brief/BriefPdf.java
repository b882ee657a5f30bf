package de.bund.partnerschaftsmonitor.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;

/**
 * HTML to PDF with openhtmltopdf on PDFBox: fonts embedded (DejaVu Sans Condensed, bundled with its licence), tagged
 * for screen readers (PDF/UA mode: structure tree, document title shown, language), and always exactly one page:
 * should a page overflow the layout's estimate, the page is composed again with fewer lines.
 */
final class BriefPdf {

    private static final Logger LOG = LoggerFactory.getLogger(BriefPdf.class);
    static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");
    // 6 mm, about one table row, less per attempt.
    private static final int STEP = 60;
    private static final int ATTEMPTS = 10;

    static {
        XRLog.setLoggingEnabled(false);
    }

    private BriefPdf() {
    }

    /** Renders the page that {@code html} composes for a height budget, with less height until it is one page. */
    static byte[] onePage(int units, IntFunction<String> html) {
        int budget = units;
        for (int attempt = 1; ; attempt++) {
            byte[] pdf = render(html.apply(budget));
            int pages = pages(pdf);
            if (pages == 1 || attempt == ATTEMPTS) {
                if (pages != 1) {
                    LOG.warn("Brief has {} pages after {} attempts", pages, attempt);
                }
                return pdf;
            }
            LOG.debug("Brief for {} units ran to {} pages; composing for fewer", budget, pages);
            budget -= STEP;
        }
    }

    static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Partnerschaftsmonitor");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = BriefPdf.class.getResourceAsStream("/brief/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
