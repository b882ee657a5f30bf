package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Set;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    /** Deeper pages of a ranked search are not read; Lucene would have to rank them all. */
    static final int MAX_OFFSET = TextSearch.MAX_HITS;

    private final PassageFinder finder;

    SearchController(PassageFinder finder) {
        this.finder = finder;
    }

    /** Ranked candidate passages of the instrument's current documents for one criterion (by its code). */
    @Get("/agreements/{id}/passages")
    SearchViews.Passages passages(long id, @QueryValue @Nullable String criterion) {
        if (criterion == null || criterion.isBlank()) {
            throw InvalidInputException.of("criterion", "search.criterion.required");
        }
        return finder.passages(id, criterion.strip()).orElseThrow(() -> new NotFoundException("criterion.notFound"));
    }

    /**
     * Full-text search across instruments' titles, summaries and document passages, best first. {@code totalSize} is
     * exact up to 999; 1000 means "1000 or more" (no deeper page is served).
     */
    @Get("/search")
    Page<SearchViews.Hit> search(@QueryValue @Nullable String q, Pageable pageable) {
        if (q == null || q.isBlank()) {
            throw InvalidInputException.of("q", "search.q.required");
        }
        if (q.length() > 200) {
            throw InvalidInputException.of("q", "text.max200");
        }
        Pageable page = Paging.checked(pageable, Set.of());
        if (page.getOffset() + page.getSize() > MAX_OFFSET) {
            throw InvalidInputException.of("page", "page.range");
        }
        return finder.search(q, page);
    }
}
