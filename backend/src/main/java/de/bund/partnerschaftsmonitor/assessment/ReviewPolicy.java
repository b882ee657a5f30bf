package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.criterion.Catalog;
import de.bund.partnerschaftsmonitor.shared.security.Role;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The four-eyes rules, without I/O. Whoever changed or submitted a rating since its last approval is one of its
 * authors and may neither approve nor return it; an unchanged save changes nothing and makes nobody an author.
 * Ratings of the capacity group are reviewed by development cooperation, all others by another desk officer.
 */
final class ReviewPolicy {

    /** Fallback for the capacity group when the catalogue has no CAPACITY criterion to read it from. */
    static final String CAPACITY_GROUP_FALLBACK = "G5";
    static final String CAPACITY_ANCHOR = "CAPACITY";

    private ReviewPolicy() {
    }

    /** Codes of the catalogue's capacity group: the group that holds CAPACITY (G5 if the catalogue has none). */
    static Set<String> capacityCriteria(Catalog catalog) {
        String group = catalog.activeCriterion(CAPACITY_ANCHOR).map(Catalog.CriterionView::group).orElse(CAPACITY_GROUP_FALLBACK);
        return catalog.active().stream().filter(c -> group.equals(c.group())).map(Catalog.CriterionView::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Why {@code reviewer} may not approve or return ({@code verb}) the rating, or empty if they may. {@code authors} are
     * those who changed or submitted it since its last approval; its last editor and submitter always count among them.
     */
    static Optional<Refusal> refusal(Reviewer reviewer, Assessment rating, Collection<String> authors, boolean capacity, String verb) {
        if (reviewer.name().equals(rating.assessedBy())) {
            return Optional.of(new Refusal("review." + verb + ".ownEdit"));
        }
        if (reviewer.name().equals(rating.submittedBy())) {
            return Optional.of(new Refusal("review." + verb + ".ownSubmission"));
        }
        if (authors.contains(reviewer.name())) {
            return Optional.of(new Refusal("review." + verb + ".sinceApproval"));
        }
        Role needed = capacity ? Role.DEVCOOP_REVIEWER : Role.DESK_OFFICER;
        if (!reviewer.has(needed)) {
            return Optional.of(new Refusal(capacity ? "review.needsDevcoopReviewer" : "review.needsDeskOfficer", rating.criterionCode()));
        }
        return Optional.empty();
    }

    /** A problem code (see docs/problem-codes.md) and the values its message names. */
    record Refusal(String code, Object... args) {
    }

    /**
     * Whether a save would leave the rating's content as it is: then it is no change at all (no new version, no audit
     * event, no author, and the review state stays). Only the assessor's content counts, not who saved it or when.
     */
    static boolean unchanged(@Nullable Assessment current, Assessment next) {
        return current != null
                && Objects.equals(current.level(), next.level())
                && current.notApplicable() == next.notApplicable()
                && Objects.equals(current.notApplicableReason(), next.notApplicableReason())
                && Objects.equals(current.evidenceReference(), next.evidenceReference())
                && Objects.equals(current.evidenceQuote(), next.evidenceQuote())
                && Objects.equals(current.evidenceSource(), next.evidenceSource())
                && Objects.equals(current.evidenceAsOf(), next.evidenceAsOf())
                && current.confidence() == next.confidence()
                && Objects.equals(current.crossReferenceId(), next.crossReferenceId())
                && Objects.equals(current.evidenceDocumentId(), next.evidenceDocumentId())
                && Objects.equals(current.evidenceAnchor(), next.evidenceAnchor())
                && Objects.equals(current.searchRecord(), next.searchRecord())
                && Objects.equals(current.catalogVersionId(), next.catalogVersionId());
    }
}
