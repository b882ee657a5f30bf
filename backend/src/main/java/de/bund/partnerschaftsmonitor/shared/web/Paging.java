package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.Set;

public final class Paging {

    public static final int MAX_SIZE = 100;

    /** Beyond this the row offset ({@code page × size}) no longer fits the database's and the code's int arithmetic. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    private Paging() {
    }

    /**
     * Rejects unknown sort properties and pages beyond {@link #MAX_PAGE} (whose offset would overflow), and caps the
     * page size, so a list request cannot be made unbounded.
     */
    public static Pageable checked(Pageable pageable, Set<String> sortable) {
        for (Sort.Order order : pageable.getSort().getOrderBy()) {
            if (!sortable.contains(order.getProperty())) {
                throw InvalidInputException.of("sort", "sort.unknown");
            }
        }
        if (pageable.getNumber() < 0 || pageable.getNumber() > MAX_PAGE) {
            throw InvalidInputException.of("page", "page.range");
        }
        int size = pageable.getSize() <= 0 ? 20 : Math.min(pageable.getSize(), MAX_SIZE);
        return Pageable.from(pageable.getNumber(), size, pageable.getSort());
    }
}
