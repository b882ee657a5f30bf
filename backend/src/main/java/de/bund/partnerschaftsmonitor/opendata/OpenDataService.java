package de.bund.partnerschaftsmonitor.opendata;

import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Publishes the open dataset as a release that is kept unchanged, and hands releases out again. */
@Singleton
public class OpenDataService {

    /** The release date is the ministry's day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String ENTITY = "open_data_release";

    private final OpenDataRepository repository;
    private final CatalogService catalogs;
    private final AuditService audit;
    private final JsonMapper json;

    OpenDataService(OpenDataRepository repository, CatalogService catalogs, AuditService audit, JsonMapper json) {
        this.repository = repository;
        this.catalogs = catalogs;
        this.audit = audit;
        this.json = json;
    }

    /** Reads everything in one transaction, so that the tables of a release agree with each other. */
    @Transactional
    public ReleaseView publish(String actor) {
        Catalog catalog = catalogs.current();
        String rule = repository.publicInstrument();
        var instruments = repository.instruments(rule);
        var ratings = repository.ratings(rule);
        Instant now = Instant.now();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        byte[] zip = OpenDataPackage.zip(new OpenDataPackage.Release(today, now, catalog.id(), catalog.label()), instruments,
                repository.components(rule), repository.sources(rule), ratings, catalog, this::toJson);
        String sha256 = sha256(zip);
        long id = repository.insert(today, catalog.id(), catalog.label(), instruments.size(), ratings.size(), sha256, zip, actor);
        ReleaseView view = ReleaseView.from(repository.release(id).orElseThrow());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("releasedOn", today.toString());
        event.put("catalogVersionId", catalog.id());
        event.put("instrumentCount", instruments.size());
        event.put("ratingCount", ratings.size());
        event.put("sha256", sha256);
        audit.record(actor, "PUBLISH_OPEN_DATA", ENTITY, id, null, event);
        return view;
    }

    @Transactional(readOnly = true)
    public Page<ReleaseView> list(Pageable pageable) {
        List<ReleaseView> content = repository.releases((int) pageable.getOffset(), pageable.getSize()).stream().map(ReleaseView::from).toList();
        return Page.of(content, pageable, repository.countReleases());
    }

    @Transactional(readOnly = true)
    public ReleaseView find(long id) {
        return repository.release(id).map(ReleaseView::from).orElseThrow(() -> new NotFoundException("openData.release.notFound"));
    }

    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return repository.content(id).orElseThrow(() -> new NotFoundException("openData.release.notFound"));
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
