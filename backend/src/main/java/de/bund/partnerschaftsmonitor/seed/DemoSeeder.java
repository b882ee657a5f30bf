package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.agreement.AgreementFacts;
import de.bund.partnerschaftsmonitor.agreement.AgreementRequest;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import de.bund.partnerschaftsmonitor.assessment.AssessmentRequest;
import de.bund.partnerschaftsmonitor.assessment.AssessmentService;
import de.bund.partnerschaftsmonitor.assessment.Reviewer;
import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.country.Region;
import de.bund.partnerschaftsmonitor.shared.security.Role;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo that shows the product: a fictitious partner country, Musterland (user-assigned code QM, flagged fictitious),
 * with three instruments, one of each form, whose German and English texts live in {@code seed/demo/musterland/}, rated
 * from those texts by the demo desk officer and approved by a second demo account through the four-eyes review, like
 * any rating. Only with the demo seed ({@code PM_SEED}); idempotent by external reference and criterion.
 */
@Singleton
@Requires(property = "pm.seed.enabled", value = "true", defaultValue = "true")
public class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    static final String DIR = "seed/demo/musterland/";
    static final String ACTOR = SeedLoader.ACTOR;
    /** The demo accounts of AccountBootstrap: the author, and the reviewers the four-eyes rules ask for. */
    static final String AUTHOR = "desk.officer";
    static final Reviewer DESK_REVIEWER = new Reviewer("desk.officer2", Set.of(Role.DESK_OFFICER.name()));
    static final Reviewer DEVCOOP_REVIEWER = new Reviewer("devcoop.reviewer", Set.of(Role.DEVCOOP_REVIEWER.name()));

    private final CountryService countries;
    private final AgreementService agreements;
    private final AssessmentService assessments;
    private final BeanProvider<DemoDocumentSink> documents;
    private final JsonMapper json;

    DemoSeeder(CountryService countries, AgreementService agreements, AssessmentService assessments,
               BeanProvider<DemoDocumentSink> documents, JsonMapper json) {
        this.countries = countries;
        this.agreements = agreements;
        this.assessments = assessments;
        this.documents = documents;
        this.json = json;
    }

    @Serdeable
    record DemoCountry(String iso2, String iso3, String nameDe, String nameEn, String region) {
    }

    @Serdeable
    record Demo(DemoCountry country, List<SeedLoader.SeedAgreement> instruments) {
    }

    /** One text of an instrument (documents.json). */
    @Serdeable
    record DemoDocument(String externalRef, String file, String kind, String language, String versionDate, String title,
                        String classification) {
    }

    /** A rating taken from a text; {@code document} and {@code anchor} name the passage the quote comes from. */
    @Serdeable
    record DemoRating(String externalRef, String criterionId, @Nullable Integer level, @Nullable Boolean notApplicable,
                      @Nullable String notApplicableReason, @Nullable AssessmentRequest.Evidence evidence,
                      @Nullable String document, @Nullable String anchor, @Nullable String crossReferenceRef,
                      String confidence, @Nullable String rationale) {
    }

    /** What a run added. */
    public record Loaded(boolean country, int instruments, int documents, int ratings) {
    }

    /** Called by SeedLoader at start-up, after the real instruments. */
    void onStartup() {
        Loaded loaded = load();
        if (loaded.instruments() > 0 || loaded.ratings() > 0) {
            LOG.info("Demo seed: fictitious country Musterland (QM) with {} instruments, {} texts and {} approved ratings",
                    loaded.instruments(), loaded.documents(), loaded.ratings());
        }
    }

    @Transactional
    public Loaded load() {
        Demo demo = read("instruments.json", Argument.of(Demo.class));
        boolean countryAdded = addCountry(demo.country());
        Map<String, Long> ids = new HashMap<>();
        List<String> created = new java.util.ArrayList<>();
        for (SeedLoader.SeedAgreement s : demo.instruments()) {
            if (!demo.country().iso2().equals(s.countryIso2())) {
                throw new IllegalStateException("Demo instrument outside the fictitious country: " + s.externalRef());
            }
            Long id = agreements.findIdByExternalRef(s.externalRef()).orElse(null);
            if (id == null) {
                id = agreements.create(SeedLoader.request(s, null), s.externalRef(), ACTOR).id();
                created.add(s.externalRef());
            }
            requireFictitious(id, s.externalRef());
            ids.put(s.externalRef(), id);
        }
        Map<String, Long> documentIds = storeTexts(ids, created);
        int rated = 0;
        for (DemoRating r : read("assessments.json", Argument.listOf(DemoRating.class))) {
            if (rate(r, ids, documentIds)) {
                rated++;
            }
        }
        return new Loaded(countryAdded, created.size(), documentIds.size(), rated);
    }

    private boolean addCountry(DemoCountry c) {
        var existing = countries.reference(c.iso2());
        if (existing.isPresent()) {
            if (!existing.get().fictitious()) {
                throw new IllegalStateException("The demo country's code belongs to a real country: " + c.iso2());
            }
            return false;
        }
        countries.addFictitious(c.iso2(), c.iso3(), c.nameDe(), c.nameEn(), Region.valueOf(c.region()), ACTOR);
        return true;
    }

    /** Never a fictitious text or clause on a real instrument. */
    private void requireFictitious(long id, String externalRef) {
        AgreementFacts facts = agreements.facts(id).orElseThrow();
        if (!facts.fictitious()) {
            throw new IllegalStateException("Demo instrument " + externalRef + " exists on a real country; nothing fictitious is added to it");
        }
    }

    /** The texts of the instruments this run created, when a document store exists; by file name. */
    private Map<String, Long> storeTexts(Map<String, Long> ids, List<String> created) {
        Map<String, Long> out = new HashMap<>();
        if (!documents.isPresent()) {
            return out;
        }
        DemoDocumentSink sink = documents.get();
        for (DemoDocument d : read("documents.json", Argument.listOf(DemoDocument.class))) {
            if (created.contains(d.externalRef())) {
                out.put(d.file(), sink.storeText(ids.get(d.externalRef()), d.kind(), d.language(), LocalDate.parse(d.versionDate()),
                        d.title(), source(d.file()), d.classification(), text(d.file()), AUTHOR));
            }
        }
        return out;
    }

    /** Rates, links the passage, submits and has the right second person approve: the review flow every rating takes. */
    private boolean rate(DemoRating r, Map<String, Long> ids, Map<String, Long> documentIds) {
        Long id = ids.get(r.externalRef());
        if (id == null) {
            throw new IllegalStateException("Demo rating for an instrument outside the demo: " + r.externalRef());
        }
        if (assessments.isRated(id, r.criterionId())) {
            return false;
        }
        Long crossReference = r.crossReferenceRef() == null ? null : ids.get(r.crossReferenceRef());
        Long documentId = r.document() == null ? null : documentIds.get(r.document());
        AssessmentRequest.Evidence evidence = r.evidence();
        boolean passage = documentId != null && r.anchor() != null && evidence != null;
        if (passage) {
            // Taken from a passage as "Als Beleg übernehmen" does: the rating's own validation checks the anchor.
            evidence = new AssessmentRequest.Evidence(evidence.reference(), evidence.quote(), evidence.source(), evidence.asOf(),
                    documentId, r.anchor());
        }
        assessments.rate(id, r.criterionId(), new AssessmentRequest(r.level(), r.notApplicable(), r.notApplicableReason(),
                evidence, r.confidence(), crossReference, null, null), AUTHOR);
        if (documentId != null && !passage) {
            assessments.linkEvidence(id, r.criterionId(), documentId, r.anchor(), AUTHOR);
        }
        long version = assessments.submit(id, r.criterionId(), null, AUTHOR).version();
        assessments.approve(id, r.criterionId(), version,
                assessments.reviewedByDevelopmentCooperation(r.criterionId()) ? DEVCOOP_REVIEWER : DESK_REVIEWER);
        return true;
    }

    static String source(String file) {
        return "Demo-Seed (fiktiv): " + DIR + file;
    }

    String text(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Demo text unreadable: " + DIR + file, e);
        }
    }

    private <T> T read(String file, Argument<T> type) {
        try (InputStream in = resource(file)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Demo seed file unreadable: " + DIR + file, e);
        }
    }

    private InputStream resource(String file) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("Demo seed file missing from the classpath: " + DIR + file);
        }
        return in;
    }
}
