package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.agreement.AgreementRequest;
import de.bund.partnerschaftsmonitor.assessment.AssessmentRequest;
import de.bund.partnerschaftsmonitor.assessment.AssessmentService;
import de.bund.partnerschaftsmonitor.agreement.AgreementService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Loads the real instruments of {@code seed/agreements.json} that are not there yet, identified by
 * their external reference, so that a restart or a second instance changes nothing.
 */
@Singleton
@Requires(property = "pm.seed.enabled", value = "true", defaultValue = "true")
public class SeedLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);
    static final String ACTOR = "seed";

    private final AgreementService agreements;
    private final AssessmentService assessments;
    private final JsonMapper json;
    private final DemoSeeder demo;

    SeedLoader(AgreementService agreements, AssessmentService assessments, JsonMapper json, DemoSeeder demo) {
        this.agreements = agreements;
        this.assessments = assessments;
        this.json = json;
        this.demo = demo;
    }

    /** A rating of a seeded instrument; only what a cited public source supports (see seed/assessments.json). */
    @Serdeable
    record SeedAssessment(String externalRef, String criterionId, @Nullable Integer level, @Nullable Boolean notApplicable,
                          @Nullable String notApplicableReason, @Nullable AssessmentRequest.Evidence evidence,
                          @Nullable String confidence, @Nullable String rationale) {
    }

    @Serdeable
    record SeedAgreement(String externalRef, String countryIso2, @Nullable String type, @Nullable String titleDe,
                         @Nullable String titleEn, @Nullable String titleOriginal, @Nullable String summaryDe, @Nullable String summaryEn, String partyLevel, @Nullable String partyState,
                         @Nullable String leadMinistry, @Nullable List<String> involvedMinistries, @Nullable String responsibleDesk,
                         String status, @Nullable String dateSigned, @Nullable String dateInForce, @Nullable String dateEnd,
                         @Nullable String nextReviewDue, @Nullable String plannedDate, @Nullable List<String> components, @Nullable Boolean textPublic,
                         @Nullable String predecessorRef, @Nullable String digitalDataClauses,
                         @Nullable List<AgreementRequest.SourceInput> sources) {
    }

    @EventListener
    void onStartup(StartupEvent event) {
        load();
        loadAssessments();
        // After the real instruments, so that theirs keep the same ids with or without the demo.
        demo.onStartup();
    }

    /** Runs after the instruments: ratings are keyed by the instrument's external reference. */
    public int loadAssessments() {
        int created = 0;
        for (SeedAssessment s : read("seed/assessments.json", SeedAssessment.class)) {
            Long id = agreements.findIdByExternalRef(s.externalRef()).orElse(null);
            if (id == null) {
                LOG.warn("Seed rating for unknown instrument {} skipped", s.externalRef());
                continue;
            }
            if (assessments.seed(id, s.criterionId(), new AssessmentRequest(s.level(), s.notApplicable(), s.notApplicableReason(),
                    s.evidence(), s.confidence(), null, null, null), ACTOR)) {
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Seeded {} ratings from seed/assessments.json", created);
        }
        return created;
    }

    @Transactional
    public int load() {
        List<SeedAgreement> seed = read("seed/agreements.json", SeedAgreement.class);
        int created = 0;
        for (SeedAgreement s : seed) {
            if (agreements.findIdByExternalRef(s.externalRef()).isPresent()) {
                continue;
            }
            Long predecessor = s.predecessorRef() == null ? null : agreements.findIdByExternalRef(s.predecessorRef()).orElse(null);
            agreements.create(request(s, predecessor), s.externalRef(), ACTOR);
            created++;
        }
        if (created > 0) {
            LOG.info("Seeded {} real instruments from seed/agreements.json", created);
        }
        return created;
    }

    /** The create request of a seeded instrument (real ones here, the demo's fictitious ones in DemoSeeder). */
    static AgreementRequest request(SeedAgreement s, @Nullable Long predecessor) {
        return new AgreementRequest(null, s.countryIso2(), s.type(), s.titleDe(), s.titleEn(), s.titleOriginal(), s.summaryDe(), s.summaryEn(),
                s.partyLevel(), s.partyState(), s.leadMinistry(), s.involvedMinistries(), s.responsibleDesk(), s.status(),
                s.dateSigned(), s.dateInForce(), s.dateEnd(), s.nextReviewDue(), s.plannedDate(), s.components(), s.textPublic(),
                s.digitalDataClauses(), predecessor, s.sources());
    }

    private <T> List<T> read(String resource, Class<T> type) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the classpath: " + resource);
            }
            return json.readValue(in, Argument.listOf(type));
        } catch (IOException e) {
            throw new IllegalStateException("Seed file unreadable: " + resource, e);
        }
    }
}
