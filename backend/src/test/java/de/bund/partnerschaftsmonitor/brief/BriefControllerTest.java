package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The briefs over real HTTP against the real database, checked on the PDF itself with PDFBox: one A4 page, fonts
 * embedded, tagged with title and language, the scorecard's numbers and texts, the markings, the cuts.
 * Each test has its own country.
 */
@MicronautTest(transactional = false)
class BriefControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    /** A checked PDF: its text and the document for further looks. */
    record Brief(HttpResponse<byte[]> response, String text, PDDocument doc) {
    }

    Brief brief(String uri, String... as) throws IOException {
        MutableHttpRequest<?> request = HttpRequest.GET(uri).accept("application/pdf");
        if (as.length > 0) {
            request.header(TestAuth.HEADER, as[0]);
        }
        HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/pdf"));
        byte[] bytes = response.body();
        Path out = Path.of("target", "briefs", uri.replaceAll("[^A-Za-z0-9]+", "_") + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        PDDocument doc = Loader.loadPDF(bytes);
        return new Brief(response, new PDFTextStripper().getText(doc), doc);
    }

    /** One page, A4, every font embedded, tagged, with a title and the language of the brief. */
    static void assertOneTaggedA4Page(PDDocument doc, String lang) throws IOException {
        assertThat(doc.getNumberOfPages()).isEqualTo(1);
        PDPage page = doc.getPage(0);
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
        PDResources resources = page.getResources();
        List<String> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSansCondensed"));
        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(lang);
        assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged (structure tree)").isNotNull();
        assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
        assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
        assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }

    private long agreement(String iso2, String type, String status, String title, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", iso2);
        body.put("type", type);
        body.put("titleDe", title);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", status);
        body.put("textPublic", true);
        body.putAll(extra);
        return ((Number) Api.send(client, HttpRequest.POST("/api/agreements", body)).get("id")).longValue();
    }

    private void rateApproved(long id, String criterion, int level) {
        String path = "/api/agreements/" + id + "/assessments/" + criterion;
        Map<String, Object> rated = Api.rate(client, id, criterion, Api.rating(level, null));
        Map<String, Object> submitted = Api.send(client, HttpRequest.POST(path + "/submit", Map.of("version", rated.get("version"))));
        String reviewer = "CAPACITY".equals(criterion) ? TestAuth.as("brief.devcoop", "DEVCOOP_REVIEWER") : TestAuth.as("brief.desk", "DESK_OFFICER");
        Api.send(client, HttpRequest.POST(path + "/approve", Map.of("version", submitted.get("version"))).header(TestAuth.HEADER, reviewer));
    }

    @Test
    void shouldAnswerOneTaggedA4PageWithTheScorecardsNumbersAndSources() throws IOException {
        long id = agreement("LS", "TREATY", "IN_FORCE", "Abkommen über Fachkräftemobilität mit Lesotho",
                Map.of("nextReviewDue", LocalDate.now().plusMonths(4).toString(), "dateEnd", "2031-06-30",
                        "sources", List.of(Map.of("url", "https://www.example.org/lesotho-abkommen.pdf", "title", "Bundesgesetzblatt"))));
        agreement("LS", "MOU", "NEGOTIATING", "Absichtserklärung zur Rückkehr (in Verhandlung)", Map.of());
        rateApproved(id, "DP-BASE", 2);
        rateApproved(id, "PURPOSE", 1);
        Map<String, Object> card = Api.get(client, "/api/countries/LS/scorecard");

        Brief brief = brief("/api/countries/LS/brief?lang=de", TestAuth.as("brief.lead", "LEADERSHIP"));
        assertOneTaggedA4Page(brief.doc(), "de");
        String text = brief.text();
        String score = BriefTexts.of("de").score(((Number) card.get("score")).doubleValue());
        assertThat(text).contains("Länderkurzbericht: Lesotho", "Länderwert", score, "von 100", "Abdeckung",
                "Datenschutz-Grundklausel", "Zweckbindung", "2 von 3", "1 von 3", "Abkommen über Fachkräftemobilität mit Lesotho",
                "Absichtserklärung zur Rückkehr", "In Verhandlung", "Nächste Fristen", "Überprüfung fällig", "Laufzeitende", "30.06.2031",
                "Lücken", "Quellen", "https://example.org/agreement.pdf", "Bundesgesetzblatt", "Stand der Belege", "15.01.2025",
                "Datenstand", "OFFEN", "/countries/LS/scorecard", "Es zählen nur freigegebene Bewertungen.");
        assertThat(text).doesNotContain("VS – NUR FÜR DEN DIENSTGEBRAUCH", "ENTWURF", "… und");
        // The four core criteria come first, in the catalogue's order.
        assertThat(text.indexOf("Datenschutz-Grundklausel")).isLessThan(text.indexOf("Zweckbindung"));
        assertThat(brief.doc().getDocumentInformation().getTitle()).isEqualTo("Länderkurzbericht Lesotho (LS)");
        assertThat(brief.response().getHeaders().get("Content-Disposition"))
                .matches("attachment; filename=\"laenderkurzbericht-LS-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
        assertThat(brief.response().getHeaders().get("X-Classification")).isEqualTo("OFFEN");

        Brief english = brief("/api/countries/LS/brief?lang=en");
        assertOneTaggedA4Page(english.doc(), "en");
        assertThat(english.text()).contains("Country brief: Lesotho", "Country score", "Data protection baseline", "2 of 3", "Next deadlines",
                "Review due", "Only approved ratings count.");
    }

    @Test
    void shouldStayOnOnePageAndSayHowManyMoreWithManyInstrumentsAndLongTexts() throws IOException {
        String longTitle = "Gemeinsame Absichtserklärung über eine umfassende Migrations- und Mobilitätspartnerschaft einschließlich "
                + "der Zusammenarbeit bei Rückkehr, Rückübernahme, Fachkräftegewinnung und Qualifizierung, Nummer ";
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String title = (longTitle + i + " " + "mit ausführlicher Beschreibung ".repeat(12)).substring(0, 480);
            List<Map<String, Object>> sources = List.of(Map.of("url", "https://www.auswaertiges-amt.de/" + "verzeichnis/".repeat(30) + i + ".pdf",
                    "title", "Quelle mit sehr langem Titel ".repeat(8).trim()));
            ids.add(agreement("SZ", i % 2 == 0 ? "TREATY" : "MOU", i < 25 ? "IN_FORCE" : "SIGNED", title,
                    Map.of("nextReviewDue", LocalDate.now().plusDays(10 + i).toString(), "sources", sources)));
        }
        rateApproved(ids.get(0), "DP-BASE", 3);
        rateApproved(ids.get(2), "PURPOSE", 2);

        Brief brief = brief("/api/countries/SZ/brief?lang=de");
        assertOneTaggedA4Page(brief.doc(), "de");
        assertThat(brief.text()).contains("Eswatini", "… und ", " weitere", "siehe vollständige Scorecard", "/countries/SZ/scorecard",
                "Datenschutz-Grundklausel", "3 von 3");

        Brief english = brief("/api/countries/SZ/brief?lang=en");
        assertOneTaggedA4Page(english.doc(), "en");
        assertThat(english.text()).containsPattern("… and \\d+ more").contains("see the full scorecard");
    }

    @Test
    void shouldMarkTheBriefClassifiedWhenAnIncludedRatingsEvidenceComesFromAClassifiedDocument() throws IOException {
        long id = agreement("KI", "TREATY", "IN_FORCE", "Abkommen mit Kiribati", Map.of());
        rateApproved(id, "DP-BASE", 2);
        assertThat(brief("/api/countries/KI/brief").text()).contains("OFFEN").doesNotContain("VS – NUR FÜR DEN DIENSTGEBRAUCH");

        sql.update("""
                INSERT INTO agreement_documents (agreement_id, kind, language, title, classification, media_type, size_bytes, sha256,
                                                 text_chars, uploaded_by, uploaded_at)
                VALUES (?, 'SUMMARY', 'de', 'Drahtbericht', 'VS_NFD', 'text/plain', 10, ?, 10, 'test', CURRENT_TIMESTAMP(6))""",
                id, "a".repeat(64));
        long document = sql.count("SELECT MAX(id) FROM agreement_documents WHERE agreement_id = ?", id);
        sql.update("UPDATE assessments SET evidence_document_id = ? WHERE agreement_id = ? AND criterion_code = 'DP-BASE'", document, id);

        Brief brief = brief("/api/countries/KI/brief");
        // Header and footer both carry the marking.
        assertThat(brief.text().split("VS – NUR FÜR DEN DIENSTGEBRAUCH", -1)).hasSize(3);
        assertThat(brief.text()).doesNotContain("OFFEN");
        assertThat(brief.response().getHeaders().get("X-Classification")).isEqualTo("VS_NFD");
        assertOneTaggedA4Page(brief.doc(), "de");
    }

    @Test
    void shouldWriteDraftAcrossTheBriefOnlyWhenUnapprovedRatingsAreIncluded() throws IOException {
        long id = agreement("PW", "TREATY", "IN_FORCE", "Abkommen mit Palau", Map.of());
        rateApproved(id, "DP-BASE", 1);
        Api.rate(client, id, "PURPOSE", Api.rating(3, null));

        Brief approved = brief("/api/countries/PW/brief");
        assertThat(approved.text()).doesNotContain("ENTWURF").doesNotContain("3 von 3").contains("Es zählen nur freigegebene Bewertungen.");
        Brief drafts = brief("/api/countries/PW/brief?includeDrafts=true");
        assertThat(drafts.text()).contains("ENTWURF", "3 von 3", "Enthält noch nicht freigegebene Bewertungen.");
        assertOneTaggedA4Page(drafts.doc(), "de");
        assertThat(brief("/api/countries/PW/brief?includeDrafts=true&lang=en").text()).contains("DRAFT");
    }

    @Test
    void shouldAnswerABriefForACountryWithoutInstruments() throws IOException {
        Brief brief = brief("/api/countries/MH/brief");
        assertOneTaggedA4Page(brief.doc(), "de");
        assertThat(brief.text()).contains("Marshallinseln", "nicht bewertet", "Für dieses Land sind keine Instrumente erfasst.",
                "Keine Fristen erfasst.", "Keine Quellen erfasst.", "OFFEN");
    }

    @Test
    void shouldRefuseUnknownCountriesBadLanguagesAndStrangers() {
        Map<String, Object> unknown = Api.problem(client, HttpRequest.GET("/api/countries/QQ/brief"), 404);
        assertThat(unknown).containsEntry("code", "country.notFound");
        Map<String, Object> lang = Api.problem(client, HttpRequest.GET("/api/countries/LS/brief?lang=fr"), 400);
        assertThat(Api.fields(lang)).containsExactly("lang");
        Map<String, Object> profile = Api.problem(client, HttpRequest.GET("/api/countries/LS/brief?profile=NO-SUCH"), 400);
        assertThat(Api.fields(profile)).containsExactly("profile");
        Api.problem(client, HttpRequest.GET("/api/countries/LS/brief").header(TestAuth.HEADER, TestAuth.ANONYMOUS), 401);

        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS"), 400))).containsExactly("countries");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS,LS"), 400))).containsExactly("countries");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS,SZ,KI,PW"), 400))).containsExactly("countries");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS,QQ"), 400))).containsExactly("countries");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief"), 400))).containsExactly("countries");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS,SZ&lang=xx"), 400))).containsExactly("lang");
        Api.problem(client, HttpRequest.GET("/api/compare/brief?countries=LS,SZ").header(TestAuth.HEADER, TestAuth.ANONYMOUS), 401);
    }

    @Test
    void shouldRecordEveryDownloadInTheAuditTrail() throws IOException {
        long before = sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'DOWNLOAD_BRIEF' AND entity_type = 'country' AND entity_id = 'MH'"
                + " AND actor = 'brief.auditor'");
        brief("/api/countries/MH/brief?lang=en", TestAuth.as("brief.auditor", "DEVCOOP_REVIEWER"));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'DOWNLOAD_BRIEF' AND entity_type = 'country' AND entity_id = 'MH'"
                + " AND actor = 'brief.auditor'")).isEqualTo(before + 1);
        Api.problem(client, HttpRequest.GET("/api/countries/MH/brief?lang=xx").header(TestAuth.HEADER, TestAuth.as("brief.auditor", "LEADERSHIP")), 400);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'DOWNLOAD_BRIEF' AND actor = 'brief.auditor'")).isEqualTo(before + 1);

        brief("/api/compare/brief?countries=MH,KM", TestAuth.as("brief.auditor", "LEADERSHIP"));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'DOWNLOAD_BRIEF' AND entity_type = 'comparison'"
                + " AND entity_id = 'MH,KM' AND actor = 'brief.auditor'")).isEqualTo(1);
    }

    @Test
    void shouldCompareTwoOrThreeCountriesOnOnePage() throws IOException {
        long id = agreement("CV", "TREATY", "IN_FORCE", "Vergleichsabkommen Cabo Verde", Map.of());
        rateApproved(id, "INDEP-OVERSIGHT", 2);
        agreement("ST", "MOU", "IN_FORCE", "Absichtserklärung São Tomé und Príncipe", Map.of());
        Brief two = brief("/api/compare/brief?countries=CV,ST&lang=de");
        assertOneTaggedA4Page(two.doc(), "de");
        assertThat(two.text()).contains("Ländervergleich", "Cabo Verde", "São Tomé und Príncipe", "Länderwert", "Unabhängige Aufsicht",
                "2 von 3", "Vergleichsabkommen Cabo Verde", "/countries/CV/scorecard", "/countries/ST/scorecard",
                "/compare?countries=CV,ST", "OFFEN");
        assertThat(two.response().getHeaders().get("Content-Disposition")).contains("laendervergleich-CV-ST-");

        Brief three = brief("/api/compare/brief?countries=cv,st,gq&lang=en");
        assertOneTaggedA4Page(three.doc(), "en");
        assertThat(three.text()).contains("Country comparison", "Cabo Verde", "São Tomé and Príncipe", "Equatorial Guinea", "Independent oversight");
    }
}
