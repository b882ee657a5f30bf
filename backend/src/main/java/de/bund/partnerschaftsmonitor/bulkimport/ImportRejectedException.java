package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.util.List;

/** An import with at least one faulty row: nothing is stored, and the answer is the report as a problem. */
class ImportRejectedException extends RuntimeException {

    static final String CODE = "import.rows.invalid";

    private final transient ImportReport report;

    ImportRejectedException(ImportReport report) {
        super("Import refused: " + report.rows().size() + " faulty rows");
        this.report = report;
    }

    ImportReport report() {
        return report;
    }

    /** RFC 9457 problem with the report's members as extensions, so that clients read one shape either way. */
    @Serdeable
    @Schema(name = "ImportProblem")
    record ImportProblem(String type, String title, int status, String code, String detail, String sha256, boolean dryRun,
                         int total, int created, int updated, int unchanged, List<ImportReport.RowReport> rows) {
    }

    @Singleton
    @Produces(Problem.CONTENT_TYPE)
    static class Handler implements ExceptionHandler<ImportRejectedException, HttpResponse<ImportProblem>> {
        @Override
        public HttpResponse<ImportProblem> handle(HttpRequest request, ImportRejectedException e) {
            ImportReport r = e.report();
            HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.<ImportProblem>status(status).contentType(MediaType.of(Problem.CONTENT_TYPE))
                    .body(new ImportProblem("about:blank", status.getReason(), status.getCode(), CODE,
                            Messages.text(CODE, r.rows().size()), r.sha256(), true, r.total(), r.created(), r.updated(), r.unchanged(), r.rows()));
        }
    }
}
