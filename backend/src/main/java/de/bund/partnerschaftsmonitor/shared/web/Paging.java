package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.Set;

public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** Rejects unknown sort properties and caps the page size, so a list request cannot be made unbounded. */
    public static Pageable checked(Pageable pageable, Set<String> sortable) {
        for (Sort.Order order : pageable.getSort().getOrderBy()) {
            if (!sortable.contains(order.getProperty())) {
                throw InvalidInputException.of("sort", "sort.unknown");
            }
        }
        int size = pageable.getSize() <= 0 ? 20 : Math.min(pageable.getSize(), MAX_SIZE);
        return Pageable.from(pageable.getNumber(), size, pageable.getSort());
    }
}
