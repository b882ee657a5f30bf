package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import de.bund.partnerschaftsmonitor.criterion.CatalogService;
import java.util.function.Function;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import de.bund.partnerschaftsmonitor.shared.export.Bilingual;
import de.bund.partnerschaftsmonitor.shared.export.Column;
import de.bund.partnerschaftsmonitor.shared.export.ExportTable;
import de.bund.partnerschaftsmonitor.shared.export.Exporter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;

import java.util.Set;

@Controller("/api/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    /** The review queue as a file, with the screen's headings. */
    static ExportTable<ReviewQueue.Item> queue(Function<String, Object> names) {
        return ExportTable.of("reviews",
            Column.text("field.review.instrument", i -> new Bilingual(i.agreementTitleDe(), i.agreementTitleEn())),
            Column.text("field.review.country", i -> new Bilingual(i.countryNameDe(), i.countryNameEn())),
            Column.text("field.review.criterion", i -> names.apply(i.criterionId())),
            Column.text("field.review.criterionCode", ReviewQueue.Item::criterionId),
            Column.number("field.review.level", ReviewQueue.Item::level),
            Column.text("field.review.notApplicable", ReviewQueue.Item::notApplicable),
            Column.text("field.review.reference", i -> i.evidence() == null ? null : i.evidence().reference()),
            Column.text("field.review.quote", i -> i.evidence() == null ? null : i.evidence().quote()),
            Column.text("field.review.marking", i -> i.evidence() == null ? null : i.evidence().marking()),
            Column.text("field.review.source", i -> i.evidence() == null ? null : i.evidence().source()),
            Column.date("field.review.asOf", i -> i.evidence() == null ? null : i.evidence().asOf()),
            Column.text("field.review.confidence", ReviewQueue.Item::confidence),
            Column.text("field.review.author", ReviewQueue.Item::assessedBy),
            Column.dateTime("field.review.submitted", ReviewQueue.Item::submittedAt));
    }

    static ExportTable<ReturnedRatings.Item> returned(Function<String, Object> names) {
        return ExportTable.of("returned",
            Column.text("field.review.instrument", i -> new Bilingual(i.agreementTitleDe(), i.agreementTitleEn())),
            Column.text("field.review.country", i -> new Bilingual(i.countryNameDe(), i.countryNameEn())),
            Column.text("field.review.criterion", i -> names.apply(i.criterionId())),
            Column.text("field.review.criterionCode", ReturnedRatings.Item::criterionId),
            Column.number("field.review.level", ReturnedRatings.Item::level),
            Column.text("field.review.notApplicable", ReturnedRatings.Item::notApplicable),
            Column.text("field.review.reviewedBy", ReturnedRatings.Item::reviewedBy),
            Column.dateTime("field.review.reviewedAt", ReturnedRatings.Item::reviewedAt),
            Column.text("field.review.reviewComment", ReturnedRatings.Item::reviewComment));
    }

    private final AssessmentService service;
    private final Exporter exporter;
    private final CatalogService catalogs;

    ReviewController(AssessmentService service, Exporter exporter, CatalogService catalogs) {
        this.service = service;
        this.exporter = exporter;
        this.catalogs = catalogs;
    }

    /** Submitted ratings the signed-in reviewer may approve or return, oldest submission first; also as a file. */
    @Get
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<Page<ReviewQueue.Item>> awaiting(Pageable pageable, @Nullable Authentication authentication,
                                                   @QueryValue @Nullable String format, HttpRequest<?> request) {
        Reviewer reviewer = AssessmentController.reviewer(authentication);
        Pageable page = Paging.checked(pageable, Set.of());
        return exporter.answer(request, format, () -> service.queue(reviewer, page), () -> queue(catalogs.criterionNames(null)),
                (number, size) -> service.queue(reviewer, Pageable.from(number, size)).getContent());
    }

    /** Ratings reviewers returned to the signed-in person (who wrote or submitted them), with the comment, newest first. */
    @Get("/returned")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<ReturnedRatings> returned(Pageable pageable, @Nullable Authentication authentication,
                                           @QueryValue @Nullable String format, HttpRequest<?> request) {
        Pageable page = Paging.checked(pageable, Set.of());
        String author = AssessmentController.reviewer(authentication).name();
        return exporter.answer(request, format, () -> service.returnedTo(author, page.getNumber(), page.getSize()), () -> returned(catalogs.criterionNames(null)),
                (number, size) -> service.returnedTo(author, number, size).items());
    }
}
